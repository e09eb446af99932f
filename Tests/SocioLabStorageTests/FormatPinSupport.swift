import Foundation
import SocioLabKit
import SocioLabTesting
import Testing

/// What the format pins check bytes with, and the sample they check them on.
///
/// The pins (``FormatPinTests``, ``FormatPinStoreTests``, ``FormatPinStoreFixtureTests``) hold the SHA-256 of
/// bytes that users, auditors and stores already written depend on: the CSV exchange files, the JSON dataset
/// document, the report renderers' output, the dataset fingerprint and the JSON file store's files. A
/// refactoring must leave every one of them as it is.
enum FormatPin {
    /// The lower-case hex SHA-256 of some bytes (the kit's own SHA-256; one place to change if it moves).
    static func digest(_ bytes: some Sequence<UInt8>) -> String {
        SHA256Hasher.hex(SHA256Hasher.hash(bytes))
    }

    /// The lower-case hex SHA-256 of a text's UTF-8 bytes.
    static func digest(_ text: String) -> String { digest(Array(text.utf8)) }

    /// Checks that `bytes` hash to the digest pinned for `name`, with a message that says what a failure means.
    /// - Parameters:
    ///   - name: What the bytes are, such as `"csv demo/persons.csv (excel)"`: the key in ``PinnedDigests/all``.
    ///   - bytes: The bytes produced today.
    static func check(
        _ name: String, _ bytes: some Sequence<UInt8>, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        check(name, digest: digest(bytes), sourceLocation: sourceLocation)
    }

    /// Checks that a digest computed today (a fingerprint) is the one pinned for `name`.
    static func check(
        _ name: String, digest actual: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let expected = PinnedDigests.all[name] ?? "(none)"
        #expect(
            actual == expected, Comment(rawValue: message(name, actual: actual, expected: expected)),
            sourceLocation: sourceLocation)
    }

    /// The failure message of a pin.
    static func message(_ name: String, actual: String, expected: String) -> String {
        """
        PIN \(name): the bytes changed (SHA-256 now \(actual), pinned \(expected)). These bytes are a \
        format that files, stores and auditors already written or computed depend on: do not replace the \
        digest to make this pass. Find the change in the code that writes them and undo it. A deliberate \
        format change needs a new format version, a reader (and for the store a migration) for the old \
        one, a note in Documentation and the CHANGELOG, and only then a new pin.
        """
    }

    /// The fixed moment the pins' change sets are stamped with: 3 October 2019, 08:15:00.123 UTC.
    static let clock = TimeSource.fixed(Timestamp(milliseconds: 1_570_090_500_123))

    /// The report day of the pins' reports (the demo's own).
    static let asOf = SampleData.demoAsOf
}

/// A small dataset of every entity kind whose values are awkward for CSV, JSON and the canonical form but
/// that CSV can still carry: quotes, delimiters, new lines, formula-like text, letters outside ASCII,
/// combining marks, emoji, empty and blank text, extreme days and negative quantities.
///
/// It is built from the index alone (no random numbers), so it is the same on every platform and in every
/// version of the test helpers.
enum PinSample {
    /// Texts for names and titles.
    static let texts = [
        "plain", "Zadruga \"Dobrina\", z.o.o.", "semi;colon", "comma, text", "line\nbreak", "crlf\r\nline",
        "tab\there", "=SUM(A1:A2)", "+386 2 123 45 67", "-minus", "@at", " padded ", "", "čćžšđ ČĆŽŠĐ",
        "e\u{301} not NFC", "😀 emoji", "€ 1.599.869,80", "'quoted'", "ß <&> / \\", "0012",
    ]

    static func text(_ i: Int) -> String { texts[i % texts.count] }

    static func day(_ i: Int) -> Day {
        switch i % 9 {
        case 0: Day(year: 1900, month: 1, day: 1)!
        case 1: Day(year: 2099, month: 12, day: 31)!
        case 2: Day(year: 2020, month: 2, day: 29)!
        default: Day(year: 2018 + i % 4, month: 1 + i % 12, day: 1 + i % 28)!
        }
    }

    static func evidence(_ i: Int) -> [Evidence] {
        let kinds: [Evidence.Kind] = [.attendanceSheet, .contract, .certificate, .invoice]
        return (0..<(i % 3)).map { n in
            Evidence(
                documentID: "doc-\(i)-\(n) \(text(i + n))", kind: kinds[(i + n) % 4],
                date: n == 0 ? day(i) : nil)
        }
    }

    static func id(_ prefix: String, _ i: Int) -> String {
        switch i % 4 {
        case 0: "\(prefix)-\(i)"
        case 1: "\(prefix)-shared-prefix-that-is-long-\(i)"
        case 2: "\(prefix)-ž\(i)"
        default: "\(prefix)\(i)"
        }
    }

    static let partners: [Partner.ID] = ["prizma", "citilab", "tkalka", "caap"]
    static let kinds: [ActivityKind] = [
        "training", "mentoring", "fair", "conference", "competition", "campaign", "custom-kind",
    ]

    /// The records, `persons` persons and the rest in proportion.
    static func records(persons: Int = 60) -> [EntityRecord] {
        var records: [EntityRecord] = []
        let organisations = max(4, persons / 5)
        let activities = max(7, persons / 4)
        let answers: [SensitiveAnswer] = [.yes, .no, .refused]
        for i in 0..<organisations {
            records.append(
                Organisation(
                    id: .init(id("org", i)), name: text(i),
                    legalForm: [.zadruga, .doo, .zavod, .drustvo, .initiative][i % 5],
                    socialEnterprise: i % 2 == 0,
                    registrationNumber: i % 3 == 0 ? RegistrationNumber.make(base6: 100_000 + i) : nil,
                    taxNumber: i % 3 == 1 ? TaxNumber.make(base7: 1_000_000 + i) : nil,
                    municipality: i % 2 == 0 ? Municipality.Code(70) : nil,
                    stage: i % 3 == 0 ? .growth : nil
                ).record)
        }
        for i in 0..<persons {
            let personID = Person.ID(id("person", i))
            records.append(
                Person(
                    id: personID, gender: i % 4 == 3 ? nil : [.female, .male, .nonBinary][i % 3],
                    birthDate: i % 5 == 0
                        ? nil : Day(year: 1950 + i % 50, month: 1 + i % 12, day: 1 + i % 28),
                    employmentStatus: i % 6 == 5
                        ? nil
                        : [.employed, .selfEmployed, .unemployed, .longTermUnemployed, .inactive][i % 5],
                    isced: i % 4 == 0 ? nil : i % 9, migrantOrMinority: i % 4 == 1 ? nil : answers[i % 3],
                    disability: i % 5 == 1 ? nil : answers[(i + 1) % 3],
                    otherDisadvantaged: i % 3 == 2 ? nil : answers[(i + 2) % 3],
                    homeless: i % 7 == 0 ? nil : i % 2 == 0, rural: i % 5 == 3 ? nil : i % 3 == 0,
                    targetGroups: (0..<(i % 3)).map {
                        ["unemployed", "youth", "ciljna;skupina"][($0 + i) % 3]
                    },
                    municipality: i % 3 == 0 ? Municipality.Code(96) : nil,
                    organisation: i % 4 == 0 ? .init(id("org", i % organisations)) : nil,
                    entryDate: i % 6 == 0 ? nil : day(i + 3),
                    consent: Consent(
                        givenOn: i % 2 == 0 ? day(i) : nil, withdrawnOn: i % 11 == 0 ? day(i + 1) : nil),
                    detailsErasedOn: i % 13 == 12 ? day(i + 2) : nil
                ).record)
            if i % 2 == 0 {
                records.append(
                    PersonalDetails(
                        person: personID, givenName: text(i + 1), familyName: text(i + 2),
                        email: i % 4 == 0 ? "oseba\(i)@example.si" : nil,
                        phone: i % 3 == 0 ? "+386 2 \(100 + i)" : nil,
                        emso: i % 8 == 0
                            ? EMSO.make(
                                birthDate: Day(year: 1980, month: 1, day: 1 + i % 28)!, registerCode: 50,
                                serial: i)
                            : nil
                    ).record)
            }
        }
        for i in 0..<3 {
            records.append(
                InfoPoint(
                    id: .init(id("ip", i)), name: text(i + 5),
                    municipality: i == 0 ? Municipality.Code(96) : nil,
                    hostPartner: partners[i], openedOn: day(i + 2), closedOn: i == 2 ? day(1) : nil
                ).record)
        }
        for i in 0..<activities {
            let details: JSONValue =
                switch i % 4 {
                // Not `.null` for the whole: the store reads that back as `{}` (see the report of issue 13).
                case 0: .object(["trainer": .null])
                case 1:
                    .object([
                        "hours": .number("1.50"), "module": .string(text(i)),
                        "big": .number("12345678901234567890"),
                    ])
                case 2:
                    .object(["nested": .array([.object(["a": .array([])]), .bool(true), .number("-1.5e-7")])])
                default: .object([:])
                }
            records.append(
                Activity(
                    id: .init(id("act", i)), kind: kinds[i % kinds.count], title: text(i + 3),
                    pillar: i % 4 == 3 ? nil : 1 + i % 3,
                    partners: (0..<(i % 3)).map { partners[($0 + i) % partners.count] },
                    infoPoint: i % 3 == 0 ? .init(id("ip", i % 3)) : nil,
                    municipality: i % 2 == 0 ? Municipality.Code(70) : nil,
                    startDate: Day(year: 2018 + i % 4, month: 1 + i % 12, day: 1 + i % 28)!,
                    endDate: i % 3 == 1 ? Day(year: 2018 + i % 4, month: 1 + i % 12, day: 28)! : nil,
                    status: [.held, .held, .planned, .cancelled][i % 4], details: details
                ).record)
        }
        for i in 0..<(persons * 5 / 2) {
            records.append(
                Participation(
                    id: .init(id("x", i)), activity: .init(id("act", i % activities)),
                    person: i % 9 == 8 ? nil : .init(id("person", (i * 7) % persons)),
                    organisation: i % 5 == 0 ? .init(id("org", i % organisations)) : nil,
                    role: [.participant, .mentee, .mentor, .trainer][i % 4],
                    status: [.registered, .attended, .attended, .noShow, .cancelled][i % 5],
                    hours: i % 3 == 0 ? nil : Quantity(hundredths: Int64((i * 37) % 1000) - 100),
                    completed: i % 4 == 0 ? nil : i % 2 == 0, evidence: evidence(i)
                ).record)
        }
        for i in 0..<(persons / 8 + 1) {
            records.append(
                Job(
                    id: .init(id("job", i)), organisation: .init(id("org", i % organisations)),
                    person: i % 2 == 0 ? .init(id("person", i)) : nil,
                    kind: i % 2 == 0 ? .created : .retained,
                    startDate: day(i + 4), fte: Quantity(hundredths: Int64(25 * (i % 5) - 25)),
                    evidence: evidence(i)
                ).record)
            records.append(
                Product(
                    id: .init(id("prod", i)), organisation: .init(id("org", (i + 1) % organisations)),
                    name: text(i + 7), kind: i % 2 == 0 ? .product : .service,
                    stage: i % 3 == 0 ? text(i) : nil,
                    supportedOn: i % 2 == 1 ? day(i) : nil, evidence: evidence(i + 1)
                ).record)
            records.append(
                DevelopmentPlan(
                    id: .init(id("plan", i)), organisation: .init(id("org", (i + 2) % organisations)),
                    partner: partners[i % partners.count], diagnosedOn: i % 2 == 0 ? day(i) : nil,
                    planAdoptedOn: i % 3 == 0 ? day(i + 1) : nil, evidence: evidence(i + 2)
                ).record)
        }
        for i in 0..<2 {
            records.append(
                SupportProgramme(
                    id: .init(id("prog", i)), title: text(i + 11), approvedOn: i == 0 ? day(5) : nil,
                    materials: (0..<(i + 2)).map { text($0 + i) }, evidence: evidence(i)
                ).record)
            records.append(
                Milestone(
                    id: .init(id("ms", i)), output: i == 0 ? "OUT-01" : "OUT-99", title: text(i + 13),
                    achievedOn: i == 0 ? day(6) : nil, evidence: evidence(i + 1)
                ).record)
        }
        return records
    }

    /// The dataset of ``records(persons:)`` for SocioLab Podravje.
    static func dataset(persons: Int = 60) -> Dataset {
        Dataset(operation: .socioLabPodravje, records: records(persons: persons))
    }
}
