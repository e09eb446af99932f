import Foundation
import Testing

@testable import SocioLabKit

/// Numbers of any length in every numeric field: a located, typed error that states the range, never an
/// arithmetic overflow (issue 12, item 6).
struct LongNumberTests {
    static let tooLong: [String] = [
        String(repeating: "9", count: 19), "12345678901234567890", String(repeating: "9", count: 40),
        String(repeating: "7", count: 400), "-" + String(repeating: "9", count: 20),
        "-" + String(repeating: "1", count: 400), "9999999999999999999.5", "99999999999999999999,25",
        "1000000000", "-1000000000.00", " 99999999999999999999 ",
    ]

    static let notNumbers: [String] = [
        "1e20", "1E400", "-1e-400", String(repeating: "9", count: 30) + "e5", "1.999", "12.345.678",
        "0x7FFFFFFFFFFFFFFF", "+5", "'" + String(repeating: "9", count: 25),
    ]

    /// The one error of importing `hours` (participations) or `fte` (jobs) written as `value`.
    func error(_ column: String, _ value: String) throws -> SocioLabError {
        let file: (String, String) =
            column == "hours"
            ? (
                "participations.csv",
                "id,activity_id,person_id,status,hours\nx1,a1,p1,attended,\"\(value)\"\n"
            )
            : ("jobs.csv", "id,organisation_id,kind,start_date,fte\nj1,o1,created,2019-01-01,\"\(value)\"\n")
        let errors = ExchangeFixtures.errors([file])
        #expect(errors.count == 1, "\(errors)")
        return try #require(errors.first)
    }

    @Test(arguments: ["hours", "fte"], tooLong)
    func csvNumberOutOfRangeIsALocatedErrorThatStatesTheRange(column: String, value: String) throws {
        let error = try error(column, value)
        #expect(error.code == .invalidValue)
        #expect(error.location.file == (column == "hours" ? "participations.csv" : "jobs.csv"))
        #expect(error.location.line == 2)
        #expect(error.location.field == column)
        #expect(error.message.contains("between -999999999.99 and 999999999.99"), "\(error)")
        #expect(error.message.count < 300, "the message quotes a long value shortened: \(error)")
    }

    @Test(arguments: ["hours", "fte"], notNumbers)
    func csvTextThatIsNotADecimalIsALocatedError(column: String, value: String) throws {
        let error = try error(column, value)
        #expect(error.code == .invalidValue)
        #expect(error.location.line == 2)
        #expect(error.location.field == column)
        #expect(error.message.contains("at most two decimals"), "\(error)")
    }

    @Test(arguments: [
        ("999999999.99", Int64(99_999_999_999)), ("-999999999.99", -99_999_999_999),
        ("0000000000000000000000000001,5", 150), ("-0", 0), (".5", 50), ("8", 800),
    ])
    func theEdgesOfTheRangeAndLeadingZerosAreRead(_ text: String, _ hundredths: Int64) throws {
        #expect(try Quantity(parsing: text).hundredths == hundredths)
        let batch = try CSVImport.read(
            Data("id,activity_id,person_id,status,hours\nx1,a1,p1,attended,\"\(text)\"\n".utf8),
            file: "participations.csv")
        guard case .participation(let participation) = try #require(batch.records.first) else {
            Issue.record("not a participation: \(batch.records)")
            return
        }
        #expect(participation.hours?.hundredths == hundredths)
    }

    @Test(arguments: tooLong + notNumbers)
    func quantityParsingThrowsATypedError(_ text: String) {
        #expect(throws: SocioLabError.self) {
            try Quantity(parsing: text.replacingOccurrences(of: "'", with: ""))
        }
    }

    /// Numbers a JSON parser reads as numbers but a quantity cannot hold: the error names the field. (A
    /// number no parser reads, such as 400 digits or `1e400`, may be refused as bad JSON instead: the
    /// fuzz tests check those never trap.)
    @Test(arguments: [
        String(repeating: "9", count: 19), String(repeating: "9", count: 40), "-99999999999999999999",
        "1e20", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1000000000",
    ])
    func jsonDocumentNumbersOutOfRangeAreTypedErrorsNamingTheField(_ number: String) throws {
        let document = """
            {"format": "sociolab-dataset", "version": 1,
             "participations": [{"id": "x1", "activity": "a1", "person": "p1", "status": "attended",
                                 "hours": \(number)}],
             "jobs": [{"id": "j1", "organisation": "o1", "kind": "created", "start_date": "2019-01-01",
                       "fte": \(number)}]}
            """
        do {
            _ = try DatasetDocument.decode(Data(document.utf8), file: "data.json")
            Issue.record("\(number) was accepted")
        } catch {
            #expect(!error.errors.isEmpty)
            #expect(error.errors.allSatisfy { $0.location.file == "data.json" }, "\(error.errors)")
            #expect(error.errors.allSatisfy { $0.code == .importBadDocument }, "\(error.errors)")
            let text = error.errors.map(\.description).joined(separator: "\n")
            #expect(text.contains("hours") || text.contains("fte"), "\(text)")
        }
    }

    @Test func detailsQuantitiesOutOfRangeDoNotDecode() {
        for number in ["1000000000", String(repeating: "9", count: 400), "1e300", "-1e20"] {
            let value = JSONValue.number(number)
            #expect(throws: DecodingError.self) { try value.decode(Quantity.self) }
        }
        #expect(
            (try? JSONValue.number("999999999.99").decode(Quantity.self))
                == Quantity(hundredths: 99_999_999_999))
    }

    @Test func aPeriodThatEndsOnTheLastDayOfTheCalendarHasAnEnd() throws {
        #expect(try Period(parsing: "9999-Q4").range.end == Day(year: 9999, month: 12, day: 31)!)
        #expect(try Period(parsing: "9999-12").range.end == Day(year: 9999, month: 12, day: 31)!)
        #expect(try Period(parsing: "0001-01").range.start == Day(year: 1, month: 1, day: 1)!)
        let last = Day(year: 9999, month: 12, day: 31)!
        #expect(last.adding(months: 1).description == "10000-01-31")
        #expect(Day(year: 1, month: 3, day: 31)!.adding(months: -1).description == "0001-02-28")
        #expect(Day(year: 1, month: 1, day: 15)!.adding(months: -1).description == "0000-12-15")
        #expect(Day(year: 2020, month: 1, day: 31)!.adding(months: -11).description == "2019-02-28")
        #expect(Day(year: 2020, month: 1, day: 31)!.adding(months: 1).description == "2020-02-29")
    }
}
