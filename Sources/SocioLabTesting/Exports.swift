@_exported import SocioLabKit
@_exported import SocioLabPlugins
@_exported import SocioLabStorage
