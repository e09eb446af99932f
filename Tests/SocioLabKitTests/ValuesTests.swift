import Foundation
import Testing

@testable import SocioLabKit

struct DayTests {
    @Test(arguments: [
        "2019-10-03", "2018-04-01", "2021-12-31", "2000-02-29", "1970-01-01", "1969-12-31", "0001-01-01",
    ])
    func isoRoundTrip(_ text: String) throws {
        let day = try Day(parsing: text)
        #expect(day.description == text)
        let encoded = try JSONEncoder().encode(day)
        #expect(String(decoding: encoded, as: UTF8.self) == "\"\(text)\"")
        #expect(try JSONDecoder().decode(Day.self, from: encoded) == day)
    }

    @Test(arguments: [
        ("3.10.2019", "2019-10-03"), ("03. 10. 2019", "2019-10-03"), ("31.12.2021", "2021-12-31"),
    ])
    func slovenianForm(_ input: String, _ iso: String) throws {
        #expect(try Day(parsing: input).description == iso)
    }

    @Test(arguments: [
        "2019-02-29", "2019-13-01", "2019-00-10", "19-10-03", "2019/10/03", "", "32.1.2019", "2019-1-3",
    ])
    func rejectsImpossibleDates(_ text: String) {
        #expect(throws: SocioLabError.self) { try Day(parsing: text) }
    }

    @Test func epochAndArithmetic() throws {
        #expect(Day(year: 1970, month: 1, day: 1)!.daysSinceEpoch == 0)
        let day = Day(year: 2020, month: 1, day: 31)!
        #expect(day.adding(months: 1).description == "2020-02-29")
        #expect(day.adding(days: 366).description == "2021-01-31")
        #expect(day.quarter == 1)
        #expect(Day(year: 2019, month: 9, day: 30)!.quarter == 3)
        #expect(Day(year: 2019, month: 10, day: 1)!.quarter == 4)
        #expect(day.slovenianDescription == "31. 1. 2020")
    }

    @Test func ageCountsWholeYears() {
        let birth = Day(year: 1995, month: 10, day: 3)!
        #expect(Day(year: 2020, month: 10, day: 2)!.years(since: birth) == 24)
        #expect(Day(year: 2020, month: 10, day: 3)!.years(since: birth) == 25)
        let leap = Day(year: 2000, month: 2, day: 29)!
        #expect(Day(year: 2001, month: 2, day: 28)!.years(since: leap) == 0)
        #expect(Day(year: 2001, month: 3, day: 1)!.years(since: leap) == 1)
    }

    @Test func dayOfAMomentDependsOnlyOnTheZoneAsked() {
        let moment = Date(timeIntervalSince1970: 1_570_060_800)  // 2019-10-03T00:00:00Z
        #expect(Day(moment).description == "2019-10-03")
        #expect(Day(moment, in: TimeZone(identifier: "Pacific/Kiritimati")!).description == "2019-10-03")
        #expect(Day(moment, in: TimeZone(identifier: "America/New_York")!).description == "2019-10-02")
    }
}

struct PeriodTests {
    @Test(arguments: [
        ("2019", "2019-01-01..2019-12-31"), ("2019-Q3", "2019-07-01..2019-09-30"),
        ("2020-Q1", "2020-01-01..2020-03-31"), ("2019-07", "2019-07-01..2019-07-31"),
        ("2020-02", "2020-02-01..2020-02-29"), ("2018-04-01..2019-03-31", "2018-04-01..2019-03-31"),
    ])
    func parsesAndPrints(_ text: String, _ range: String) throws {
        let period = try Period(parsing: text)
        #expect(period.description == text)
        #expect(period.range.description == range)
        #expect(try JSONDecoder().decode(Period.self, from: JSONEncoder().encode(period)) == period)
    }

    @Test(arguments: ["2019-Q5", "2019-13", "19", "2019-Q", "2019-04-01..2019-03-31", "abc", "2019-7"])
    func rejectsMalformed(_ text: String) {
        #expect(throws: SocioLabError.self) { try Period(parsing: text) }
    }

    @Test func quartersOfTheOperation() {
        let quarters = ESFOperation.socioLabPodravje.period.quarters
        #expect(quarters.count == 15)
        #expect(quarters.first == .quarter(2018, 2))
        #expect(quarters.last == .quarter(2021, 4))
    }
}

struct MoneyTests {
    @Test(arguments: [
        ("1279895.84", Int64(127_989_584)), ("319973.96", 31_997_396), ("0.5", 50), ("300", 30_000),
        ("-12.05", -1205), ("1279895,84", 127_989_584),
    ])
    func parses(_ text: String, _ cents: Int64) throws {
        #expect(try Money(parsing: text).cents == cents)
    }

    @Test(arguments: ["1.279.895,84", "12.345", "abc", "", "-", "1.", "1e5", "99999999999999999999"])
    func rejects(_ text: String) {
        #expect(throws: SocioLabError.self) { try Money(parsing: text) }
    }

    @Test func printsInEveryForm() {
        let m = Money(cents: 127_989_584)
        #expect(m.description == "1279895.84")
        #expect(m.formatted(.slovenian) == "1.279.895,84 €")
        #expect(m.formatted(.english) == "€1,279,895.84")
        #expect(Money(cents: -5).description == "-0.05")
        #expect(Money(cents: 100).formatted(.slovenian) == "1,00 €")
    }

    @Test func codableKeepsCentsExact() throws {
        let m = Money(cents: 159_986_980)
        let data = try JSONEncoder().encode(m)
        #expect(String(decoding: data, as: UTF8.self).contains("\"1599869.80\""))
        #expect(try JSONDecoder().decode(Money.self, from: data) == m)
    }

    @Test(arguments: [("1.5", "1.5"), ("8", "8"), ("0.25", "0.25"), ("0,75", "0.75"), ("2.50", "2.5")])
    func quantityRoundTrip(_ text: String, _ printed: String) throws {
        let q = try Quantity(parsing: text)
        #expect(q.description == printed)
        #expect(try JSONDecoder().decode(Quantity.self, from: JSONEncoder().encode(q)) == q)
    }

    /// Details decode their quantities from stored JSON numbers through a direct path; it must give what
    /// `JSONDecoder` gives for the same number, and leave every other text to the general path.
    @Test(arguments: [
        ("8", 800 as Int64?), ("0.8", 80), ("0.25", 25), ("-0.5", -50), ("-0", 0), ("2.50", 250),
        ("999999999.99", 99_999_999_999), ("-999999999", -99_999_999_900), ("123456789012345", nil),
        ("1234567890123.45", nil), ("0.125", 12), ("1e2", 10_000), ("12345678901234.5", nil), ("1.5E1", 1500),
        ("1e9", nil), ("99999999999999999999", nil),
    ])
    func quantityFromStoredNumber(_ text: String, _ hundredths: Int64?) throws {
        let direct = try? JSONValue.number(text).decode(Quantity.self)
        let general = try? JSONDecoder().decode(Quantity.self, from: Data(text.utf8))
        #expect(direct?.hundredths == hundredths)
        #expect(direct == general)
    }

    @Test(arguments: ["1.", ".5", "+1", "1.2.3", "", "-", "abc", "1,5"])
    func quantityDirectPathRefusesOtherText(_ text: String) {
        #expect(Quantity.read(json: text) == .invalid)
    }

    @Test func quantitySumsExactly() throws {
        let parts = try ["0.25", "0.5", "0.25"].map { try Quantity(parsing: $0) }
        #expect(parts.reduce(.zero, +) == 1)
    }
}

struct TimestampTests {
    @Test func printsAndParsesISO() throws {
        let t = Timestamp(milliseconds: 1_570_090_500_123)
        #expect(t.description == "2019-10-03T08:15:00.123Z")
        #expect(Timestamp(parsing: t.description) == t)
        #expect(Timestamp(parsing: "2019-10-03T25:15:00.123Z") == nil)
    }
}

struct OperationPresetTests {
    let op = ESFOperation.socioLabPodravje

    @Test func periodAndBudgetToTheCent() {
        #expect(op.period.description == "2018-04-01..2021-12-31")
        #expect(op.budget.description == "1599869.80")
        #expect(op.funding.map(\.amount.description) == ["1279895.84", "319973.96"])
        #expect(op.funding.reduce(Int64(0)) { $0 + $1.amount.cents } == op.budget.cents)
        #expect(op.funding.map(\.sharePercent) == [80, 20])
        #expect(BudgetRule().checkDataset(Dataset(operation: op)).isEmpty)
    }

    @Test func elevenPartnersWithOneLead() {
        #expect(op.partners.count == 11)
        #expect(
            op.partners.map(\.id.rawValue) == [
                "prizma", "citilab", "prj-halo", "ra-slovenske-gorice", "ric-slovenska-bistrica",
                "stajerska-gz",
                "tkalka", "zavod-pip", "caap", "zses", "bistra-ptuj",
            ])
        #expect(op.leadPartner?.id == "prizma")
        #expect(op.partners.filter { $0.role == .lead }.count == 1)
    }

    @Test func thirteenOutputsWithTheSeedsTargets() {
        #expect(op.outputs.count == 13)
        let targets = Dictionary(uniqueKeysWithValues: op.outputs.map { ($0.id.rawValue, $0.target) })
        #expect(targets["OUT-02"] == 5)
        #expect(targets["OUT-03"] == .some(nil))
        #expect(targets["OUT-04"] == 30)
        #expect(targets["OUT-05"] == 200)
        #expect(targets["OUT-06"] == 40)
        #expect(targets["OUT-08"] == 30)
        #expect(targets["OUT-09"] == 4)
        #expect(targets["OUT-10"] == 2)
        #expect(targets["OUT-12"] == 4)
        #expect(op.output("OUT-01")?.isMilestone == true)
    }

    @Test func threePillarsAndPodravjeMunicipalities() {
        #expect(op.pillars.map(\.id) == [1, 2, 3])
        #expect(Municipality.podravje.count == 41)
        #expect(Municipality.all.count == 212)
    }
}

struct ReportFormatTests {
    @Test(arguments: [
        ("185000", Language.slovenian, "185.000"), ("185000", .english, "185,000"),
        ("12.5", .slovenian, "12,5"),
        ("12.5", .english, "12.5"), ("1234.25", .slovenian, "1.234,25"), ("-3.5", .english, "-3.5"),
    ])
    func quantitiesAreGroupedAndUseTheLanguagesDecimalMark(
        _ text: String, _ language: Language, _ shown: String
    )
        throws
    {
        #expect(ReportFormat(language: language).quantity(try Quantity(parsing: text)) == shown)
    }
}
