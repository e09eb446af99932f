import Foundation
import Testing

@testable import SocioLabKit

/// The finance tables through CSV and the JSON document: export → import gives the same dataset.
struct FinanceExchangeTests {
    /// The fixture with every optional finance field filled somewhere.
    static var dataset: Dataset {
        var claim = FinanceFixtures.claim
        claim.status = .approved
        claim.approvedOn = FinanceFixtures.day(2020, 3, 2)
        claim.approvedAmount = Money(cents: 300_000)
        claim.approvalReason = "Del stroškov ni upravičen; \"navedki\", vejica"
        var item = FinanceFixtures.staffCost
        item.ineligible = Money(cents: 1_005)
        let unitLine = BudgetLine(
            id: "bl-sse", partner: "prizma", category: "unit-costs", planned: Money(cents: 218_500),
            unit: "ura",
            unitCost: Money(cents: 2_185), plannedUnits: 100)
        return FinanceFixtures.dataset(with: claim.record, item.record, unitLine.record)
    }

    @Test(arguments: [CSVWriter(), CSVWriter.excel])
    func csvRoundTripIsIdentical(writer: CSVWriter) throws {
        let dataset = Self.dataset
        let files = try CSVExport.files(for: dataset, writer: writer)
        #expect(
            files.map(\.name).filter { $0.contains("claim") || $0.contains("budget") || $0.contains("cost") }
                == ["budget_lines.csv", "cost_items.csv", "payment_claims.csv", "payment_claim_items.csv"])
        let batch = try CSVImport.read(
            ExchangeFixtures.sources(files), options: .init(operation: dataset.operation))
        let empty = Dataset(operation: dataset.operation)
        let imported = try ExchangeFixtures.applying(
            ImportPlanner.changes(for: batch, against: empty), to: empty)
        #expect(imported == dataset)
        #expect(DatasetFingerprint.sha256(of: imported) == DatasetFingerprint.sha256(of: dataset))
    }

    @Test func jsonDocumentRoundTripIsIdentical() throws {
        let dataset = Self.dataset
        let data = DatasetDocument.encode(dataset)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"payment_claim_items\" : ["))
        #expect(text.contains("\"amount\" : \"2325.58\""))
        let document = try DatasetDocument.decode(data)
        #expect(Set(document.batch.records) == Set(dataset.allRecords))
    }

    /// A dataset without finance writes no finance file and no finance array.
    @Test func noFinanceNoFinanceTables() throws {
        let dataset = CoreFixtures.dataset
        #expect(try CSVExport.files(for: dataset).count == 10)
        #expect(!String(decoding: DatasetDocument.encode(dataset), as: UTF8.self).contains("cost_items"))
    }

    /// A bad amount is an error at its cell, in both languages.
    @Test func aBadAmountIsAnErrorAtItsCell() {
        let csv =
            "id,partner_id,category,amount,incurred_on,evidence_reference\nc1,prizma,travel,12.345,2019-01-01,R1\n"
        #expect {
            try CSVImport.read(Data(csv.utf8), file: "cost_items.csv")
        } throws: { error in
            guard let failure = error as? ImportFailure, let first = failure.errors.first else {
                return false
            }
            return first.location.field == "amount" && first.location.line == 2
                && first.localizedMessage.sl.contains("ni znesek")
        }
    }

    /// The templates write every table, the finance ones included, with their codebook meanings.
    @Test func templatesIncludeTheFinanceTables() {
        for table in [ExchangeTable.budgetLines, .costItems, .paymentClaims, .paymentClaimItems] {
            for column in table.columns {
                #expect(ExchangeTemplates.meaning(of: column, in: table) != nil, "\(table).\(column)")
            }
            #expect(
                !ExchangeTemplates.example(table, language: .slovenian, operation: .socioLabPodravje).isEmpty)
        }
    }
}
