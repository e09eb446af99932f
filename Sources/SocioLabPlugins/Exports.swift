@_exported import SocioLabKit
