import Foundation
import Testing

@testable import SocioLabKit

struct ExchangeErrorsTests {
    private func errors(_ files: [(String, String)]) -> [SocioLabError] { ExchangeFixtures.errors(files) }

    /// The single error of a one-row file, as `FILE:LINE:COLUMN`.
    private func place(_ error: SocioLabError?) -> String {
        guard let error else { return "none" }
        return "\(error.location.file ?? "-"):\(error.location.line ?? 0):\(error.location.field ?? "-")"
    }

    struct Case: CustomStringConvertible, Sendable {
        var file: String
        var text: String
        var code: SocioLabError.Code
        var place: String
        var says: String
        var description: String { "\(file) \(code)" }
    }

    static let cases: [Case] = [
        Case(
            file: "persons.csv", text: "id,birth_date\np1,1990-02-30\n", code: .invalidValue,
            place: "persons.csv:2:birth_date", says: "YYYY-MM-DD"),
        Case(
            file: "persons.csv", text: "id,emso\np1,\(ExchangeFixtures.emsoWithWrongCheckDigit)\n",
            code: .identifierCheckDigit,
            place: "persons.csv:2:emso", says: "EMŠO"),
        Case(
            file: "persons.csv", text: "id,municipality\np1,Atlantida\n", code: .importUnknownCode,
            place: "persons.csv:2:municipality", says: "statistical code"),
        Case(
            file: "persons.csv", text: "id,gender\np1,female-ish\n", code: .importUnknownCode,
            place: "persons.csv:2:gender", says: "f, m, x or u"),
        Case(
            file: "persons.csv", text: "id,employment_status\np1,retired\n", code: .importUnknownCode,
            place: "persons.csv:2:employment_status", says: "long_term_unemployed"),
        Case(
            file: "persons.csv", text: "id,isced\np1,9\n", code: .invalidValue, place: "persons.csv:2:isced",
            says: "0 to 8"),
        Case(
            file: "persons.csv", text: "id,target_groups\np1,young;aliens\n", code: .importUnknownCode,
            place: "persons.csv:2:target_groups", says: "'aliens'"),
        Case(
            file: "activities.csv",
            text: "id,kind,title,start_date,status,details\na1,fair,F,2019-10-03,held,{hours: 8}\n",
            code: .invalidValue, place: "activities.csv:2:details", says: "JSON"),
        Case(
            file: "activities.csv", text: "id,kind,title,start_date,status\na1,fair,F,2019-10-03,done\n",
            code: .importUnknownCode, place: "activities.csv:2:status", says: "planned, held or cancelled"),
        Case(
            file: "activities.csv",
            text: "id,kind,title,start_date,status,partners\na1,fair,F,2019-10-03,held,nobody\n",
            code: .importUnknownCode, place: "activities.csv:2:partners", says: "prizma"),
        Case(
            file: "activities.csv", text: "id,kind,title,start_date,status\na1,fair,,2019-10-03,held\n",
            code: .importMissingValue, place: "activities.csv:2:title", says: "empty"),
        Case(
            file: "participations.csv", text: "id,activity_id,status\nx1,a1,present\n",
            code: .importUnknownCode,
            place: "participations.csv:2:status", says: "registered, attended, no_show or cancelled"),
        Case(
            file: "participations.csv", text: "id,activity_id,status,hours\nx1,a1,attended,1.255\n",
            code: .invalidValue, place: "participations.csv:2:hours", says: "two decimals"),
        Case(
            file: "organisations.csv", text: "id,name,legal_form\no1,X,corporation\n",
            code: .importUnknownCode,
            place: "organisations.csv:2:legal_form", says: "javni_zavod"),
        Case(
            file: "organisations.csv", text: "id,name,legal_form,tax_number\no1,X,doo,12345678\n",
            code: .identifierCheckDigit, place: "organisations.csv:2:tax_number", says: "tax number"),
        Case(
            file: "milestones.csv", text: "id,output,title\nm1,OUT-99,M\n", code: .importUnknownCode,
            place: "milestones.csv:2:output", says: "OUT-01"),
        Case(
            file: "persons.csv", text: "id,gender\np1,f\np1,m\n", code: .importDuplicateID,
            place: "persons.csv:3:id", says: "line 2"),
        Case(
            file: "persons.csv", text: "name,gender\nAna,f\n", code: .importMissingColumn,
            place: "persons.csv:1:id",
            says: "needs id"),
        Case(
            file: "persons.csv", text: "\n\r\nnickname,age\nAna,30\n", code: .importMissingColumn,
            place: "persons.csv:3:id", says: "none of the columns"),
        Case(
            file: "jobs.csv", text: "id,organisation_id,kind,start_date\nj1,o1,created,2020-01-01\n",
            code: .importMissingColumn, place: "jobs.csv:1:fte", says: "lacks the column fte"),
        Case(
            file: "people.csv", text: "id\np1\n", code: .importUnknownTable, place: "people.csv:0:-",
            says: "persons.csv"),
        Case(
            file: "persons.csv", text: "id,gender\np1,\"f\n", code: .csvUnterminatedQuote,
            place: "persons.csv:2:gender", says: "closing quote"),
        Case(
            file: "persons.csv", text: "id,gender\np1,f\n\u{FEFF}id,gender\n", code: .csvBOMInMiddle,
            place: "persons.csv:3:-", says: "byte order mark"),
        Case(
            file: "persons.csv", text: "id,gender\np1,\u{FFFD}\n", code: .csvBadEncoding,
            place: "persons.csv:2:-", says: "encoding"),
    ]

    @Test(arguments: cases)
    func errorIsLocatedAndSaysWhatToDo(_ c: Case) {
        let found = errors([(c.file, c.text)])
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.code == c.code)
        #expect(place(found.first) == c.place)
        #expect(found.first?.message.contains(c.says) == true, "\(found.first?.message ?? "")")
    }

    @Test func descriptionIsFileLineColumnMessage() {
        let found = errors([("persons.csv", "id,birth_date\np1,yesterday\n")])
        #expect(
            found.first?.description.hasPrefix("persons.csv:2:birth_date: 'yesterday' is not a date") == true)
    }

    @Test func emsoErrorUsesTheIdentifierMessageAndHidesTheNumber() throws {
        let wrong = ExchangeFixtures.emsoWithWrongCheckDigit
        let found = errors([("persons.csv", "id,emso\np1,\(wrong)\n")])
        var expected: String?
        do { _ = try EMSO(wrong) } catch { expected = error.message }
        #expect(expected != nil)
        #expect(found.first?.message == expected)
    }

    @Test func everyErrorOfEveryFileIsReported() {
        let found = errors([
            (
                "persons.csv",
                "id,gender,birth_date,municipality\np1,q,1990-13-01,Nowhere\np2,f,,\np3,z,,\np2,m,,\n"
            ),
            ("participations.csv", "id,activity_id,status\nx1,,attended\nx2,a1,gone\n"),
            ("nonsense.csv", "id\n1\n"),
            ("activities.csv", "id,kind,title,start_date,status\na1,fair,\"Sejem\n"),
        ])
        #expect(
            found.map(place) == [
                "persons.csv:2:gender", "persons.csv:2:birth_date", "persons.csv:2:municipality",
                "persons.csv:5:id",
                "participations.csv:2:activity_id", "participations.csv:3:status", "nonsense.csv:0:-",
                "activities.csv:2:title",
            ])
    }

    @Test func duplicateIDAcrossTwoFilesNamesTheOtherFile() {
        let found = errors([
            ("persons-b.csv", "id,gender\np1,f\n"), ("persons-a.csv", "id,gender\np2,m\np1,f\n"),
        ])
        #expect(found.map(\.code) == [.importDuplicateID])
        #expect(place(found.first) == "persons-b.csv:2:id")
        #expect(found.first?.message.contains("line 3 of persons-a.csv") == true)
    }

    @Test func withoutAnOperationCodesAreNotChecked() {
        let found = ExchangeFixtures.errors(
            [
                (
                    "activities.csv",
                    "id,kind,title,start_date,status,partners\na1,fair,F,2019-10-03,held,anyone\n"
                )
            ],
            operation: nil)
        #expect(found.isEmpty)
    }

    @Test func emptyFileIsACodecError() {
        let found = errors([("persons.csv", "\n\n")])
        #expect(found.map(\.code) == [.csvEmpty])
    }

    @Test func headerOnlyFileIsFineButItsHeaderIsChecked() throws {
        #expect(try ExchangeFixtures.importCSV([("persons.csv", "id,gender\n")]).persons.count == 0)
        #expect(errors([("persons.csv", "gender\n")]).map(\.code) == [.importMissingColumn])
    }

    @Test func binaryFileIsRefused() {
        let found = ExchangeFixtures.errors([("persons.csv", "PK\u{3}\u{4}\u{0}\u{0}binary")])
        #expect(found.map(\.code) == [.csvBinary])
    }
}
