import SocioLabKit

extension SocioLabError.Code {
    /// A store was to be created where a non-empty directory or a file already is.
    public static let storeExists = Self(rawValue: "store.exists")
}
