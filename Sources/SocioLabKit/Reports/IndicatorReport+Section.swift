extension IndicatorReport {
    /// A part of a report that can be asked for alone (`sociolab report --section finance`).
    public enum Section: String, CaseIterable, Hashable, Sendable, Codable {
        /// The outputs and the other indicators, with their measures and breakdowns.
        case outputs
        /// The participants and the ESF common indicators.
        case esf
        /// Budget absorption and cost per result.
        case finance
    }

    /// Whether the renderers show a section: every section when ``sections`` is `nil`.
    /// - Parameter section: The section.
    /// - Returns: Whether it is shown.
    public func shows(_ section: Section) -> Bool { sections?.contains(section) ?? true }

    /// The report with only some sections: the others' figures are left out (empty), so the JSON form
    /// holds only what was asked for, and ``sections`` lists them for the renderers.
    /// - Parameter sections: The sections to keep, in any order.
    /// - Returns: The report restricted to them.
    public func restricted(to sections: [Section]) -> IndicatorReport {
        var report = self
        let kept = Section.allCases.filter { sections.contains($0) }
        report.sections = kept
        if !kept.contains(.outputs) { report.indicators = [] }
        if !kept.contains(.esf) {
            report.esf = []
            report.esfPlus = []
            report.participants = nil
            report.participantsByGender = []
            report.incompleteRecords = nil
        }
        if !kept.contains(.finance) { report.finance = nil }
        return report
    }
}
