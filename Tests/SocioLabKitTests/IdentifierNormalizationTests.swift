import Foundation
import Testing

@testable import SocioLabKit

/// Identifiers that differ only in Unicode normalisation are one identifier, kept in Normalization Form C
/// wherever they enter (issue 12, item 9).
struct IdentifierNormalizationTests {
    /// `o-é` with the precomposed U+00E9.
    static let composed = "o-\u{E9}"
    /// `o-é` as `e` and the combining acute accent U+0301.
    static let decomposed = "o-e\u{301}"

    @Test func bothSpellingsMakeTheSameIdentifierWithComposedBytes() throws {
        #expect(Array(Self.composed.utf8) != Array(Self.decomposed.utf8))
        let ids: [Organisation.ID] = [
            Organisation.ID(Self.composed), Organisation.ID(Self.decomposed), "o-e\u{301}",
            try JSONDecoder().decode(Organisation.ID.self, from: Data("\"o-e\\u0301\"".utf8)),
            try JSONValue.string(Self.decomposed).decode(Organisation.ID.self),
        ]
        for id in ids {
            #expect(id == Organisation.ID(Self.composed))
            #expect(Array(id.rawValue.utf8) == Array(Self.composed.utf8))
        }
        #expect(Array(EntityReference(.organisation, Self.decomposed).id.utf8) == Array(Self.composed.utf8))
        // Hangul and a letter with two accents: the canonical composition, not just the first mark.
        #expect(Array(Person.ID("\u{1112}\u{1161}\u{11AB}").rawValue.unicodeScalars) == ["\u{D55C}"])
        #expect(Array(Person.ID("o\u{31B}\u{323}").rawValue.unicodeScalars) == ["\u{1EE3}"])
        #expect(Person.ID("p-0042").rawValue == "p-0042")
    }

    @Test func anUpdateWithTheDecomposedSpellingChangesTheStoredEntity() async throws {
        let store = RecordingStore(CoreFixtures.dataset)
        let workspace = try await Workspace(store: store, clock: WorkspaceTests.clock)
        let composed = Organisation(id: .init(Self.composed), name: "Sonce", legalForm: .zavod)
        try await workspace.apply([.insert(composed.record)], author: "ana", reason: "new")
        let decomposed = Organisation(id: .init(Self.decomposed), name: "Sonce in luna", legalForm: .zavod)
        try await workspace.apply([.update(decomposed.record)], author: "ana", reason: "renamed")

        let dataset = await workspace.dataset
        #expect(dataset.organisations.count == 2)
        let stored = try #require(dataset.organisations[.init(Self.composed)])
        #expect(stored.name == "Sonce in luna")
        #expect(Array(stored.id.rawValue.utf8) == Array(Self.composed.utf8))
        #expect(
            store.appended.flatMap(\.records).allSatisfy {
                Array($0.reference.id.utf8) == Array(Self.composed.utf8)
            })
        let history = try await workspace.history(of: EntityReference(.organisation, Self.decomposed))
        #expect(history.count == 2)
    }

    @Test func aCSVImportOfTheOtherSpellingUpdatesTheEntity() throws {
        let first = try ExchangeFixtures.importCSV([
            ("organisations.csv", "id,name,legal_form\n\(Self.composed),Sonce,zavod\n")
        ])
        let batch = try CSVImport.read(
            Data("id,name,legal_form\n\(Self.decomposed),Sonce in luna,zavod\n".utf8),
            file: "organisations.csv")
        let changes = ImportPlanner.changes(for: batch, against: first)
        #expect(changes.count == 1)
        guard case .update(let record) = changes.first else {
            Issue.record("expected an update: \(changes)")
            return
        }
        #expect(Array(record.reference.id.utf8) == Array(Self.composed.utf8))
        let second = try ExchangeFixtures.applying(changes, to: first)
        #expect(second.organisations.count == 1)
        #expect(second.organisations[.init(Self.composed)]?.name == "Sonce in luna")
    }

    @Test func bothSpellingsInOneFileAreADuplicateID() {
        let errors = ExchangeFixtures.errors([
            (
                "organisations.csv",
                "id,name,legal_form\n\(Self.composed),Sonce,zavod\n\(Self.decomposed),Luna,zavod\n"
            )
        ])
        #expect(errors.map(\.code) == [.importDuplicateID])
        #expect(errors.first?.location.line == 3)
    }

    @Test func referencesAndCodesInCSVAreNormalisedToo() throws {
        let dataset = try ExchangeFixtures.importCSV([
            ("organisations.csv", "id,name,legal_form\n\(Self.composed),Sonce,zavod\n"),
            ("persons.csv", "id,gender,organisation_id\np-\u{17E},\u{17E},\(Self.decomposed)\n"),
            (
                "participations.csv",
                "id,activity_id,person_id,organisation_id,status\nx1,a1,p-z\u{30C},\(Self.decomposed),attended\n"
            ),
            (
                "activities.csv",
                "id,kind,title,partners,start_date,status\na1,training,T,prizma,2019-10-03,held\n"
            ),
        ])
        let person = try #require(dataset.persons["p-\u{17E}"])
        #expect(person.gender == .female)
        #expect(Array(person.organisation?.rawValue.utf8 ?? "".utf8) == Array(Self.composed.utf8))
        let participation = try #require(dataset.participations["x1"])
        #expect(Array(participation.person?.rawValue.utf8 ?? "".utf8) == Array("p-\u{17E}".utf8))
        #expect(Array(participation.organisation?.rawValue.utf8 ?? "".utf8) == Array(Self.composed.utf8))
    }

    @Test func aJSONDocumentIsNormalised() throws {
        let document = """
            {"format": "sociolab-dataset", "version": 1,
             "organisations": [{"id": "o-e\\u0301", "name": "Sonce", "legal_form": "zavod",
                                "social_enterprise": false}],
             "persons": [{"id": "p1", "gender": "female", "organisation": "o-\\u00e9"}]}
            """
        let decoded = try DatasetDocument.decode(Data(document.utf8))
        let ids = decoded.batch.records.flatMap { [$0.reference] + $0.references }.map(\.id)
        #expect(ids.filter { $0.utf8.elementsEqual(Self.composed.utf8) }.count == 2, "\(ids)")
        #expect(ids.allSatisfy { !$0.utf8.elementsEqual(Self.decomposed.utf8) }, "\(ids)")
    }
}
