import Foundation

/// A file produced by an export: its name and its bytes. Writing it is the caller's job.
public struct ExportedFile: Hashable, Sendable {
    /// The file name, such as `"persons.csv"` or `"dataset.json"`.
    public var name: String
    /// The file's bytes.
    public var data: Data

    /// Creates an exported file.
    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }
}

/// Writes a dataset as the CSV files of the exchange contract, one per table (see
/// `Documentation/DataFormats.md`).
///
/// ```swift
/// for file in CSVExport.files(for: dataset, writer: excel ? .excel : CSVWriter()) {
///     try file.data.write(to: directory.appending(path: file.name))
/// }
/// ```
///
/// Rows are sorted by id; dates are ISO (`2019-10-03`), quantities use a `.` (`1.5`), Booleans are `yes`
/// and `no`, lists are joined with `;` and activity details are compact JSON with sorted keys. Every cell
/// goes through ``CellText/protect(_:)``, so a value that could run as a formula gets a leading
/// apostrophe and numbers and dates are never touched; ``CSVImport`` undoes it exactly. The writer's own
/// ``CSVWriter/formulaProtection`` is not used (it would protect twice). `persons.csv` joins each person's
/// statistics with their personal details; details whose person does not exist are not written.
public enum CSVExport {
    /// The ten files of the dataset, in table order, each with a header even when it has no rows.
    /// - Parameters:
    ///   - dataset: The dataset.
    ///   - writer: The delimiter, line ending and byte order mark (``CSVWriter/excel`` for Excel).
    /// - Returns: One file per ``ExchangeTable``, named ``ExchangeTable/fileName``.
    /// - Complexity: O(*n* log *n*) in the number of entities (rows are sorted by id).
    public static func files(for dataset: Dataset, writer: CSVWriter = CSVWriter()) -> [ExportedFile] {
        ExchangeTable.allCases.map { file($0, for: dataset, writer: writer) }
    }

    /// One table of the dataset as a CSV file.
    /// - Parameters:
    ///   - table: The table.
    ///   - dataset: The dataset.
    ///   - writer: The delimiter, line ending and byte order mark.
    /// - Returns: The file, named ``ExchangeTable/fileName``.
    /// - Complexity: O(*n* log *n*) in the number of the table's entities.
    public static func file(_ table: ExchangeTable, for dataset: Dataset, writer: CSVWriter = CSVWriter())
        -> ExportedFile
    {
        var bytes: [UInt8] = writer.byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
        writer.appendRecord(table.columns, to: &bytes, protectFormulas: false)
        forEachRow(table, of: dataset) { cells in
            writer.appendRecord(cells.map(CellText.protect), to: &bytes, protectFormulas: false)
        }
        return ExportedFile(name: table.fileName, data: Data(bytes))
    }

    /// Calls `body` with the cells of each row of a table, in id order (values before ``CellText/protect(_:)``).
    static func forEachRow(_ table: ExchangeTable, of dataset: Dataset, _ body: ([String]) -> Void) {
        switch table {
        case .organisations:
            for o in dataset.organisations.sortedByID {
                body([
                    o.id.rawValue, o.name, o.legalForm.rawValue, yesNo(o.socialEnterprise),
                    o.registrationNumber?.description ?? "", o.taxNumber?.description ?? "",
                    o.municipality?.rawValue ?? "", o.stage?.rawValue ?? "",
                ])
            }
        case .persons:
            for p in dataset.persons.sortedByID {
                let d = dataset.personalDetails[.init(p.id.rawValue)]
                body([
                    p.id.rawValue, d?.givenName ?? "", d?.familyName ?? "", d?.emso?.description ?? "",
                    d?.email ?? "", p.gender.map(genderCode) ?? "", date(p.birthDate),
                    p.municipality?.rawValue ?? "",
                    p.employmentStatus?.rawValue ?? "", p.isced.map(String.init) ?? "",
                    p.migrantOrMinority?.rawValue ?? "", p.disability?.rawValue ?? "",
                    p.otherDisadvantaged?.rawValue ?? "", p.homeless.map(yesNo) ?? "",
                    p.rural.map(yesNo) ?? "",
                    CellText.joinList(p.targetGroups.map(\.rawValue)), date(p.consent.givenOn),
                    date(p.consent.withdrawnOn), p.organisation?.rawValue ?? "", date(p.entryDate),
                    d?.phone ?? "",
                ])
            }
        case .infoPoints:
            for i in dataset.infoPoints.sortedByID {
                body([
                    i.id.rawValue, i.name, i.municipality?.rawValue ?? "", i.hostPartner.rawValue,
                    date(i.openedOn),
                    date(i.closedOn),
                ])
            }
        case .activities:
            for a in dataset.activities.sortedByID {
                body([
                    a.id.rawValue, a.kind.rawValue, a.title, a.pillar.map(String.init) ?? "",
                    CellText.joinList(a.partners.map(\.rawValue)), a.infoPoint?.rawValue ?? "",
                    a.municipality?.rawValue ?? "", date(a.startDate), date(a.endDate), a.status.rawValue,
                    a.details.jsonText,
                ])
            }
        case .participations:
            for p in dataset.participations.sortedByID {
                body([
                    p.id.rawValue, p.activity.rawValue, p.person?.rawValue ?? "",
                    p.organisation?.rawValue ?? "",
                    p.role.rawValue, p.status.rawValue, p.hours?.description ?? "",
                    p.completed.map(yesNo) ?? "",
                    evidence(p.evidence),
                ])
            }
        case .jobs:
            for j in dataset.jobs.sortedByID {
                body([
                    j.id.rawValue, j.organisation.rawValue, j.person?.rawValue ?? "", j.kind.rawValue,
                    date(j.startDate), j.fte.description, evidence(j.evidence),
                ])
            }
        case .products:
            for p in dataset.products.sortedByID {
                body([
                    p.id.rawValue, p.organisation.rawValue, p.name, p.kind.rawValue, p.stage ?? "",
                    date(p.supportedOn), evidence(p.evidence),
                ])
            }
        case .developmentPlans:
            for d in dataset.developmentPlans.sortedByID {
                body([
                    d.id.rawValue, d.organisation.rawValue, d.partner.rawValue, date(d.diagnosedOn),
                    date(d.planAdoptedOn), evidence(d.evidence),
                ])
            }
        case .supportProgrammes:
            for s in dataset.supportProgrammes.sortedByID {
                body([
                    s.id.rawValue, s.title, date(s.approvedOn), CellText.joinList(s.materials),
                    evidence(s.evidence),
                ])
            }
        case .milestones:
            for m in dataset.milestones.sortedByID {
                body([m.id.rawValue, m.output.rawValue, m.title, date(m.achievedOn), evidence(m.evidence)])
            }
        }
    }

    private static func date(_ day: Day?) -> String { day?.description ?? "" }
    private static func yesNo(_ value: Bool) -> String { value ? "yes" : "no" }

    private static func genderCode(_ gender: Gender) -> String {
        switch gender {
        case .female: "f"
        case .male: "m"
        case .nonBinary: "x"
        case .undisclosed: "u"
        }
    }

    private static func evidence(_ items: [Evidence]) -> String {
        guard !items.isEmpty else { return "" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? String(decoding: encoder.encode(items), as: UTF8.self)) ?? ""
    }
}
