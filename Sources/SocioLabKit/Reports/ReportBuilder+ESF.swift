extension ReportBuilder {
    /// The ESF section with suppression: the grand total and its gender split, each ESF figure with its
    /// gender split, as groups protected against their totals, and the incomplete records.
    ///
    /// The grand total is EECO01 (complete records) plus the incomplete records, so the two are one more
    /// group against the grand total: when either is hidden, the other is hidden too (EECO01 with its
    /// gender split), so neither is the grand total minus the other.
    func esfSection(_ esf: ESFResult) -> (
        Int?, [BreakdownCell], [IndicatorReport.ESFEntry], [IndicatorReport.ESFEntry], Int?
    ) {
        let genderKeys: [(String, LocalizedText)] = [
            ("female", Gender.female.title), ("male", Gender.male.title),
            ("non_binary", Gender.nonBinary.title),
        ]
        func cells(_ split: ESFGenderSplit, total: Int) -> (Bool, [BreakdownCell]) {
            let values = split.values
            // The total is always given: when the cells add up to less (gender not recorded), the
            // difference is protected as a hidden cell, so the total minus the shown cells reveals nothing.
            let (hidden, totalHidden) =
                suppression?.suppress(cells: values, total: total)
                ?? (Array(repeating: false, count: 3), false)
            let hideTotal = totalHidden || (suppression?.isSmall(total) ?? false)
            return (
                hideTotal,
                zip(genderKeys, zip(values, hidden)).map { key, cell in
                    BreakdownCell(key: key.0, label: key.1, value: cell.1 ? nil : cell.0, suppressed: cell.1)
                }
            )
        }
        func entries(_ figures: [ESFFigure]) -> [IndicatorReport.ESFEntry] {
            figures.map { figure in
                let definition = figure.definition
                guard let split = figure.byGender else {
                    return IndicatorReport.ESFEntry(
                        code: definition.code, title: definition.title, verification: definition.verification,
                        value: figure.value, suppressed: false, byGender: [])
                }
                let (hidden, genderCells) = cells(split, total: figure.value)
                return IndicatorReport.ESFEntry(
                    code: definition.code, title: definition.title, verification: definition.verification,
                    value: hidden ? nil : figure.value, suppressed: hidden, byGender: genderCells)
            }
        }
        let (hidden, byGender) = cells(esf.participantsByGender, total: esf.participants)
        var plus = entries(esf.esfPlus)
        var incomplete: Int? = esf.incompleteRecords
        if let suppression, let complete = plus.firstIndex(where: { $0.code == "EECO01" }),
            let value = esf.esfPlus.first(where: { $0.definition.code == "EECO01" })?.value
        {
            let group = suppression.suppress(
                cells: [value, esf.incompleteRecords], total: hidden ? nil : esf.participants)
            if group.cells[0] || plus[complete].suppressed {
                plus[complete].value = nil
                plus[complete].suppressed = true
                for i in plus[complete].byGender.indices {
                    plus[complete].byGender[i].value = nil
                    plus[complete].byGender[i].suppressed = true
                }
            }
            if group.cells[1] || plus[complete].suppressed && esf.incompleteRecords > 0 { incomplete = nil }
        } else if suppression?.isSmall(esf.incompleteRecords) == true {
            incomplete = nil
        }
        return (hidden ? nil : esf.participants, byGender, entries(esf.esf2014), plus, incomplete)
    }

    /// One warning per activity kind that is held but has no registered plugin.
    func unregisteredKindWarnings(_ dataset: Dataset) -> [LocalizedText] {
        var counts: [ActivityKind: Int] = [:]
        for activity in dataset.activities.slots {
            guard let activity, activity.status == .held, plugins.plugin(for: activity.kind) == nil else {
                continue
            }
            counts[activity.kind, default: 0] += 1
        }
        return counts.keys.sorted().map { kind in
            LocalizedText(
                sl:
                    "\(counts[kind]!) izvedenih aktivnosti vrste '\(kind)' nima vtičnika; ne štejejo v noben izložek, "
                    + "ki je odvisen od vrste aktivnosti.",
                en:
                    "\(counts[kind]!) held activities of kind '\(kind)' have no plugin; they count in no output "
                    + "that depends on the kind of activity.")
        }
    }
}
