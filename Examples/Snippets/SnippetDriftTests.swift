import Foundation
import Testing

/// Every ```swift block of README.md and Documentation/*.md appears in this folder's sources, which the
/// build compiles, so a guide's code cannot stop compiling unnoticed (issue 20).
///
/// A block of `Guide.md` is looked for in the files named `Guide*.swift` here. It appears when its
/// `import` lines are among a file's imports and its other lines, trimmed of indentation, follow each
/// other in that file (which may wrap them in a function that supplies the names the block assumes).
/// Blocks fenced as `swift manifest` are fragments of a Package.swift and are not checked.
struct SnippetDriftTests {
    /// The package's root folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// One ```swift block of a guide.
    struct Block: CustomTestStringConvertible, Sendable {
        /// The guide's path from the root, such as `Documentation/Storage.md`.
        var guide: String
        /// The 1-based line of the opening fence.
        var line: Int
        /// The block's lines.
        var lines: [String]

        var testDescription: String { "\(guide):\(line)" }
    }

    /// The guides that hold Swift code: README.md and every guide in Documentation/.
    static func guides() -> [String] {
        let documentation =
            (try? FileManager.default.contentsOfDirectory(
                atPath: root.appending(path: "Documentation").path)) ?? []
        return ["README.md"]
            + documentation.filter { $0.hasSuffix(".md") }.sorted().map { "Documentation/" + $0 }
    }

    /// The ```swift blocks of a guide.
    static func blocks(of guide: String) -> [Block] {
        let text = (try? String(contentsOf: root.appending(path: guide), encoding: .utf8)) ?? ""
        var blocks: [Block] = []
        var open: Block?
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            if var block = open {
                if line.trimmingCharacters(in: .whitespaces) == "```" {
                    blocks.append(block)
                    open = nil
                } else {
                    block.lines.append(line)
                    open = block
                }
            } else if line.trimmingCharacters(in: .whitespaces) == "```swift" {
                open = Block(guide: guide, line: index + 1, lines: [])
            }
        }
        return blocks
    }

    static let allBlocks: [Block] = guides().flatMap(blocks(of:))

    /// The sources of this folder that may hold a guide's blocks: `Storage.md` → `Storage*.swift`.
    static func sources(for guide: String) -> [(name: String, lines: [String])] {
        let base = URL(fileURLWithPath: guide).deletingPathExtension().lastPathComponent
        let folder = root.appending(path: "Examples/Snippets")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasPrefix(base) && $0.hasSuffix(".swift") }.sorted().compactMap { name in
            guard let text = try? String(contentsOf: folder.appending(path: name), encoding: .utf8) else {
                return nil
            }
            return (name, text.components(separatedBy: "\n"))
        }
    }

    static func trimmed(_ line: String) -> String { line.trimmingCharacters(in: .whitespaces) }

    /// Whether `block` appears in `source`: its imports among the source's, its other lines in a row.
    static func appears(_ block: [String], in source: [String]) -> Bool {
        let imports = block.map(trimmed).filter { $0.hasPrefix("import ") }
        let sourceImports = Set(source.map(trimmed).filter { $0.hasPrefix("import ") })
        guard imports.allSatisfy(sourceImports.contains) else { return false }
        var body = block.map(trimmed).filter { !$0.hasPrefix("import ") }
        while body.first == "" { body.removeFirst() }
        while body.last == "" { body.removeLast() }
        let lines = source.map(trimmed)
        guard !body.isEmpty else { return true }
        guard lines.count >= body.count else { return false }
        return (0...(lines.count - body.count)).contains { start in
            lines[start..<(start + body.count)].elementsEqual(body)
        }
    }

    @Test func theGuidesHoldSwiftBlocks() {
        #expect(Self.allBlocks.count >= 15, "found \(Self.allBlocks.count) blocks")
        #expect(Self.allBlocks.contains { $0.guide == "README.md" })
    }

    @Test(arguments: allBlocks)
    func everyBlockIsCompiledHereVerbatim(_ block: Block) {
        let sources = Self.sources(for: block.guide)
        #expect(!sources.isEmpty, "no Examples/Snippets source for \(block.guide)")
        #expect(
            sources.contains { Self.appears(block.lines, in: $0.lines) },
            "\(block.guide):\(block.line) is not in Examples/Snippets/\(URL(fileURLWithPath: block.guide).deletingPathExtension().lastPathComponent)*.swift as written"
        )
    }

    @Test func aChangedLineIsNoticed() {
        let source = ["import A", "func f() {", "let x = 1", "print(x)", "}"]
        #expect(Self.appears(["import A", "", "let x = 1", "    print(x)"], in: source))
        #expect(!Self.appears(["let x = 2", "print(x)"], in: source))
        #expect(!Self.appears(["import B", "let x = 1"], in: source))
        #expect(!Self.appears(["print(x)", "let x = 1"], in: source))
    }
}
