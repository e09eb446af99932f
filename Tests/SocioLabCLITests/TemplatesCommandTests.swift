import Foundation
import SocioLabKit
import Testing

/// Issue 14: `sociolab templates` writes the ten CSV files, ready for Excel, with an example row each that
/// imports cleanly into a new store, and a codebook that lists every column and every allowed value.
struct TemplatesCommandTests {
    /// `--lang` values and the header names of a table in that language.
    static let languages: [(lang: String, language: Language)] = [("en", .english), ("sl", .slovenian)]

    /// A directory with templates written to `t` in `lang`.
    static func templates(_ lang: String) throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        let result = try directory.sociolab("templates", "--out", "t", "--lang", lang)
        #expect(result.exitCode == 0, "\(result)")
        return directory
    }

    /// A file's text without its byte order mark.
    static func text(_ data: Data) -> String { String(decoding: data.dropFirst(3), as: UTF8.self) }

    @Test(
        "Both languages: the ten files have a BOM, ';', CRLF and the schema's headers",
        arguments: ["en", "sl"])
    func files(lang: String) throws {
        let directory = try Self.templates(lang)
        let sl = lang == "sl"
        for table in ExchangeTable.allCases {
            let data = try directory.read("t/" + table.fileName)
            #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF], "\(table.fileName) has no byte order mark")
            let lines = Self.text(data).components(separatedBy: "\r\n")
            #expect(lines.count == 3 && lines[2].isEmpty, "\(table.fileName): header, one example, CRLF")
            let header = lines[0].split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            #expect(header == (sl ? table.slovenianColumns : table.columns), "\(table.fileName)")
            #expect(lines[1].contains(";"), "\(table.fileName)'s example is not ';'-separated")
        }
        let codebook = try directory.read("t/" + ExchangeTemplates.codebookName(sl ? .slovenian : .english))
        #expect(Array(codebook.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(Self.text(codebook).contains("\r\n"))
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path("t").path).sorted()
        #expect(names.count == 15, "\(names)")  // 14 tables (4 of finance, issue 16) and the codebook
    }

    @Test("Every example row imports cleanly into a new store, in both languages", arguments: ["en", "sl"])
    func examplesImport(lang: String) throws {
        let directory = try Self.templates(lang)
        #expect(try directory.sociolab("init", "--store", "s").exitCode == 0)
        let files = ExchangeTable.allCases.map { "t/" + $0.fileName }
        let dry = try directory.sociolab(arguments: ["import", "--store", "s", "--dry-run"] + files)
        #expect(dry.exitCode == 0, "\(dry)")
        let result = try directory.sociolab(arguments: ["import", "--store", "s"] + files)
        #expect(result.exitCode == 0, "\(result)")
        #expect(!result.standardError.lowercased().contains("warning"), "\(result)")
        let validate = try directory.sociolab("validate", "--store", "s")
        #expect(validate.exitCode == 0, "\(validate)")
        let export = try directory.sociolab("export", "--store", "s", "--format", "csv", "--out", "out")
        #expect(export.exitCode == 0, "\(export)")
        for table in ExchangeTable.allCases {
            let text = String(decoding: try directory.read("out/" + table.fileName), as: UTF8.self)
            let rows = text.split(separator: "\n").count - 1
            #expect(rows == 1, "\(table.fileName) imported \(rows) rows:\n\(text)")
        }
    }

    @Test(
        "The codebook lists every column, every allowed value and every municipality",
        arguments: ["en", "sl"])
    func codebook(lang: String) throws {
        let directory = try Self.templates(lang)
        let language: Language = lang == "sl" ? .slovenian : .english
        let text = Self.text(try directory.read("t/" + ExchangeTemplates.codebookName(language)))
        let lines = Set(text.components(separatedBy: "\r\n").map { $0.trimmingCharacters(in: .whitespaces) })
        for table in ExchangeTable.allCases {
            #expect(text.contains(table.fileName))
            for column in table.columnInfo {
                let slovenian = ExchangeTable.slovenianColumnNames[column.name] ?? column.name
                let shown = language == .slovenian ? slovenian : column.name
                let other = language == .slovenian ? column.name : slovenian
                let line = "\(shown)\(column.isRequired ? " *" : "") [\(other)]"
                #expect(lines.contains(line), "\(table.fileName): no line '\(line)'")
                for entry in ExchangeTemplates.vocabulary(of: column.name, in: table) ?? [] {
                    let listed =
                        entry.words.isEmpty
                        ? entry.code : "\(entry.code) — \(entry.words.joined(separator: ", "))"
                    #expect(lines.contains(listed), "\(table.fileName) \(column.name): '\(listed)' missing")
                }
            }
        }
        for municipality in Municipality.all {
            #expect(
                text.contains("\(municipality.code.rawValue)  \(municipality.name)"), "\(municipality.name)")
        }
        for partner in ESFOperation.socioLabPodravje.partners { #expect(text.contains(partner.id.rawValue)) }
        // The kinds of the standard plugins, as DataFormats.md lists them.
        let kinds = ["training", "mentoring", "fair", "conference", "competition", "campaign"]
        for kind in kinds { #expect(lines.contains { $0.hasPrefix(kind + " — ") }, "kind \(kind)") }
    }

    @Test("Every column has a meaning in both languages, every fixed list its values, every example a column")
    func everyColumnExplained() {
        for table in ExchangeTable.allCases {
            for column in table.columnInfo {
                let meaning = ExchangeTemplates.meaning(of: column.name, in: table)
                #expect(meaning != nil, "\(table.fileName) \(column.name) has no meaning")
                if column.codec == .enumeration {
                    #expect(
                        ExchangeTemplates.vocabulary(of: column.name, in: table) != nil,
                        "\(table.fileName) \(column.name) lists no values")
                }
            }
            for language in Language.allCases {
                let example = ExchangeTemplates.example(
                    table, language: language, operation: .socioLabPodravje)
                #expect(Set(example.keys).isSubset(of: table.columns), "\(table.fileName)")
                #expect(
                    table.requiredColumns.allSatisfy { example[$0]?.isEmpty == false }, "\(table.fileName)")
            }
        }
    }

    @Test("Existing templates are replaced only with --force")
    func refusesToOverwrite() throws {
        let directory = try Self.templates("en")
        _ = try directory.write("id;name\r\nmine;kept\r\n", to: "t/organisations.csv")
        let before = try directory.digests("t")
        let again = try directory.sociolab("templates", "--out", "t", "--lang", "sl")
        #expect(again.exitCode == 2, "\(again)")
        #expect(again.standardError.contains("--force"), "\(again)")
        #expect(try directory.digests("t") == before, "a refused run changed the directory")
        let forced = try directory.sociolab("templates", "--out", "t", "--lang", "sl", "--force")
        #expect(forced.exitCode == 0, "\(forced)")
        #expect(try directory.digests("t") != before)
        #expect(Self.text(try directory.read("t/organisations.csv")).hasPrefix("šifra;naziv;"))
    }

    @Test("A directory in a store, or the store itself, is refused and nothing is written")
    func refusesStore() throws {
        let directory = try TemporaryDirectory()
        #expect(try directory.sociolab("init", "--store", "s").exitCode == 0)
        let before = try directory.digests("s")
        for out in ["s", "s/templates"] {
            let result = try directory.sociolab("templates", "--store", "s", "--out", out, "--force")
            #expect(result.exitCode == 2, "\(result)")
            #expect(result.standardError.contains("store"), "\(result)")
        }
        let elsewhere = try directory.sociolab("templates", "--out", "s/templates")  // another store's inside
        #expect(elsewhere.exitCode == 2, "\(elsewhere)")
        #expect(try directory.digests("s") == before, "the store changed")
    }

    @Test("Without --out, templates is a usage error")
    func needsOut() throws {
        let directory = try TemporaryDirectory()
        let result = try directory.sociolab("templates")
        #expect(result.exitCode == 2, "\(result)")
        #expect(result.standardError.contains("--out"), "\(result)")
    }
}
