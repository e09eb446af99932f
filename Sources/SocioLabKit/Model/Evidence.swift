/// A pointer to the document that proves a counted record: what an auditor asks to see.
public struct Evidence: Hashable, Sendable, Codable {
    /// The kind of document.
    public struct Kind: StringCode {
        /// The kind's code, such as `"attendance_sheet"`.
        public var rawValue: String
        /// Creates a kind from its code.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// A signed attendance sheet.
        public static let attendanceSheet = Kind(rawValue: "attendance_sheet")
        /// An employment or cooperation contract.
        public static let contract = Kind(rawValue: "contract")
        /// A certificate of completion.
        public static let certificate = Kind(rawValue: "certificate")
        /// An invoice.
        public static let invoice = Kind(rawValue: "invoice")
        /// A photograph.
        public static let photo = Kind(rawValue: "photo")
        /// A report or minutes.
        public static let report = Kind(rawValue: "report")
        /// Anything else.
        public static let other = Kind(rawValue: "other")

    }

    /// The document's identifier in the partner's records.
    public var documentID: String
    /// What sort of document it is.
    public var kind: Kind
    /// The document's date, if it has one.
    public var date: Day?

    /// Creates an evidence reference.
    public init(documentID: String, kind: Kind, date: Day? = nil) {
        self.documentID = documentID
        self.kind = kind
        self.date = date
    }

    private enum CodingKeys: String, CodingKey {
        case documentID = "document_id"
        case kind, date
    }
}
