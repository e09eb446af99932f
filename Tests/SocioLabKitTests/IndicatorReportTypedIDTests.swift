import Foundation
import Testing

@testable import SocioLabKit

/// A report's lines found by a typed id: `report[.trainedPersons]`, `report[esf: .co01]` (issue 20, "the
/// embedding API").
struct IndicatorReportTypedIDTests {
    struct Workshop: Indicator {
        let id = "X-WORKSHOP"
        let title = LocalizedText(sl: "Delavnice", en: "Workshops")
        let unit = LocalizedText(sl: "delavnice", en: "workshops")
        let countingRule = LocalizedText(sl: "nič", en: "nothing")
        func events(in context: IndicatorContext, into sink: inout QualifyingEventSink) {}
    }

    static let report = ReportBuilder(plugins: Fixture.plugins, extraIndicators: [Workshop()])
        .build(Fixture.outputs, asOf: Fixture.asOf)

    @Test func eachSeedOutputHasItsCodeAndItsIndicatorsName() {
        let indicatorIDs = OutputIndicators.all.map(\.id)
        #expect(OutputID.seedOutputs.map(\.rawValue) == indicatorIDs)
        #expect(OutputID.seedOutputs.map(\.rawValue) == (1...13).map { String(format: "OUT-%02d", $0) })
        #expect(OutputID.trainedPersons == "OUT-05")
        #expect(OutputID.trainedPersons.rawValue == OutputIndicators.trainedPersons.id)
        #expect(OutputID.organisations.rawValue == OutputIndicators.organisations.id)
        #expect(OutputID.conferences.rawValue == OutputIndicators.conferences.id)
        #expect(OutputID.networkLab.rawValue == OutputIndicators.milestone.id)
    }

    @Test(arguments: OutputID.seedOutputs)
    func theSubscriptAndTheMethodFindTheOutputsLine(_ output: OutputID) throws {
        let line = try #require(Self.report[output])
        #expect(line.id == output.rawValue)
        #expect(Self.report.indicator(output) == line)
        #expect(Self.report.indicator(id: output.rawValue) == line)
        #expect(line == Self.report.indicators.first { $0.id == output.rawValue })
    }

    @Test func trainedPersonsIsOutFive() throws {
        let line = try #require(Self.report[.trainedPersons])
        #expect(line.id == "OUT-05")
        #expect(line.title.en == "Persons included in training programmes")
        #expect(line.toDate == Self.report.indicator("OUT-05")?.toDate)
    }

    @Test func aPluginsOwnIndicatorIsFoundByItsString() throws {
        let line = try #require(Self.report.indicator(id: "X-WORKSHOP"))
        #expect(line.title.en == "Workshops")
        #expect(Self.report.indicator(id: "X-NONE") == nil)
        #expect(Self.report[OutputID(rawValue: "OUT-99")] == nil)
    }

    @Test func esfCodesFindTheirLinesInBothLists() throws {
        let co01 = try #require(Self.report[esf: .co01])
        #expect(co01.code == "CO01")
        #expect(co01 == Self.report.esf.first { $0.code == "CO01" })
        let eeco01 = try #require(Self.report.esfEntry(.eeco01))
        #expect(eeco01.code == "EECO01")
        #expect(eeco01 == Self.report.esfPlus.first { $0.code == "EECO01" })
        #expect(Self.report[esf: "CO99"] == nil)
    }

    @Test func everyReportedESFCodeHasAConstant() {
        let constants: [IndicatorReport.ESFCode] = [
            .co01, .co02, .co03, .co04, .co05, .co06, .co07, .co08, .co09, .co10, .co11, .co15, .co16, .co17,
            .co18, .co19, .co23, .eeco01, .eeco02, .eeco03, .eeco04, .eeco05, .eeco06, .eeco07, .eeco08,
            .eeco09, .eeco10, .eeco11, .eeco12, .eeco16, .eeco17, .eeco19,
        ]
        let reported = (Self.report.esf + Self.report.esfPlus).map(\.code)
        #expect(constants.map(\.rawValue).sorted() == reported.sorted())
        for code in constants { #expect(Self.report[esf: code]?.code == code.rawValue) }
    }
}
