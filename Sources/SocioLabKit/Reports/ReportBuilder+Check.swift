extension ReportBuilder {
    /// Refuses a scope a report cannot answer: a period that starts after the operation's last day (it
    /// would show every figure as zero, which reads as a result).
    ///
    /// ```swift
    /// try builder.check(scope, in: dataset.operation)
    /// let report = builder.build(dataset, scope: scope, asOf: today)
    /// ```
    /// - Parameters:
    ///   - scope: The period and filters asked for.
    ///   - operation: The operation reported on.
    /// - Throws: ``SocioLabError`` with code ``SocioLabError/Code/reportPeriodAfterEnd`` naming the period
    ///   and the operation's last day, in Slovenian and English.
    public func check(_ scope: Scope, in operation: ESFOperation) throws(SocioLabError) {
        guard let period = scope.period, period.range.start > operation.period.end else { return }
        let sl = ReportFormat(language: .slovenian)
        let en = ReportFormat(language: .english)
        throw SocioLabError(
            .reportPeriodAfterEnd,
            LocalizedText(
                sl:
                    "Obdobje \(sl.period(period)) se začne po koncu operacije (\(sl.date(operation.period.end))); "
                    + "izberite obdobje, ki se začne najpozneje na zadnji dan operacije.",
                en: "The period \(en.period(period)) starts after the operation's end "
                    + "(\(en.date(operation.period.end))); choose a period that starts on or before the "
                    + "operation's last day."),
            at: .init(field: "period"))
    }
}

extension SocioLabError.Code {
    /// A report asked for a period that starts after the operation's end.
    public static let reportPeriodAfterEnd = Self(rawValue: "report.period-after-end")
}

extension Scope {
    /// The same period and filters without the partner filter: the whole operation's side of a partner's share.
    var withoutPartners: Scope {
        var scope = self
        scope.partners = []
        return scope
    }
}
