import SocioLabKit
import SocioLabPlugins
import SocioLabStorage

/// Ready-made workspaces and small named records for the tests of services that embed SocioLabKit.
///
/// ```swift
/// let workspace = try await Fixtures.workspace()              // the demo, in memory
/// let empty = try await Fixtures.workspace(.empty)
/// try await empty.apply(Fixtures.heldTraining, author: "test", reason: "fixture")
/// ```
///
/// The named records use identifiers that start with `fx-`, which the sample data never uses, so they
/// can be added to the demo workspace as well as to an empty one. Everything is deterministic: the
/// workspace's clock is fixed at ``clock`` unless another is passed.
public enum Fixtures {
    /// What a fixture workspace starts with.
    public enum Contents: Sendable {
        /// Nothing but the SocioLab Podravje operation.
        case empty
        /// The demo sample data for a seed (see ``SampleData/demo(seed:)``).
        case demo(seed: UInt64 = SampleData.demoSeed)
        /// A dataset of your own.
        case dataset(Dataset)

        /// The dataset these contents stand for.
        public var dataset: Dataset {
            switch self {
            case .empty: Dataset(operation: .socioLabPodravje)
            case .demo(let seed): SampleData.demo(seed: seed)
            case .dataset(let dataset): dataset
            }
        }
    }

    /// The fixed clock of fixture workspaces: 31 December 2020, 12:00 UTC (``SampleData/demoAsOf``).
    public static let clock = TimeSource.fixed(Timestamp(milliseconds: 1_609_416_000_000))

    /// A workspace over a fresh in-memory store, in one line.
    /// - Parameters:
    ///   - contents: What the store starts with; the demo by default.
    ///   - plugins: The activity plugins; the standard set by default.
    ///   - rules: Extra validation rules beside the core and plugin rules.
    ///   - clock: The clock that stamps change sets; ``clock`` by default.
    /// - Returns: The open workspace, at revision 0.
    /// - Throws: What opening the workspace throws (an in-memory store does not fail to load).
    public static func workspace(
        _ contents: Contents = .demo(), plugins: PluginRegistry = .standard, rules: [any ValidationRule] = [],
        clock: TimeSource = Fixtures.clock
    ) async throws -> Workspace {
        try await Workspace(store: store(contents), plugins: plugins, rules: rules, clock: clock)
    }

    /// A fresh in-memory store holding `contents`.
    /// - Parameter contents: What the store starts with; the demo by default.
    /// - Returns: The store.
    public static func store(_ contents: Contents = .demo()) -> InMemoryStore {
        InMemoryStore(dataset: contents.dataset)
    }

    // MARK: Named records

    /// A social enterprise and cooperative in Maribor (`fx-o1`), of the social economy.
    public static let socialEnterprise = Organisation(
        id: "fx-o1", name: "Zadruga Preizkusni vrt, z.o.o., so.p.", legalForm: .zadruga,
        socialEnterprise: true,
        registrationNumber: RegistrationNumber.make(base6: 123_457),
        taxNumber: TaxNumber.make(base7: 1_234_567),
        municipality: Municipality.lookup("Maribor")?.code, stage: .startup)

    /// An ordinary company in Ptuj (`fx-o2`), not of the social economy.
    public static let company = Organisation(
        id: "fx-o2", name: "Preizkus d.o.o.", legalForm: .doo,
        registrationNumber: RegistrationNumber.make(base6: 234_567),
        taxNumber: TaxNumber.make(base7: 2_345_678), municipality: Municipality.lookup("Ptuj")?.code)

    /// A woman of 33 at entry, unemployed, a member of ``socialEnterprise`` (`fx-p1`), consent given
    /// 1 March 2019.
    public static let person = Person(
        id: "fx-p1", gender: .female, birthDate: Day(year: 1985, month: 7, day: 14),
        employmentStatus: .unemployed,
        isced: 6, migrantOrMinority: .no, disability: .no, otherDisadvantaged: .refused, homeless: false,
        rural: false,
        targetGroups: ["social-economy-stakeholders", "unemployed"],
        municipality: Municipality.lookup("Maribor")?.code,
        organisation: "fx-o1", consent: Consent(givenOn: Day(year: 2019, month: 3, day: 1)))

    /// The personal details of ``person``, with a valid EMŠO that agrees with her birth date.
    public static let personDetails = PersonalDetails(
        person: "fx-p1", givenName: "Ana", familyName: "Preizkusna", email: "ana.preizkusna@example.org",
        emso: EMSO.make(birthYear: 1985, month: 7, day: 14, registerCode: 50, serial: 512))

    /// A man of 22 at entry, a student, of no organisation (`fx-p2`), consent given 1 March 2019.
    public static let secondPerson = Person(
        id: "fx-p2", gender: .male, birthDate: Day(year: 1996, month: 11, day: 2),
        employmentStatus: .inactiveInEducation, isced: 3, migrantOrMinority: .no, disability: .no,
        otherDisadvantaged: .no, homeless: false, rural: true, targetGroups: ["students", "young"],
        municipality: Municipality.lookup("Lenart")?.code,
        consent: Consent(givenOn: Day(year: 2019, month: 3, day: 1)))

    /// The personal details of ``secondPerson``.
    public static let secondPersonDetails = PersonalDetails(
        person: "fx-p2", givenName: "Luka", familyName: "Preizkusni",
        emso: EMSO.make(birthYear: 1996, month: 11, day: 2, registerCode: 50, serial: 18))

    /// A held 8-hour training in Maribor on 12 March 2019, run by PRIZMA (`fx-a1`).
    public static let training = Activity(
        id: "fx-a1", kind: "training", title: "Usposabljanje: osnove socialnega podjetništva", pillar: 3,
        partners: ["prizma"], municipality: Municipality.lookup("Maribor")?.code,
        startDate: Day(year: 2019, month: 3, day: 12)!, status: .held,
        details: .object([
            "module": .string("Osnove socialnega podjetništva"), "hours": .number("8"),
            "completion_threshold": .number("0.8"), "certificate": .bool(true),
        ]))

    /// The training's participations: ``person`` attended all 8 hours (`fx-pa1`), ``secondPerson`` did
    /// not show up (`fx-pa2`). So the training counts one person for OUT-05, and ``socialEnterprise``
    /// (her organisation) for OUT-04.
    public static let trainingParticipations: [Participation] = [
        Participation(
            id: "fx-pa1", activity: "fx-a1", person: "fx-p1", status: .attended, hours: 8, completed: true),
        Participation(id: "fx-pa2", activity: "fx-a1", person: "fx-p2", status: .noShow),
    ]

    /// Every named record, referenced records first.
    public static var records: [EntityRecord] {
        [
            .organisation(socialEnterprise), .organisation(company), .person(person),
            .personalDetails(personDetails),
            .person(secondPerson), .personalDetails(secondPersonDetails), .activity(training),
        ] + trainingParticipations.map(\.record)
    }

    /// The named records as inserts: one change set that records the held training with its organisations,
    /// persons and participations. It validates without errors in an empty or a demo workspace.
    public static var heldTraining: [Change] { records.map { .insert($0) } }

    /// A dataset of the SocioLab Podravje operation holding only the named records.
    public static var heldTrainingDataset: Dataset { Dataset(operation: .socioLabPodravje, records: records) }
}
