import Foundation

/// An error a user of SocioLabKit can cause, with a stable code, the place it happened and what to do.
///
/// Every module reports failures a user can cause through this one shape (or a type that wraps it), so
/// an embedder can match on ``code`` in a `catch` and show ``message`` and ``location`` as they are. A
/// change set that fails validation throws ``ChangeRejected``, which lists every issue (its
/// ``ChangeRejected/socioLabError`` carries the code `change.rejected`); what a store throws is a
/// `SocioLabError`:
///
/// ```swift
/// do {
///     try await workspace.apply(changes, author: "ana", reason: "import")
/// } catch let rejected as ChangeRejected {
///     show(rejected.issues)  // nothing was written
/// } catch let error as SocioLabError where error.code == .storePoisoned {
///     reopen()  // a write failed; the store on disk is still valid
/// }
/// ```
///
/// ## Languages
///
/// ``message`` is the English sentence, as it always was. Errors a user of the import meets carry a
/// Slovenian sentence as well: create them with a ``LocalizedText`` and show them with
/// ``message(in:)`` or ``description(in:)``. An error created from a plain `String` has no Slovenian text
/// of its own, and ``message(in:)`` gives its English sentence in either language.
///
/// ```swift
/// throw SocioLabError(
///     .invalidValue,
///     LocalizedText(
///         sl: "Datum 31. 2. 2019 ne obstaja. Popravite vrednost in uvozite znova.",
///         en: "The date 2019-02-31 does not exist. Correct the value and import again."),
///     at: .init(file: "persons.csv", line: 4, field: "birth_date"))
///
/// error.message                       // the English sentence
/// error.message(in: .slovenian)       // "Datum 31. 2. 2019 ne obstaja. …"
/// error.description(in: .slovenian)   // "persons.csv:4:birth_date: Datum … [value.invalid]"
/// ```
///
/// Setting ``message`` drops the Slovenian sentence (it would no longer say the same); set
/// ``localizedMessage`` to change both.
public struct SocioLabError: Error, Hashable, Sendable, CustomStringConvertible, LocalizedError {
    /// A stable, machine-readable error code.
    public struct Code: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
        /// The code as printed, such as `"store.locked"`.
        public var rawValue: String
        /// Creates a code from its printed form.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The printed form of the code.
        public var description: String { rawValue }
    }

    /// What kind of failure this is.
    public var code: Code
    /// A sentence in English that says what went wrong and what to do about it.
    ///
    /// Setting it drops the Slovenian sentence; ``message(in:)`` then gives this one in both languages.
    public var message: String { didSet { slovenianMessage = nil } }
    /// The Slovenian sentence, when the error has one.
    var slovenianMessage: String?
    /// Where the failure was found, as precisely as it is known.
    public var location: Location

    /// Creates an error.
    /// - Parameters:
    ///   - code: The stable code.
    ///   - message: What went wrong and what to do.
    ///   - location: Where it happened.
    public init(_ code: Code, _ message: String, at location: Location = Location()) {
        self.code = code
        self.message = message
        self.location = location
    }

    /// `FILE:LINE:COLUMN: message [code]`, leaving out the parts of the place that are not known.
    public var description: String {
        let place = location.description
        return (place.isEmpty ? "" : place + ": ") + message + " [\(code.rawValue)]"
    }

    /// The same text as ``description``, for `LocalizedError`.
    public var errorDescription: String? { description }
}

extension SocioLabError {
    /// The place an error was found: a file, a line and column (or field), a byte offset, an entity.
    public struct Location: Hashable, Sendable, Codable, CustomStringConvertible {
        /// The file (a path as the user gave it), if any.
        public var file: String?
        /// The 1-based line (a CSV header is line 1; a journal's first change set is line 1).
        public var line: Int?
        /// The 1-based column in the line, in characters, where a text has columns (a JSON document).
        public var column: Int?
        /// The column or field name (a CSV header name, a JSON key path).
        public var field: String?
        /// The 0-based byte offset in the file, if known.
        public var byteOffset: Int?
        /// The entity the error concerns, as `kind/id`.
        public var entity: String?

        /// Creates a location; every part is optional.
        public init(
            file: String? = nil, line: Int? = nil, column: Int? = nil, field: String? = nil,
            byteOffset: Int? = nil, entity: String? = nil
        ) {
            self.file = file
            self.line = line
            self.column = column
            self.field = field
            self.byteOffset = byteOffset
            self.entity = entity
        }

        /// `file:line:column:field` followed by ` (byte N)` and ` entity` where known.
        public var description: String {
            var parts: [String] = []
            if let file { parts.append(file) }
            if let line { parts.append(String(line)) }
            if let column { parts.append(String(column)) }
            if let field { parts.append(field) }
            var text = parts.joined(separator: ":")
            if let byteOffset { text += (text.isEmpty ? "" : " ") + "(byte \(byteOffset))" }
            if let entity { text += (text.isEmpty ? "" : " ") + entity }
            return text
        }
    }
}

extension SocioLabError.Code {
    /// A text value did not parse (a date, an amount, a code).
    public static let invalidValue = Self(rawValue: "value.invalid")
    /// A change set was rejected by validation; nothing was written.
    public static let changeRejected = Self(rawValue: "change.rejected")
    /// A change refers to an entity that does not exist, or inserts one that does.
    public static let changeConflict = Self(rawValue: "change.conflict")
    /// The store is held by another writer.
    public static let storeLocked = Self(rawValue: "store.locked")
    /// The store's files are damaged.
    public static let storeCorrupt = Self(rawValue: "store.corrupt")
    /// The path is not a store, or the store does not exist.
    public static let storeMissing = Self(rawValue: "store.missing")
    /// The store was written by a newer version of SocioLabKit.
    public static let storeTooNew = Self(rawValue: "store.too-new")
    /// A write failed earlier; the store handle accepts no more writes.
    public static let storePoisoned = Self(rawValue: "store.poisoned")
    /// An input or output operation failed.
    public static let storeIO = Self(rawValue: "store.io")
    /// A store was opened read-only and asked to write.
    public static let storeReadOnly = Self(rawValue: "store.read-only")
}
