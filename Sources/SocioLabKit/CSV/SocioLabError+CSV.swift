extension SocioLabError.Code {
    /// The CSV text has no header line (it is empty or holds only blank lines).
    public static let csvEmpty = Self(rawValue: "csv.empty")
    /// A quoted field is never closed; the location is the line where its opening quote is.
    public static let csvUnterminatedQuote = Self(rawValue: "csv.unterminated-quote")
    /// Something other than a delimiter or a line end follows a closing quote (`"abc"x`).
    public static let csvTextAfterQuote = Self(rawValue: "csv.text-after-quote")
    /// One record is longer than 1 MiB (1 048 576 bytes).
    public static let csvLineTooLong = Self(rawValue: "csv.line-too-long")
    /// Two header columns have the same name.
    public static let csvDuplicateHeader = Self(rawValue: "csv.duplicate-header")
    /// A header column (other than trailing ones) has no name.
    public static let csvEmptyHeader = Self(rawValue: "csv.empty-header")
    /// A row has more non-empty fields than the header has names, or fewer and a missing cell is required
    /// (or any fewer, when short rows are refused).
    public static let csvFieldCount = Self(rawValue: "csv.field-count")
    /// A warning: a row has fewer fields than the header, and every missing trailing cell is in a column
    /// that may be empty, so the row is read with them empty. (A missing required cell is
    /// ``csvFieldCount``.)
    public static let csvShortRow = Self(rawValue: "csv.short-row")
    /// A byte order mark (U+FEFF) appears after the start of the text.
    public static let csvBOMInMiddle = Self(rawValue: "csv.bom-in-middle")
    /// The text holds U+FFFD or bytes that are not text in the chosen encoding.
    public static let csvBadEncoding = Self(rawValue: "csv.bad-encoding")
    /// The data holds NUL bytes: it is a binary file (such as an `.xlsx` workbook), not CSV.
    public static let csvBinary = Self(rawValue: "csv.binary")
    /// A cell the import reads holds a control character other than tab, line feed and carriage return
    /// (NUL included), or the header line holds one other than NUL.
    public static let csvControlCharacter = Self(rawValue: "csv.control-character")
    /// The first line is Excel's delimiter hint (`sep=|`) naming a delimiter other than `,`, `;` and tab.
    public static let csvUnsupportedDelimiter = Self(rawValue: "csv.unsupported-delimiter")
}
