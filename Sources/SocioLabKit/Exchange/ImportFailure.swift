/// Every error found in an import, in file and line order: the import writes nothing.
///
/// An import does not stop at its first error. Each file is read to its end (unless the CSV codec cannot
/// go on, such as at an unterminated quote), so a user sees every mistake at once. Print ``description``:
/// one error a line, `FILE:LINE:COLUMN: message [code]`.
///
/// ```swift
/// do { batch = try CSVImport.read(sources) }
/// catch let failure as ImportFailure { print(failure) }
/// ```
public struct ImportFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// The errors, ordered by file (as given), then line.
    public var errors: [SocioLabError]
    /// The warnings of reading the files (such as ``SocioLabError/Code/csvShortRow``), in file and line
    /// order; reported beside the errors so that one run shows every finding.
    public var warnings: [SocioLabError] = []
    /// The records of the rows that had no error, so that their data checks (validation) can still be run
    /// and reported in the same pass; `nil` when nothing could be read (a JSON document that does not
    /// decode).
    package var partial: ImportBatch?
    /// The rows skipped because of their errors, by the entity they would have given, with their place.
    /// A record that refers to one of them is not reported as naming an unknown entity.
    package var skipped: [EntityReference: SocioLabError.Location] = [:]

    /// Creates a failure from at least one error.
    /// - Parameters:
    ///   - errors: The errors.
    ///   - warnings: The warnings found beside them.
    public init(errors: [SocioLabError], warnings: [SocioLabError] = []) {
        self.errors = errors
        self.warnings = warnings
    }

    /// One error a line, `FILE:LINE:COLUMN: message [code]` (the warnings are in ``warnings``).
    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}

extension SocioLabError.Code {
    /// A file's name does not say which table it is, and none was given.
    public static let importUnknownTable = Self(rawValue: "import.unknown-table")
    /// A file's header lacks `id` or another column its table requires.
    public static let importMissingColumn = Self(rawValue: "import.missing-column")
    /// A required cell is empty.
    public static let importMissingValue = Self(rawValue: "import.missing-value")
    /// A cell names a code that is not in the list it must come from: a municipality, a partner, a
    /// target group, an output, a legal form, or a value of a fixed list (gender, status …).
    public static let importUnknownCode = Self(rawValue: "import.unknown-code")
    /// Two rows of the import have the same identifier for the same kind of entity.
    public static let importDuplicateID = Self(rawValue: "import.duplicate-id")
    /// The JSON document is not a SocioLab dataset document, or does not decode.
    public static let importBadDocument = Self(rawValue: "import.bad-document")
    /// The JSON document was written by a newer version of SocioLabKit.
    public static let importDocumentTooNew = Self(rawValue: "import.document-too-new")
    /// The JSON document belongs to another operation than the store.
    public static let importOtherOperation = Self(rawValue: "import.other-operation")
}
