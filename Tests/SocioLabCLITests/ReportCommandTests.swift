import Foundation
import Testing

/// `sociolab report` in every format and both languages, on a copy of the demo store.
struct ReportCommandTests {
    static let formats = ["text", "markdown", "csv", "json", "html"]
    static let languages = ["sl", "en"]

    /// What each format's output must hold, by language.
    static func expectations(format: String, language: String) -> [String] {
        let slovenian = language == "sl"
        switch format {
        case "text": return ["OUT-05", slovenian ? "31. 12. 2020" : "2020-12-31"]
        case "markdown": return ["# ", "| OUT-05", slovenian ? "31. 12. 2020" : "2020-12-31"]
        case "csv": return ["section,id,title", "indicator,OUT-05,", slovenian ? "čet." : "Q2 2018"]
        case "json": return ["\"indicators\"", "\"OUT-05\"", "\"asOf\" : \"2020-12-31\"", "\"fingerprint\""]
        default: return ["<!DOCTYPE html>", "<html lang=\"\(language)\">", "<svg", "OUT-05"]
        }
    }

    @Test("Each format in each language", arguments: formats, languages)
    func report(format: String, language: String) throws {
        let directory = try TemporaryDirectory()
        let store = try DemoStoreTemplate.copy(into: directory)
        let result = try directory.sociolab(
            "report", "--store", store, "--format", format, "--lang", language, "--as-of", "2020-12-31")
        #expect(result.exitCode == 0, "\(result)")
        for text in Self.expectations(format: format, language: language) {
            #expect(result.standardOutput.contains(text), "\(format) \(language): \(text)")
        }
        if format == "json" {
            let object =
                try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
            let ids = Set(
                (object?["indicators"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
            let outputs = (1...13).map { "OUT-" + ($0 < 10 ? "0" : "") + String($0) }
            #expect(ids.isSuperset(of: outputs), "\(ids.sorted())")
        }
        let names = try personalNames(in: directory, store: store)
        #expect(!names.isEmpty)
        for name in names { #expect(!result.standardOutput.contains(name), "a report printed \(name)") }
    }

    @Test("--out writes the report to a file and nothing to standard output")
    func outFile() throws {
        let directory = try TemporaryDirectory()
        let store = try DemoStoreTemplate.copy(into: directory)
        let result = try directory.sociolab(
            "report", "--store", store, "--format", "html", "--out", "report.html", "--as-of", "2020-12-31")
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.standardOutput.isEmpty)
        #expect(
            String(decoding: try directory.read("report.html"), as: UTF8.self).hasPrefix("<!DOCTYPE html>"))
    }

    @Test("--as-of defaults to today (the injected clock) and changes what is expected by then")
    func asOf() throws {
        let directory = try TemporaryDirectory()
        let store = try DemoStoreTemplate.copy(into: directory)
        let today = try directory.sociolab("report", "--store", store, "--format", "json")
        #expect(today.standardOutput.contains("\"asOf\" : \"2021-01-15\""), "\(today)")
        let earlier = try directory.sociolab(
            "report", "--store", store, "--format", "json", "--as-of", "30.06.2019")
        #expect(earlier.standardOutput.contains("\"asOf\" : \"2019-06-30\""), "\(earlier)")
    }

    @Test("Scope, breakdown and suppression options reach the report")
    func options() throws {
        let directory = try TemporaryDirectory()
        let store = try DemoStoreTemplate.copy(into: directory)
        let scoped = try directory.sociolab(
            "report", "--store", store, "--format", "json", "--period", "2019", "--partner", "prizma",
            "--by", "gender", "--suppress-below", "5", "--as-of", "2020-12-31")
        #expect(scoped.exitCode == 0, "\(scoped)")
        #expect(scoped.standardOutput.contains("prizma"))
        #expect(scoped.standardOutput.contains("\"suppressionThreshold\" : 5"))
        let whole = try directory.sociolab(
            "report", "--store", store, "--format", "json", "--as-of", "2020-12-31")
        #expect(whole.standardOutput != scoped.standardOutput)

        let unknown = try directory.sociolab("report", "--store", store, "--partner", "acme")
        #expect(unknown.exitCode == 2)
        #expect(unknown.standardError.contains("prizma"))
    }

    /// "Given Family" for every person in the store's export.
    func personalNames(in directory: TemporaryDirectory, store: String) throws -> [String] {
        let export = try directory.sociolab("export", "--store", store)
        let document =
            try JSONSerialization.jsonObject(with: Data(export.standardOutput.utf8)) as? [String: Any]
        let details = document?["personal_details"] as? [[String: Any]] ?? []
        return details.compactMap { entry in
            guard let given = entry["given_name"] as? String, let family = entry["family_name"] as? String
            else {
                return nil
            }
            return "\(given) \(family)"
        }
    }
}
