import Foundation
import Testing

@testable import SocioLabKit

/// The JSON dataset document keeps numbers as written and refuses, with the line, the column and the JSON
/// path, what the store could not keep (issue 12, items 1, 6, 7 and 11).
struct DatasetDocumentStrictTests {
    /// A document whose entity lists start on line 4.
    static func document(_ lists: String) -> String {
        "{\n\"format\": \"sociolab-dataset\",\n\"version\": 1,\n" + lists + "\n}\n"
    }

    /// An activity object with the given details text.
    static func activity(_ id: String = "a1", details: String) -> String {
        #"{"id": "\#(id)", "kind": "hackathon", "title": "T", "start_date": "2019-10-03", "status": "held", "details": \#(details)}"#
    }

    /// The errors of a document that must be refused.
    static func errors(_ text: String) -> [SocioLabError] {
        do {
            _ = try DatasetDocument.decode(Data(text.utf8), file: "d.json")
            return []
        } catch { return error.errors }
    }

    @Test func detailsNumbersSurviveImportAndExportByteForByte() throws {
        let details = #"{"big": 12345678901234567890, "e": 2E+5, "neg": -0.0, "one": 1.0, "tiny": 1e-400}"#
        let text = Self.document(#""activities": ["# + Self.activity(details: details) + "]")
        let document = try DatasetDocument.decode(Data(text.utf8), file: "d.json")
        guard case .activity(let activity) = try #require(document.batch.records.first) else {
            Issue.record("expected an activity")
            return
        }
        #expect(activity.details["big"] == .number("12345678901234567890"))
        #expect(activity.details["one"] == .number("1.0"))
        #expect(activity.details["tiny"] == .number("1e-400"))
        #expect(activity.details["neg"] == .number("-0.0"))
        let dataset = Dataset(operation: .socioLabPodravje, records: document.batch.records)
        let exported = DatasetDocument.encode(dataset)
        let exportedText = String(decoding: exported, as: UTF8.self)
        for line in [
            #""big" : 12345678901234567890"#, #""e" : 2E+5"#, #""neg" : -0.0"#, #""one" : 1.0"#,
            #""tiny" : 1e-400"#,
        ] {
            #expect(exportedText.contains(line), "\(line)")
        }
        let again = try DatasetDocument.decode(exported)
        #expect(again.batch.records == document.batch.records)
        #expect(
            DatasetDocument.encode(Dataset(operation: .socioLabPodravje, records: again.batch.records))
                == exported)
    }

    @Test func theExportIsPrettyPrintedWithEmptyListsOnOneLine() throws {
        let text = String(
            decoding: DatasetDocument.encode(Dataset(operation: .socioLabPodravje)), as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"activities\" : [],\n  \"development_plans\" : [],\n"))
        #expect(text.hasSuffix("  \"support_programmes\" : [],\n  \"version\" : 1\n}\n"))
        #expect(text.contains("\n  \"operation\" : {\n    \""))
    }

    @Test func aKeyTwiceIsRefusedAtTheSecondKeyWithItsPath() throws {
        let text = Self.document(
            "\"activities\": [\n" + Self.activity(details: "{\"hours\": 8,\n  \"hours\": 9}") + "\n]")
        let errors = Self.errors(text)
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.code == .importBadDocument)
        #expect(error.location.file == "d.json")
        #expect(error.location.line == 6)
        #expect(error.location.column == 3)
        #expect(error.location.field == "activities[0].details.hours")
        #expect(error.message.contains("\"hours\" appears twice"))
        #expect(error.description.hasPrefix("d.json:6:3:activities[0].details.hours: "))
    }

    @Test func aKeyTwiceInAnEntityIsRefusedToo() throws {
        let error = try #require(Self.errors(Self.document(#""persons": [{"id": "p1", "id": "p2"}]"#)).first)
        #expect(error.location.line == 4)
        #expect(error.location.column == 26)
        #expect(error.location.field == "persons[0].id")
    }

    @Test(arguments: [
        ("\\u0000Ana", "U+0000"), ("Ana\\u001b[2J", "U+001B"), ("\\u0007", "U+0007"),
    ])
    func controlCharactersInTextsAreRefused(_ escaped: String, _ shown: String) throws {
        let text = Self.document(
            "\"personal_details\": [\n  {\"id\": \"p1\", \"given_name\": \"\(escaped)\"}],\n"
                + "\"persons\": [{\"id\": \"p1\"}]")
        let error = try #require(Self.errors(text).first)
        #expect(error.code == .importBadDocument)
        #expect(error.location.line == 5)
        #expect(error.location.column == 30)
        #expect(error.location.field == "personal_details[0].given_name")
        #expect(error.message.contains(shown))
    }

    @Test func controlCharactersInDetailsAndEvidenceAreRefused() throws {
        let text = Self.document(
            #""activities": ["# + Self.activity(details: #"{"note": "\u0000"}"#) + "],\n"
                + #""milestones": [{"id": "m1", "output": "OUT-01", "title": "M", "evidence": [{"document_id": "x\u0001", "kind": "report"}]}]"#
        )
        let errors = Self.errors(text)
        #expect(
            errors.map(\.location.field) == [
                "activities[0].details.note", "milestones[0].evidence[0].document_id",
            ])
        #expect(errors.map(\.location.line) == [4, 5])
    }

    @Test func tabsAndLineBreaksInTextsAreKept() throws {
        let text = Self.document(
            #""organisations": [{"id": "o1", "name": "A\tB\r\nC", "legal_form": "zadruga", "social_enterprise": false}]"#
        )
        let document = try DatasetDocument.decode(Data(text.utf8))
        #expect(document.batch.records.count == 1)
    }

    @Test func detailsNestedToTheLimitAreKeptAndOneLevelMoreIsRefused() throws {
        let fits = Self.document(
            #""activities": ["# + Self.activity(details: JSONStrictTextTests.nested(JSONValue.maximumDepth))
                + "]")
        #expect(try DatasetDocument.decode(Data(fits.utf8)).batch.records.count == 1)
        let deep = Self.document(
            #""activities": ["#
                + Self.activity(details: JSONStrictTextTests.nested(JSONValue.maximumDepth + 1)) + "]")
        let error = try #require(Self.errors(deep).first)
        #expect(error.code == .importBadDocument)
        #expect(error.location.line == 4)
        #expect(error.location.field?.hasPrefix("activities[0].details[0].a[0]") == true)
        #expect(error.message.contains("more than \(JSONValue.maximumDepth) levels"))
    }

    static let longNumber = "123456789012345678901234567890"

    @Test(arguments: [
        (
            "participations",
            #"{"id": "x", "activity": "a", "role": "participant", "status": "attended", "hours": N}"#, "hours"
        ),
        (
            "jobs",
            #"{"id": "x", "organisation": "o", "kind": "created", "start_date": "2020-01-01", "fte": N}"#,
            "fte"
        ),
        ("persons", #"{"id": "x", "isced": N}"#, "isced"),
        (
            "activities",
            #"{"id": "x", "kind": "k", "title": "T", "start_date": "2019-10-03", "status": "held", "pillar": N}"#,
            "pillar"
        ),
        (
            "participations",
            #"{"id": "x", "activity": "a", "role": "participant", "status": "attended", "hours": -N.5}"#,
            "hours"
        ),
    ])
    func longNumbersInNumericFieldsAreRefusedWithTheirPlace(_ list: String, _ object: String, _ field: String)
        throws
    {
        let text = Self.document(
            "\"\(list)\": [\n" + object.replacingOccurrences(of: "N", with: Self.longNumber) + "]")
        let errors = Self.errors(text)
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.code == .importBadDocument)
        #expect(error.location.line == 5)
        // The number starts at its sign or first digit (the object is ASCII).
        let start = object.range(of: object.contains("-N") ? "-N" : "N")!.lowerBound
        #expect(error.location.column == object.distance(from: object.startIndex, to: start) + 1)
        #expect(error.location.field == "\(list)[0].\(field)")
    }

    @Test(arguments: ["123456789012345.6", "1000000000", "-1000000000"])
    func quantitiesBeyondTheRangeAreRefused(_ hours: String) throws {
        let text = Self.document(
            #""participations": [{"id": "x", "activity": "a", "role": "participant", "status": "attended", "hours": \#(hours)}]"#
        )
        let error = try #require(Self.errors(text).first)
        #expect(error.location.field == "participations[0].hours")
        #expect(error.location.line == 4)
        #expect(error.message.contains("999999999.99"))
    }

    @Test func theLargestQuantityIsKept() throws {
        let text = Self.document(
            #""participations": [{"id": "x", "activity": "a", "role": "participant", "status": "attended", "hours": 999999999.99}]"#
        )
        guard
            case .participation(let p) = try #require(
                try DatasetDocument.decode(Data(text.utf8)).batch.records.first)
        else { return }
        #expect(p.hours == Quantity.validRange.upperBound)
    }

    @Test func aHugeVersionIsTooNewAtItsPlace() throws {
        let text = "{\n\"format\": \"sociolab-dataset\",\n\"version\": 99999999999999999999\n}\n"
        let error = try #require(Self.errors(text).first)
        #expect(error.code == .importDocumentTooNew)
        #expect(error.location.line == 3)
        #expect(error.location.column == 12)
        #expect(error.message.contains("99999999999999999999"))
    }

    @Test func aSyntaxErrorIsPlacedAndNamed() throws {
        let text = Self.document("\"persons\": [\n  {\"id\": \"p1\",}\n]")
        let error = try #require(Self.errors(text).first)
        #expect(error.code == .importBadDocument)
        #expect(error.location.line == 5)
        // At the trailing comma, which is what to remove (issue 20).
        #expect(error.location.column == 14)
        #expect(error.location.field == "persons[0]")
        #expect(
            error.message.hasPrefix("The file is not valid JSON: a comma stands before '}' with no value"))
    }

    @Test func aMissingKeyIsPlacedAtItsObject() throws {
        let text = Self.document("\"persons\": [\n  {\"gender\": \"female\"}\n]")
        let error = try #require(Self.errors(text).first)
        #expect(error.location.line == 5)
        #expect(error.location.column == 3)
        #expect(error.location.field == "persons[0].id")
    }

    @Test func aByteOrderMarkIsSkipped() throws {
        let text = "\u{FEFF}" + Self.document(#""persons": [{"id": "p1"}]"#)
        #expect(try DatasetDocument.decode(Data(text.utf8)).batch.records.count == 1)
    }
}
