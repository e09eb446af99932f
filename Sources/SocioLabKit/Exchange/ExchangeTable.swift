/// One CSV file of the exchange contract: its file name, its columns and the entities it holds.
///
/// Every entity kind has one file, except personal details, which share `persons.csv` with the
/// statistical person record (the columns `given_name`, `family_name`, `emso`, `email` and `phone`).
/// The columns are listed in `Documentation/DataFormats.md`; ``columns`` is the order the exporter
/// writes, and a file being imported may have its columns in any order and more columns besides.
public enum ExchangeTable: String, CaseIterable, Hashable, Sendable, Codable, Comparable,
    CustomStringConvertible
{
    /// `organisations.csv`.
    case organisations
    /// `persons.csv`: ``Person`` and ``PersonalDetails``.
    case persons
    /// `info_points.csv`.
    case infoPoints = "info_points"
    /// `activities.csv`.
    case activities
    /// `participations.csv`.
    case participations
    /// `jobs.csv`.
    case jobs
    /// `products.csv`.
    case products
    /// `development_plans.csv`.
    case developmentPlans = "development_plans"
    /// `support_programmes.csv`.
    case supportProgrammes = "support_programmes"
    /// `milestones.csv`.
    case milestones

    /// The table's name, such as `"info_points"`.
    public var description: String { rawValue }

    /// The file name the exporter writes and the importer recognises, such as `"info_points.csv"`.
    public var fileName: String { rawValue + ".csv" }

    /// The entity kind of the table's main record (persons: ``EntityKind/person``).
    public var kind: EntityKind {
        switch self {
        case .organisations: .organisation
        case .persons: .person
        case .infoPoints: .infoPoint
        case .activities: .activity
        case .participations: .participation
        case .jobs: .job
        case .products: .product
        case .developmentPlans: .developmentPlan
        case .supportProgrammes: .supportProgramme
        case .milestones: .milestone
        }
    }

    /// The table that holds an entity kind (``EntityKind/personalDetails`` is in ``persons``).
    /// - Parameter kind: The entity kind.
    public init(kind: EntityKind) {
        switch kind {
        case .organisation: self = .organisations
        case .person, .personalDetails: self = .persons
        case .infoPoint: self = .infoPoints
        case .activity: self = .activities
        case .participation: self = .participations
        case .job: self = .jobs
        case .product: self = .products
        case .developmentPlan: self = .developmentPlans
        case .supportProgramme: self = .supportProgrammes
        case .milestone: self = .milestones
        }
    }

    /// Orders tables like their entity kinds: referenced tables before the tables that refer to them.
    public static func < (lhs: ExchangeTable, rhs: ExchangeTable) -> Bool { lhs.kind < rhs.kind }

    /// The table a file name stands for.
    ///
    /// The last path component is compared without case and without its `.csv` extension. It matches a
    /// table when it is the table's name (`persons.csv`) or starts with it followed by `-`, `_`, `.` or a
    /// space (`persons-2019.csv`, `Persons 2.CSV`); the longest matching name wins, so
    /// `development_plans_q1.csv` is a development-plans file.
    /// - Parameter fileName: A file name or path as the user gave it.
    /// - Returns: The table, or `nil` when the name matches none.
    public init?(fileName: String) {
        let last =
            fileName.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? fileName
        var stem = last.lowercased()
        if stem.hasSuffix(".csv") { stem.removeLast(4) }
        var best: ExchangeTable?
        for table in ExchangeTable.allCases {
            let name = table.rawValue
            guard stem.hasPrefix(name) else { continue }
            let rest = stem.dropFirst(name.count)
            guard rest.isEmpty || ["-", "_", ".", " "].contains(rest.first!) else { continue }
            if best.map({ $0.rawValue.count < name.count }) ?? true { best = table }
        }
        guard let best else { return nil }
        self = best
    }

    /// The column names in the order the exporter writes them: the contract's columns, then the extra
    /// columns that carry the rest of each entity (`phone`, `completed`, `evidence`).
    public var columns: [String] {
        switch self {
        case .organisations: OrganisationColumn.allCases.map(\.name)
        case .persons: PersonColumn.allCases.map(\.name)
        case .infoPoints: InfoPointColumn.allCases.map(\.name)
        case .activities: ActivityColumn.allCases.map(\.name)
        case .participations: ParticipationColumn.allCases.map(\.name)
        case .jobs: JobColumn.allCases.map(\.name)
        case .products: ProductColumn.allCases.map(\.name)
        case .developmentPlans: DevelopmentPlanColumn.allCases.map(\.name)
        case .supportProgrammes: SupportProgrammeColumn.allCases.map(\.name)
        case .milestones: MilestoneColumn.allCases.map(\.name)
        }
    }

    /// The columns a file of this table must have: `id` and the values an entity cannot be without.
    public var requiredColumns: [String] {
        switch self {
        case .organisations: ["id", "name", "legal_form"]
        case .persons: ["id"]
        case .infoPoints: ["id", "name", "host_partner"]
        case .activities: ["id", "kind", "title", "start_date", "status"]
        case .participations: ["id", "activity_id", "status"]
        case .jobs: ["id", "organisation_id", "kind", "start_date", "fte"]
        case .products: ["id", "organisation_id", "name"]
        case .developmentPlans: ["id", "organisation_id", "partner_id"]
        case .supportProgrammes: ["id", "title"]
        case .milestones: ["id", "output", "title"]
        }
    }
}

/// A column of a table, in export order; its raw value is its position in ``ExchangeTable/columns``.
protocol ExchangeColumn: CaseIterable, RawRepresentable where RawValue == Int {
    /// The header name.
    var name: String { get }
}

enum OrganisationColumn: Int, ExchangeColumn {
    case id, name, legalForm, socialEnterprise, registrationNumber, taxNumber, municipality, stage
    var name: String {
        [
            "id", "name", "legal_form", "social_enterprise", "registration_number", "tax_number",
            "municipality", "stage",
        ][
            rawValue]
    }
}

enum PersonColumn: Int, ExchangeColumn {
    case id, givenName, familyName, emso, email, gender, birthDate, municipality, employmentStatus, isced
    case migrantMinority, disability, otherDisadvantaged, homeless, rural, targetGroups, consentDate
    case consentWithdrawn, organisationID, entryDate, phone
    var name: String {
        [
            "id", "given_name", "family_name", "emso", "email", "gender", "birth_date", "municipality",
            "employment_status", "isced", "migrant_minority", "disability", "other_disadvantaged", "homeless",
            "rural", "target_groups", "consent_date", "consent_withdrawn", "organisation_id", "entry_date",
            "phone",
        ][rawValue]
    }
    /// The columns that belong to ``PersonalDetails``.
    static let personalDetails: [PersonColumn] = [.givenName, .familyName, .emso, .email, .phone]
}

enum InfoPointColumn: Int, ExchangeColumn {
    case id, name, municipality, hostPartner, openedOn, closedOn
    var name: String { ["id", "name", "municipality", "host_partner", "opened_on", "closed_on"][rawValue] }
}

enum ActivityColumn: Int, ExchangeColumn {
    case id, kind, title, pillar, partners, infoPoint, municipality, startDate, endDate, status, details
    var name: String {
        [
            "id", "kind", "title", "pillar", "partners", "info_point", "municipality", "start_date",
            "end_date",
            "status", "details",
        ][rawValue]
    }
}

enum ParticipationColumn: Int, ExchangeColumn {
    case id, activityID, personID, organisationID, role, status, hours, completed, evidence
    var name: String {
        [
            "id", "activity_id", "person_id", "organisation_id", "role", "status", "hours", "completed",
            "evidence",
        ][
            rawValue]
    }
}

enum JobColumn: Int, ExchangeColumn {
    case id, organisationID, personID, kind, startDate, fte, evidence
    var name: String {
        ["id", "organisation_id", "person_id", "kind", "start_date", "fte", "evidence"][rawValue]
    }
}

enum ProductColumn: Int, ExchangeColumn {
    case id, organisationID, name, kind, stage, supportedOn, evidence
    var name: String {
        ["id", "organisation_id", "name", "kind", "stage", "supported_on", "evidence"][rawValue]
    }
}

enum DevelopmentPlanColumn: Int, ExchangeColumn {
    case id, organisationID, partnerID, diagnosedOn, planAdoptedOn, evidence
    var name: String {
        ["id", "organisation_id", "partner_id", "diagnosed_on", "plan_adopted_on", "evidence"][rawValue]
    }
}

enum SupportProgrammeColumn: Int, ExchangeColumn {
    case id, title, approvedOn, materials, evidence
    var name: String { ["id", "title", "approved_on", "materials", "evidence"][rawValue] }
}

enum MilestoneColumn: Int, ExchangeColumn {
    case id, output, title, achievedOn, evidence
    var name: String { ["id", "output", "title", "achieved_on", "evidence"][rawValue] }
}
