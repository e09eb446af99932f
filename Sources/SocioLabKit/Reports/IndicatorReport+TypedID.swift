/// Finding a report's lines by a typed id: `report[.trainedPersons]`, `report[esf: .co01]`.
extension IndicatorReport {
    /// The line of an output, such as `report[.trainedPersons]` for OUT-05.
    /// - Parameter output: The output's id (see the constants on ``OutputID``).
    /// - Returns: The line, or `nil` when the report has none for that output.
    /// - Complexity: O(*n*) in the number of lines.
    public subscript(_ output: OutputID) -> Entry? { indicator(output) }

    /// The line of an output, such as `report.indicator(.trainedPersons)` for OUT-05.
    /// - Parameter output: The output's id (see the constants on ``OutputID``).
    /// - Returns: The line, or `nil` when the report has none for that output.
    /// - Complexity: O(*n*) in the number of lines.
    public func indicator(_ output: OutputID) -> Entry? { indicator(id: output.rawValue) }

    /// The line of any indicator by its string id, such as a plugin's own `"X-WORKSHOP"`.
    /// - Parameter id: The indicator's ``Indicator/id``.
    /// - Returns: The line, or `nil` when the report has none with that id.
    /// - Complexity: O(*n*) in the number of lines.
    public func indicator(id: String) -> Entry? { indicators.first { $0.id == id } }

    /// The line of an ESF common indicator, such as `report[esf: .co01]`, from ``esf`` or ``esfPlus``.
    /// - Parameter code: The indicator's code.
    /// - Returns: The line, or `nil` when the report has none with that code.
    /// - Complexity: O(*n*) in the number of ESF lines.
    public subscript(esf code: ESFCode) -> ESFEntry? { esfEntry(code) }

    /// The line of an ESF common indicator, such as `report.esfEntry(.eeco01)`, from ``esf`` or ``esfPlus``.
    /// - Parameter code: The indicator's code.
    /// - Returns: The line, or `nil` when the report has none with that code.
    /// - Complexity: O(*n*) in the number of ESF lines.
    public func esfEntry(_ code: ESFCode) -> ESFEntry? {
        esf.first { $0.code == code.rawValue } ?? esfPlus.first { $0.code == code.rawValue }
    }
}
