import Foundation
import SocioLabKit
import Testing

/// `sociolab claim`: a draft claim from a partner's unclaimed costs, shown by default and written with
/// `--write`; and `report --section finance`.
struct ClaimCommandTests {
    static func day(_ text: String) -> Day { try! Day(parsing: text) }

    /// A store with prizma's three staff costs (one already claimed) and tkalka's travel cost.
    static func store(in directory: TemporaryDirectory) throws -> String {
        #expect(try directory.sociolab("init", "--store", "s").exitCode == 0)
        func staff(_ id: CostItem.ID, _ cents: Int64, _ paid: String) -> CostItem {
            CostItem(
                id: id, partner: "prizma", category: "staff", amount: Money(cents: cents),
                incurredOn: day(paid).adding(days: -10), paidOn: day(paid),
                evidenceReference: "PL-" + id.rawValue,
                staffID: "s1", hours: 10,
                // 10 of 1,720 hours: the amount is the annual cost ÷ 172, as the staff-cost rule checks.
                annualGrossCost: Money(cents: cents * 172), annualHours: 1_720)
        }
        let dataset = Dataset(
            operation: .socioLabPodravje,
            budgetLines: [
                BudgetLine(
                    id: "b1", partner: "prizma", category: "staff", year: 2019,
                    planned: Money(cents: 1_000_000)),
                BudgetLine(
                    id: "b2", partner: "prizma", category: "remaining", year: 2019,
                    planned: Money(cents: 400_000)),
            ],
            costItems: [
                staff("c1", 20_000, "2019-07-31"), staff("c2", 20_001, "2019-08-31"),
                staff("c3", 20_000, "2019-04-30"),
                CostItem(
                    id: "c4", partner: "tkalka", category: "travel", amount: Money(cents: 5_005),
                    incurredOn: day("2019-07-01"), paidOn: day("2019-07-10"), evidenceReference: "R-4"),
            ],
            paymentClaims: [
                PaymentClaim(
                    id: "k0", partner: "prizma", periodStart: day("2019-04-01"), periodEnd: day("2019-06-30"),
                    status: .submitted, submittedOn: day("2019-07-05"))
            ],
            paymentClaimItems: [PaymentClaimItem(id: "k0/c3", claim: "k0", costItem: "c3")])
        try directory.write(DatasetDocument.encode(dataset), to: "finance.json")
        let imported = try directory.sociolab("import", "--store", "s", "finance.json")
        #expect(imported.exitCode == 0, "\(imported)")
        return "s"
    }

    @Test("A dry run shows the draft, its flat rate and its EU / national split, and writes nothing")
    func dryRun() throws {
        let directory = try TemporaryDirectory()
        let store = try Self.store(in: directory)
        let before = try directory.digests(store)
        let result = try directory.sociolab(
            "claim", "--store", store, "--partner", "prizma", "--period", "2019-Q3", "--lang", "en")
        #expect(result.exitCode == 0, "\(result)")
        let out = result.standardOutput
        #expect(out.contains("Draft payment claim claim-prizma-2019-Q3"))
        #expect(out.contains("c1") && out.contains("c2") && !out.contains("c3") && !out.contains("c4"))
        // 200.00 + 200.01 = 400.01; remaining costs at 40 %: 80.00 + 80.00 (80.004 rounded).
        #expect(out.contains("Costs                         400.01"))
        #expect(out.contains("Claim total                   560.01"))
        // EU 80 %: 448.008 → 448.01; national the remainder 112.00.
        #expect(out.contains("EU share                    448.01"))
        #expect(out.contains("national share              112.00"))
        #expect(result.standardError.contains("Dry run: nothing was written"))
        #expect(try directory.digests(store) == before)
    }

    @Test("--write stores the draft as one change set; the same costs cannot be claimed again")
    func write() throws {
        let directory = try TemporaryDirectory()
        let store = try Self.store(in: directory)
        let result = try directory.sociolab(
            "claim", "--store", store, "--partner", "prizma", "--period", "2019-Q3", "--write", "--format",
            "json")
        #expect(result.exitCode == 0, "\(result)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(json["claim"] as? String == "claim-prizma-2019-Q3")
        #expect(
            json["total"] as? Int == 56_001 && json["eu"] as? Int == 44_801
                && json["national"] as? Int == 11_200)
        #expect(json["revision"] != nil)
        let log = try directory.sociolab("log", "--store", store, "--limit", "1")
        #expect(log.standardOutput.contains("payment claim claim-prizma-2019-Q3"), "\(log)")
        let again = try directory.sociolab(
            "claim", "--store", store, "--partner", "prizma", "--period", "2019-Q3", "--id", "k9", "--lang",
            "en")
        #expect(again.exitCode == 1, "\(again)")
        #expect(again.standardError.contains("claim.nothing-to-claim"), "\(again)")
        let existing = try directory.sociolab(
            "claim", "--store", store, "--partner", "prizma", "--period", "2019", "--id", "k0")
        #expect(existing.exitCode == 2 && existing.standardError.contains("claim.exists"), "\(existing)")
    }

    @Test(
        "Mistakes exit 2 (usage) with a sentence saying what to type",
        arguments: [
            (["claim", "--period", "2019-Q3"], "'--partner' is required"),
            (["claim", "--partner", "prizma"], "'--period' is required"),
            (["claim", "--partner", "nobody", "--period", "2019"], "claim.unknown-partner"),
            (["claim", "--partner", "prizma", "--period", "2019-Q9"], "'--period'"),
        ])
    func mistakes(arguments: [String], expected: String) throws {
        let directory = try TemporaryDirectory()
        let store = try Self.store(in: directory)
        let result = try directory.sociolab(arguments: arguments + ["--store", store, "--lang", "en"])
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.standardError.contains(expected), "\(result)")
        #expect(result.standardOutput.isEmpty)
    }

    @Test("The help and the messages are in Slovenian with --lang sl")
    func slovenian() throws {
        let directory = try TemporaryDirectory()
        let help = try directory.sociolab("claim", "--help", "--lang", "sl")
        #expect(help.standardOutput.contains("Pripravi osnutek zahtevka za izplačilo"), "\(help)")
        #expect(help.standardOutput.contains("Shrani osnutek zahtevka"), "\(help)")
        let store = try Self.store(in: directory)
        let result = try directory.sociolab(
            "claim", "--store", store, "--partner", "prizma", "--period", "2019-Q3", "--lang", "sl")
        #expect(result.standardOutput.contains("Osnutek zahtevka za izplačilo"), "\(result)")
        #expect(result.standardOutput.contains("Zahtevek skupaj               560,01"), "\(result)")
        #expect(result.standardError.contains("Poskusni zagon: nič ni bilo zapisano"), "\(result)")
    }

    @Test("report --section finance shows the finance section alone, in every format")
    func financeSection() throws {
        let directory = try TemporaryDirectory()
        let store = try Self.store(in: directory)
        for format in ["text", "markdown", "csv", "json", "html"] {
            let result = try directory.sociolab(
                "report", "--store", store, "--section", "finance", "--as-of", "2019-12-31", "--format",
                format,
                "--lang", "en")
            #expect(result.exitCode == 0, "\(format): \(result)")
            #expect(!result.standardOutput.contains("OUT-01"), "\(format)")
            #expect(!result.standardOutput.contains("CO01"), "\(format)")
        }
        let text = try directory.sociolab(
            "report", "--store", store, "--section", "finance", "--as-of", "2019-12-31", "--lang", "en")
        #expect(text.standardOutput.contains("Finance (amounts in EUR)"), "\(text)")
        #expect(text.standardOutput.contains("Cost per result"), "\(text)")
        let empty = try TemporaryDirectory()
        #expect(try empty.sociolab("init", "--store", "e").exitCode == 0)
        let none = try empty.sociolab("report", "--store", "e", "--section", "finance")
        #expect(none.exitCode == 2 && none.standardError.contains("report.no-finance"), "\(none)")
    }
}
