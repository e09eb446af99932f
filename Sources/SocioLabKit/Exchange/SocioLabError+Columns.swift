extension SocioLabError.Code {
    /// A header names a column that is not the table's but is close to one that the file lacks
    /// (`birthdate` for `birth_date`): the message suggests it.
    public static let importUnknownColumn = Self(rawValue: "import.unknown-column")
    /// Two header names of one file name the same column (`municipality` and `občina`).
    public static let importDuplicateColumn = Self(rawValue: "import.duplicate-column")
    /// A warning: the header has columns that are not the table's and are near none of them; they are
    /// ignored.
    public static let importIgnoredColumns = Self(rawValue: "import.ignored-columns")
}
