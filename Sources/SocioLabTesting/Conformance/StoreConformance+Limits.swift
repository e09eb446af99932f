import SocioLabKit

/// The checks of the rule that whatever a write accepts, every reader of the store reads back: the most
/// extreme values SocioLabKit accepts go through a ``Workspace`` into the store and come back equal after
/// reopening, updating and compacting; one step beyond is refused before anything is written. Both are in
/// ``StoreConformance/checks``.
extension StoreConformance {
    /// The most extreme accepted value of every field — details nested ``SocioLabKit/JSONValue/maximumDepth``
    /// levels deep, numbers of ``SocioLabKit/JSONValue/maximumNumberLength`` characters and of every JSON
    /// form, long texts, every kind of white space, characters outside the Basic Multilingual Plane and
    /// combining marks, the first and last day, the largest quantity — applied through a workspace, survive
    /// reopening, an update of every record, compaction and reopening again, unchanged; so does the history.
    public static let extremeValues = Check("extreme values read back") { harness in
        let name = "extreme values read back"
        var store = try await harness.makeStore(ConformanceFixtures.operation)
        var workspace = try await Workspace(
            store: store, clock: .fixed(Timestamp(milliseconds: 1_570_000_000_000)))
        let records = ConformanceFixtures.extremeValues
        try await workspace.apply(
            records.map { .insert($0) }, author: "extreme\t\"author\" 😀", reason: "limits\n")
        var expected = await workspace.dataset
        try await expectEveryRecord(records, in: expected, name, "as applied")
        store = try await harness.reopen(store)
        try await expect(store, holds: expected, at: 1, name, "after reopening")

        // Every record updated: the journal line holds the extreme values twice, before and after.
        workspace = try await Workspace(
            store: store, clock: .fixed(Timestamp(milliseconds: 1_570_000_000_001)))
        let updated = ConformanceFixtures.extremeValuesUpdated
        try await workspace.apply(updated.map { .update($0) }, author: "extreme", reason: "update")
        expected = await workspace.dataset
        try await expectEveryRecord(updated, in: expected, name, "as updated")
        store = try await harness.reopen(store)
        try await expect(store, holds: expected, at: 2, name, "after an update and reopening")

        workspace = try await Workspace(
            store: store, clock: .fixed(Timestamp(milliseconds: 1_570_000_000_002)))
        try await workspace.compact()
        store = try await harness.reopen(store)
        try await expect(store, holds: expected, at: 2, name, "after compaction and reopening")
        for record in records {
            let history = try await store.history(of: record.reference)
            guard history.map(\.revision) == [1, 2],
                history.first?.records.first(where: { $0.reference == record.reference })?.after == record,
                history.last?.records.first(where: { $0.reference == record.reference })?.before == record
            else {
                throw ConformanceFailure(
                    check: name, message: "the history of \(record.reference) differs after compaction")
            }
        }
    }

    /// One step beyond each limit — details one level too deep, a number one character too long or not a
    /// JSON number, a control character in a text, a day after 9999-12-31, a quantity of 16 digits — is
    /// refused by the workspace with a `core.stored-value` error naming the entity and the field, and
    /// nothing reaches the store.
    public static let beyondTheLimits = Check("values beyond the limits refused") { harness in
        let name = "values beyond the limits refused"
        var store = try await harness.makeStore(ConformanceFixtures.operation)
        let workspace = try await Workspace(store: store)
        for (record, field) in ConformanceFixtures.beyondTheLimits {
            do {
                try await workspace.apply([.insert(record)], author: "beyond", reason: "limits")
                throw ConformanceFailure(
                    check: name, message: "\(record.reference) with its \(field) was accepted")
            } catch let rejected as ChangeRejected {
                let fields = rejected.errors.filter { $0.rule == "core.stored-value" }.map { $0.field ?? "" }
                guard fields == [field] else {
                    throw ConformanceFailure(
                        check: name,
                        message: "\(record.reference) was refused for \(fields), not for its \(field)")
                }
            }
        }
        store = try await harness.reopen(store)
        try await expect(
            store, holds: Dataset(operation: ConformanceFixtures.operation), at: 0, name, "after the refusals"
        )
    }

    private static func expectEveryRecord(
        _ records: [EntityRecord], in dataset: Dataset, _ check: String, _ when: String
    ) async throws {
        for record in records where dataset[record.reference] != record {
            throw ConformanceFailure(check: check, message: "\(record.reference) changed \(when)")
        }
    }
}

extension ConformanceFixtures {
    private static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }

    /// The first day SocioLabKit stores.
    private static var firstDay: Day { day(1, 1, 1) }
    /// The last day SocioLabKit stores.
    private static var lastDay: Day { day(9999, 12, 31) }

    /// Text with every kind of white space a text may hold, characters outside the Basic Multilingual
    /// Plane, combining marks (left as they are: texts are not normalised), quotes, backslashes, a
    /// delete character and a next-line character.
    public static let awkwardText =
        "\t tab\nLF\r\nCRLF\rCR \u{A0}nbsp\u{2028}ls\u{2029}ps\u{3000}ideo\u{FEFF}bom\u{85}nel\u{7F}del "
        + "😀𝄞🇸🇮 e\u{301}\u{323} č ß \"quoted\" \\back/slash </script> \u{10FFFF}"

    /// A long text: 24,000 characters, most of them several bytes long (longer texts read back as well,
    /// but indexing names and hashing them cost time the checks need not spend).
    public static let longText = String(repeating: "čšž😀e\u{301} ", count: 4_000)

    /// Arrays and objects nested `depth` levels deep around `innermost`.
    public static func nested(_ depth: Int, innermost: JSONValue = .number("1")) -> JSONValue {
        var value = innermost
        for level in 0..<depth { value = level % 2 == 0 ? .array([value]) : .object(["k": value]) }
        return value
    }

    /// Plugin details at every limit: nested exactly ``SocioLabKit/JSONValue/maximumDepth`` levels deep,
    /// numbers of every JSON form (the longest ones ``SocioLabKit/JSONValue/maximumNumberLength``
    /// characters), awkward keys.
    public static var extremeDetails: JSONValue {
        let longest = String(repeating: "9", count: JSONValue.maximumNumberLength)
        return .object([
            "deep": nested(JSONValue.maximumDepth - 1, innermost: .string(awkwardText)),
            "numbers": .array(
                [
                    "12345678901234567890", "-12345678901234567890", "1.0", "1e-400", "1E+400", "-0.0", "-0",
                    "0", "0.0000000000000000000000000000001", "2.5e-3", "6.02214076E23", longest,
                    "-" + longest.dropFirst(), "1." + longest.dropFirst(2), "1e" + longest.dropFirst(2),
                ].map { JSONValue.number(String($0)) }),
            "": .string(""), "\u{7F}": .null, "😀": .bool(true), "e\u{301}": .bool(false),
            awkwardText: .string(longText),
            "list": .array([.object([:]), .array([]), .null, .string("\u{0085}")]),
        ])
    }

    /// One record of every kind holding the most extreme accepted values, valid under the core rules with
    /// no plugin registered (the activity's kind is unregistered, a warning only).
    public static var extremeValues: [EntityRecord] {
        let partners = operation.partners.map(\.id)
        let evidence = [
            Evidence(documentID: awkwardText, kind: Evidence.Kind(rawValue: "kind 😀\t"), date: firstDay),
            Evidence(documentID: longText, kind: .photo, date: lastDay),
            Evidence(documentID: "", kind: .other),
        ]
        return [
            Organisation(
                id: "org \"x\\ 😀", name: longText + awkwardText, legalForm: .zadruga, socialEnterprise: true,
                registrationNumber: RegistrationNumber.make(base6: 999_999, unit: "999"),
                taxNumber: TaxNumber.make(base7: 9_999_999), municipality: Municipality.Code(70),
                stage: .mature
            ).record,
            Person(
                id: "p-extreme", gender: .undisclosed, birthDate: firstDay, isced: 8,
                migrantOrMinority: .refused, disability: .refused, otherDisadvantaged: .refused,
                homeless: true,
                rural: false, targetGroups: operation.targetGroups.map(\.id),
                organisation: "org \"x\\ 😀",
                consent: Consent(givenOn: firstDay, withdrawnOn: lastDay), detailsErasedOn: nil
            ).record,
            Person(
                id: "p-last", birthDate: lastDay, entryDate: lastDay,
                consent: Consent(givenOn: lastDay), detailsErasedOn: lastDay
            ).record,
            PersonalDetails(
                person: "p-extreme", givenName: awkwardText, familyName: longText, email: awkwardText,
                phone: "+386 \t 😀"
            ).record,
            InfoPoint(
                id: "ip-extreme", name: awkwardText, municipality: Municipality.Code(96),
                hostPartner: partners[0],
                openedOn: firstDay, closedOn: lastDay
            ).record,
            Activity(
                id: "a-extreme", kind: "kind with spaces 😀", title: longText, pillar: 1, partners: partners,
                infoPoint: "ip-extreme", municipality: Municipality.Code(70), startDate: firstDay,
                endDate: lastDay,
                status: .planned, details: extremeDetails
            ).record,
            Activity(
                id: "a-array", kind: "x", title: "", startDate: lastDay, status: .cancelled,
                details: nested(JSONValue.maximumDepth, innermost: .number("-0.0"))
            ).record,
            Participation(
                id: "pa-extreme", activity: "a-extreme", person: "p-extreme", organisation: "org \"x\\ 😀",
                role: ParticipationRole(rawValue: awkwardText), status: .registered,
                hours: Quantity.validRange.upperBound,
                completed: true, evidence: evidence
            ).record,
            Participation(
                id: "pa-small", activity: "a-array", organisation: "org \"x\\ 😀", status: .cancelled,
                hours: Quantity(hundredths: 1)
            ).record,
            Job(
                id: "j-extreme", organisation: "org \"x\\ 😀", person: "p-last", kind: .retained,
                startDate: lastDay,
                fte: Quantity(hundredths: 1), evidence: evidence
            ).record,
            Product(
                id: "pr-extreme", organisation: "org \"x\\ 😀", name: awkwardText, kind: .product,
                stage: longText,
                supportedOn: firstDay, evidence: evidence
            ).record,
            DevelopmentPlan(
                id: "dp-extreme", organisation: "org \"x\\ 😀", partner: partners[partners.count - 1],
                diagnosedOn: firstDay, planAdoptedOn: lastDay, evidence: evidence
            ).record,
            SupportProgramme(
                id: "sp-extreme", title: awkwardText, approvedOn: lastDay,
                materials: ["", awkwardText, longText], evidence: evidence
            ).record,
            Milestone(
                id: "m-extreme", output: operation.outputs[operation.outputs.count - 1].id, title: longText,
                achievedOn: firstDay, evidence: evidence
            ).record,
        ]
    }

    /// ``extremeValues`` with every record changed and still at the limits.
    public static var extremeValuesUpdated: [EntityRecord] {
        extremeValues.map { record in
            switch record {
            case .organisation(var o):
                o.name = awkwardText
                return o.record
            case .person(var p):
                p.isced = 0
                return p.record
            case .personalDetails(var d):
                d.phone = nil
                return d.record
            case .infoPoint(var i):
                i.name += "!"
                return i.record
            case .activity(var a):
                if case .object(var members) = a.details {
                    members["updated"] = .number("1.000")
                    a.details = .object(members)
                } else {
                    a.details = nested(JSONValue.maximumDepth, innermost: .number("1e-400"))
                }
                a.title += "!"
                return a.record
            case .participation(var p):
                p.hours = p.hours.map { Quantity(hundredths: $0.hundredths - 1) }
                p.status = .noShow
                return p.record
            case .job(var j):
                j.fte = 1
                return j.record
            case .product(var p):
                p.stage = nil
                return p.record
            case .developmentPlan(var d):
                d.evidence = []
                return d.record
            case .supportProgramme(var s):
                s.materials.reverse()
                return s.record
            case .milestone(var m):
                m.title = awkwardText
                return m.record
            case .budgetLine, .costItem, .paymentClaim, .paymentClaimItem:
                return record
            }
        }
    }

    /// Records one step beyond a limit each, with the field the refusal must name. None refers to
    /// another record, so each would be accepted but for its one value.
    public static var beyondTheLimits: [(EntityRecord, String)] {
        let tooLong = String(repeating: "1", count: JSONValue.maximumNumberLength + 1)
        func activity(_ id: String, _ details: JSONValue, title: String = "T") -> EntityRecord {
            Activity(
                id: .init(id), kind: "x", title: title, startDate: lastDay, status: .planned, details: details
            )
            .record
        }
        return [
            (
                activity("a-deep", nested(JSONValue.maximumDepth + 1)),
                "details" + String(repeating: "[0].k", count: 32)
            ),
            (activity("a-long", .object(["n": .number(tooLong)])), "details.n"),
            (activity("a-plus", .array([.number("+1")])), "details[0]"),
            (activity("a-nan", .array([.number("NaN")])), "details[0]"),
            (activity("a-nul", .object(["s": .string("\u{0}")])), "details.s"),
            (activity("a-title", .emptyObject, title: "\u{1B}[31mred"), "title"),
            (Organisation(id: "org-nul", name: "\u{0}", legalForm: .zadruga).record, "name"),
            (
                Person(id: "p-day", birthDate: Day(daysSinceEpoch: lastDay.daysSinceEpoch + 1)).record,
                "birth_date"
            ),
            (
                Person(
                    id: "p-early", consent: Consent(givenOn: Day(daysSinceEpoch: firstDay.daysSinceEpoch - 1))
                ).record, "consent.given_on"
            ),
            (
                Milestone(
                    id: "m-bell", output: operation.outputs[0].id, title: "M",
                    evidence: [Evidence(documentID: "\u{7}", kind: .other)]
                ).record, "evidence[0].document_id"
            ),
            (
                Participation(
                    id: "pa-hours", activity: "a-extreme",
                    hours: Quantity(hundredths: Quantity.validRange.upperBound.hundredths + 1)
                ).record, "hours"
            ),
        ]
    }
}
