extension SocioLabError.Code {
    /// A key file that is not a key (not hex, too short).
    package static let consolidationKeyInvalid = Self(rawValue: "consolidation.key-invalid")
    /// A package made with another key than the one given (its key check value differs).
    package static let consolidationKeyMismatch = Self(rawValue: "consolidation.key-mismatch")
    /// A package that cannot be read: a missing or damaged file, an unknown format, a wrong hash or count.
    package static let consolidationPackageInvalid = Self(rawValue: "consolidation.package-invalid")
    /// A package whose records do not pass validation in the consolidated store.
    package static let consolidationPackageRejected = Self(rawValue: "consolidation.package-rejected")
    /// Two partners recorded different statistics for the same person (a warning).
    package static let consolidationConflict = Self(rawValue: "consolidation.conflicting-statistics")
    /// A package older than one already given for the same partner (a warning: it is skipped).
    package static let consolidationOlderPackage = Self(rawValue: "consolidation.older-package")
    /// A package not newer than the one the store last merged from its partner, in another call (an error:
    /// it is refused before anything is written).
    package static let consolidationPackageOlder = Self(rawValue: "consolidation.package-older")
}

extension SocioLabError {
    /// A package that cannot be read, with the file (and line) at fault.
    static func packageInvalid(_ text: LocalizedText, file: String, line: Int? = nil) -> SocioLabError {
        SocioLabError(.consolidationPackageInvalid, text, at: .init(file: file, line: line))
    }
}
