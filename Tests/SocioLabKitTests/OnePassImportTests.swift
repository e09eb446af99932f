import Foundation
import Testing

@testable import SocioLabKit

/// Issue 14, "every mistake in one pass": a row of the wrong length no longer ends the reading of its
/// file, rows short of optional cells are a warning, the rows that read are kept for the data checks, and
/// the counts of a batch are those of the dataset it gives.
struct OnePassImportTests {
    static let header = "id,name,legal_form,municipality\n"

    /// The failure of reading `files`, or `nil` when they read.
    static func failure(_ files: [(String, String)], partCount: Int? = nil) -> ImportFailure? {
        do {
            _ = try CSVImport.read(
                files.map { CSVSource(name: $0.0, data: Data($0.1.utf8)) }, options: .init(),
                partCount: partCount)
            return nil
        } catch { return error }
    }

    static func places(_ errors: [SocioLabError]) -> [String] {
        errors.map { "\($0.location.line ?? 0):\($0.location.field ?? "-") \($0.code)" }
    }

    @Test("A row with an extra value is skipped and every later row is still read", arguments: [nil, 3])
    func extraFieldsDoNotStopTheFile(partCount: Int?) throws {
        let text =
            Self.header + "o1,Sonce,zadruga,Ptuj,extra\n" + "o2,Luna,zadruga,Atlantida\n"
            + "o3,Zvezda,zadruga,Ptuj\n" + "o4,Mars,nobena,Ptuj\n"
        let failure = try #require(Self.failure([("organisations.csv", text)], partCount: partCount))
        #expect(
            Self.places(failure.errors) == [
                "2:- csv.field-count", "3:municipality import.unknown-code",
                "5:legal_form import.unknown-code",
            ])
        let partial = try #require(failure.partial)
        #expect(partial.records.map(\.reference.id) == ["o3"])
        #expect(failure.skipped[EntityReference(.organisation, "o1")]?.line == 2)
        #expect(failure.skipped[EntityReference(.organisation, "o2")]?.line == 3)
    }

    @Test("A row short of a required cell is an error that names it; the rows after it are read")
    func shortOfARequiredCell() throws {
        let text = Self.header + "o1,Sonce\n" + "o2,Luna,zadruga,Atlantida\n"
        let failure = try #require(Self.failure([("organisations.csv", text)]))
        #expect(
            Self.places(failure.errors) == [
                "2:legal_form csv.field-count", "3:municipality import.unknown-code",
            ])
        #expect(failure.errors[0].message.contains("legal_form must be filled"))
        #expect(failure.skipped[EntityReference(.organisation, "o1")] != nil)
    }

    @Test("A row short of optional trailing cells is read with them empty, and a warning says so")
    func shortOfOptionalCells() throws {
        let batch = try CSVImport.read(
            Data((Self.header + "o1,Sonce,zadruga\n" + "o2,Luna,zadruga,Ptuj\n").utf8),
            file: "organisations.csv")
        #expect(batch.count == 2)
        #expect(batch.warnings.map(\.code) == [.csvShortRow])
        #expect(batch.warnings.first?.location.line == 2)
        #expect(batch.warnings.first?.location.field == "municipality")
    }

    @Test("Text after a closing quote spoils its own line only")
    func textAfterAQuoteIsOneLine() throws {
        let text = Self.header + "o1,\"Sonce\"x,zadruga,Ptuj\n" + "o2,Luna,zadruga,Atlantida\n"
        let failure = try #require(Self.failure([("organisations.csv", text)]))
        #expect(
            Self.places(failure.errors) == [
                "2:name csv.text-after-quote", "3:municipality import.unknown-code",
            ])
    }

    @Test("An unterminated quote still ends the reading of its file, not of the others")
    func unterminatedQuoteEndsItsFileOnly() throws {
        let failure = try #require(
            Self.failure([
                ("organisations.csv", Self.header + "o1,\"Sonce,zadruga,Ptuj\n" + "o2,Luna,zadruga,Ptuj\n"),
                ("persons.csv", "id,birth_date\np1,1990-13-01\n"),
            ]))
        #expect(failure.errors.map(\.code) == [.csvUnterminatedQuote, .invalidValue])
    }

    @Test("A person whose personal-detail cells are all empty counts once, as the dataset counts it")
    func emptyDetailsAreNotCounted() throws {
        let text = "id,given_name,family_name,gender\np1,,,f\np2,Ana,Novak,f\n"
        let batch = try CSVImport.read(Data(text.utf8), file: "persons.csv")
        #expect(batch.count == 3)
        #expect(batch.counts[.personalDetails] == 1)
        let empty = Dataset(operation: .socioLabPodravje)
        let changes = batch.changes(against: empty)
        #expect(changes.count == batch.count)
        let dataset = try ExchangeFixtures.applying(changes, to: empty)
        #expect(dataset.totalCount == batch.count)
    }

    @Test("details_erased_on goes through CSV and back; an import sets it but never clears it")
    func erasureMarkRoundTrip() throws {
        let erased = ExchangeFixtures.day(2021, 3, 4)
        let person = Person(id: "p1", gender: .female, detailsErasedOn: erased)
        let dataset = Dataset(operation: .socioLabPodravje, records: [person.record])
        let file = try CSVExport.file(.persons, for: dataset)
        let batch = try CSVImport.read(file.data, file: "persons.csv")
        let empty = Dataset(operation: .socioLabPodravje)
        let back = try ExchangeFixtures.applying(batch.changes(against: empty), to: empty)
        #expect(back.persons["p1"]?.detailsErasedOn == erased)

        let cleared = try CSVImport.read(
            Data("id,gender,details_erased_on\np1,f,\n".utf8), file: "persons.csv")
        #expect(cleared.changes(against: back).isEmpty)
        let unmarked = Dataset(
            operation: .socioLabPodravje, records: [Person(id: "p1", gender: .female).record])
        let changes = batch.changes(against: unmarked)
        guard case .update(.person(let updated)) = changes.first else {
            Issue.record("expected an update of p1, got \(changes)")
            return
        }
        #expect(updated.detailsErasedOn == erased)
    }
}
