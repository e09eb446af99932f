import Foundation
import Testing

@testable import SocioLabKit

/// A CSV `details` cell is read as strictly as the store reads it: numbers kept as written, and what the
/// store could not keep refused at the file, line and column (issue 12, items 1, 7 and 11).
struct CSVDetailsCellTests {
    /// `activities.csv` with one activity whose details cell holds `details`.
    static func file(_ details: String) -> [(String, String)] {
        let cell = "\"" + details.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        return [
            (
                "activities.csv",
                "id,kind,title,start_date,status,details\na1,hackathon,T,2019-10-03,held,\(cell)\n"
            )
        ]
    }

    static func details(_ details: String) throws -> JSONValue? {
        let dataset = try ExchangeFixtures.importCSV(file(details))
        return dataset.activities["a1"]?.details
    }

    @Test func numbersAreKeptAsWritten() throws {
        let details = try Self.details(
            #"{"big": 12345678901234567890, "one": 1.0, "tiny": 1e-400, "neg": -0.0}"#)
        #expect(details?["big"] == .number("12345678901234567890"))
        #expect(details?["one"] == .number("1.0"))
        #expect(details?["tiny"] == .number("1e-400"))
        #expect(details?["neg"] == .number("-0.0"))
    }

    @Test func detailsNestedToTheLimitAreKept() throws {
        let text = JSONStrictTextTests.nested(JSONValue.maximumDepth)
        #expect(try Self.details(text) == (try JSONValue(parsing: text)))
    }

    @Test(arguments: [
        (#"{"hours": 8, "hours": 9}"#, "\"hours\" appears twice", "column 14 (hours)"),
        (
            JSONStrictTextTests.nested(JSONValue.maximumDepth + 1), "more than 64 levels deep",
            "line 1, column"
        ),
        (#"{"note": "\u0000"}"#, "control character U+0000", "column 10 (note)"),
        ("[" + String(repeating: "1", count: 65) + "]", "longer than 64 characters", "column 2 ([0])"),
        (#"{"n": 01}"#, "superfluous zero", "column 7"),
    ])
    func whatTheStoreCouldNotKeepIsRefusedAtItsCell(_ details: String, _ reason: String, _ place: String) {
        let errors = ExchangeFixtures.errors(Self.file(details))
        #expect(errors.count == 1)
        #expect(errors.first?.code == .invalidValue)
        #expect(errors.first?.location.description == "activities.csv:2:details")
        #expect(errors.first?.message.contains(reason) == true, "\(errors)")
        #expect(errors.first?.message.contains(place) == true, "\(errors)")
    }
}
