import Foundation
import Testing

@testable import SocioLabCommandLine

/// Issue 14: the getting-started guides (English and Slovenian) name only commands and options the tool
/// has. Every `sociolab` command line in their shell code blocks is parsed against the program spec, so a
/// renamed option or command fails here instead of misleading a reader.
struct GuideCommandsTests {
    /// The guides checked, relative to `Documentation/`.
    static let guides = ["GettingStarted.md", "GettingStarted.sl.md"]

    /// A guide's text.
    static func text(of guide: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "Documentation/" + guide)
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The lines of the guide's shell code blocks (```sh, ```bash, ```shell, ```console).
    static func shellLines(_ text: String) -> [String] {
        var lines: [String] = []
        var inShell = false
        var inOther = false
        for line in text.components(separatedBy: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") {
                if inShell || inOther {
                    inShell = false
                    inOther = false
                } else {
                    let info = trimmed.dropFirst(3).trimmingCharacters(in: .whitespaces)
                    inShell = ["sh", "bash", "shell", "console"].contains(info)
                    inOther = !inShell
                }
                continue
            }
            if inShell { lines.append(trimmed.hasPrefix("$ ") ? String(trimmed.dropFirst(2)) : trimmed) }
        }
        return lines
    }

    /// The words of a shell line, quotes removed, up to a comment or a shell operator.
    static func words(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quote: Character?
        var inWord = false
        for character in line {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
                continue
            }
            if character == "\"" || character == "'" {
                quote = character
                inWord = true
            } else if character == " " || character == "\t" {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else if character == "#" && !inWord {
                break
            } else if "|;&<>".contains(character) {
                break
            } else {
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }

    /// The arguments after `sociolab` (also `swift run sociolab`, `.build/debug/sociolab`) of each command line.
    static func invocations(in guide: String) throws -> [(line: String, arguments: [String])] {
        try shellLines(text(of: guide)).compactMap { line in
            let words = words(line)
            guard let index = words.firstIndex(where: { $0 == "sociolab" || $0.hasSuffix("/sociolab") })
            else {
                return nil
            }
            return (line, Array(words[(index + 1)...]))
        }
    }

    @Test("Every sociolab command line in the guides parses against the program spec", arguments: guides)
    func commandsParse(guide: String) throws {
        let found = try Self.invocations(in: guide)
        #expect(found.count >= 6, "\(guide): only \(found.count) sociolab command lines found")
        var used: Set<String> = []
        for (line, arguments) in found {
            do {
                let parsed = try Tool.program.parse(arguments)
                #expect(parsed.command != nil || parsed.isHelpRequest, "\(guide): '\(line)' names no command")
                if let command = parsed.command { used.insert(command) }
            } catch {
                Issue.record("\(guide): '\(line)': \(error.message)")
            }
        }
        for needed in ["templates", "init", "import", "report"] {
            #expect(used.contains(needed), "\(guide) never shows 'sociolab \(needed)'")
        }
    }

    @Test("The checker itself refuses an unknown option and an unknown command")
    func checkerCanFail() {
        #expect(throws: UsageError.self) { try Tool.program.parse(Self.words("import --dryrun a.csv")) }
        #expect(throws: UsageError.self) { try Tool.program.parse(Self.words("template --out t")) }
        #expect(
            Self.words("import --reason \"2019 sheets\" a.csv # comment") == [
                "import", "--reason", "2019 sheets", "a.csv",
            ])
    }
}
