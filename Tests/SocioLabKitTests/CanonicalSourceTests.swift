import Foundation
import Testing

@testable import SocioLabKit

/// `Sources/SocioLabKit/Indicators/CanonicalObject+Generated.swift` is exactly what
/// ``CanonicalSourceRenderer`` renders from the schemas; with `SOCIOLAB_REGENERATE=1` the test rewrites it.
struct CanonicalSourceTests {
    /// The checked-in generated file, found from this test file's path.
    static let generatedFile = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // SocioLabKitTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the package
        .appendingPathComponent("Sources/SocioLabKit/Indicators/CanonicalObject+Generated.swift")

    @Test func theGeneratedCanonicalWritersAreWhatTheSchemasRender() throws {
        let rendered = try CanonicalSourceRenderer.render(CanonicalSourceRenderer.generatedKinds)
        let path = Self.generatedFile.path
        let checkedIn = try? String(contentsOf: Self.generatedFile, encoding: .utf8)
        if ProcessInfo.processInfo.environment["SOCIOLAB_REGENERATE"] == "1" {
            if checkedIn != rendered {
                try rendered.write(to: Self.generatedFile, atomically: true, encoding: .utf8)
            }
            #expect(try String(contentsOf: Self.generatedFile, encoding: .utf8) == rendered)
            return
        }
        guard checkedIn != rendered else { return }
        let old = checkedIn?.split(separator: "\n", omittingEmptySubsequences: false) ?? []
        let new = rendered.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(old, new).enumerated().first { $1.0 != $1.1 }?.offset ?? min(old.count, new.count)
        let first = line < new.count ? "it should read \"\(new[line])\"" : "it should end there"
        Issue.record(
            """
            \(path) is not what the schemas of Person, PersonalDetails and Participation render (a field was \
            added, removed or changed, or the file was edited by hand): line \(line + 1) differs, \(first). \
            Regenerate it and commit the result:
                \(CanonicalSourceRenderer.regenerate)
            If it no longer compiles, delete it first and run the same command.
            """)
    }

    @Test func everyRenderedLineFitsTheLineLength() throws {
        let rendered = try CanonicalSourceRenderer.render(CanonicalSourceRenderer.generatedKinds)
        for line in rendered.split(separator: "\n") {
            #expect(line.count <= CanonicalSourceRenderer.lineLength, "\(line)")
        }
    }

    /// A model type with a member of every kind of call, and names long enough to be broken.
    struct Sample {
        var id: String
        var day: Day?
        var flag: Bool
        var count: Int?
        var hours: Quantity
        var tags: [String]
        var codes: [Person.ID]
        var details: JSONValue
        var evidence: [Evidence]
        var consent: Consent
        var anOrganisationWithAVeryLongPropertyName: Organisation.ID?
        var aListWithAVeryLongPropertyName: [Organisation.ID]
        var inner: Inner?
    }

    struct Inner {
        var value: Int?
    }

    @Test func everyCallIsSpelledAsTheCursorWritesIt() throws {
        let long = "a_name_long_enough_to_break_the_line"
        let kind = CanonicalSourceRenderer.Kind(
            typeName: "Sample",
            members: [
                CanonicalSource(
                    long, \Sample.anOrganisationWithAVeryLongPropertyName, isOptional: true,
                    .string(text: "rawValue")),
                CanonicalSource("codes", \Sample.codes, isOptional: false, .strings(text: "rawValue")),
                CanonicalSource(
                    "consent", \Sample.consent, isOptional: false,
                    .object([CanonicalSource("given_on", \Consent.givenOn, isOptional: true, .day)])),
                CanonicalSource("count", \Sample.count, isOptional: true, .int),
                CanonicalSource("day", \Sample.day, isOptional: true, .day),
                CanonicalSource("details", \Sample.details, isOptional: false, .json),
                CanonicalSource("evidence", \Sample.evidence, isOptional: false, .evidence),
                CanonicalSource("flag", \Sample.flag, isOptional: false, .bool),
                CanonicalSource("hours", \Sample.hours, isOptional: false, .quantity),
                CanonicalSource("id", \Sample.id, isOptional: false, .string(text: nil)),
                CanonicalSource(
                    long + "_list", \Sample.aListWithAVeryLongPropertyName, isOptional: false,
                    .strings(text: "rawValue")),
                CanonicalSource("tags", \Sample.tags, isOptional: false, .strings(text: nil)),
            ])
        let rendered = try CanonicalSourceRenderer.render([kind])
        let body = rendered.dropFirst(CanonicalSourceRenderer.header.count)
        #expect(
            String(body) == """
                extension Sample {
                    @inline(__always)
                    func writeCanonicalObject(to cursor: inout CanonicalWriter.Cursor) {
                        cursor.beginObject()
                        cursor.string(
                            "a_name_long_enough_to_break_the_line", anOrganisationWithAVeryLongPropertyName?.rawValue)
                        cursor.strings("codes", codes) { $0.rawValue }
                        cursor.key("consent")
                        cursor.beginObject()
                        cursor.day("given_on", consent.givenOn)
                        cursor.endObject()
                        cursor.int("count", count)
                        cursor.day("day", day)
                        cursor.json("details", details)
                        cursor.evidence(evidence)
                        cursor.bool("flag", flag)
                        cursor.quantity("hours", hours)
                        cursor.string("id", id)
                        cursor.strings(
                            "a_name_long_enough_to_break_the_line_list", aListWithAVeryLongPropertyName
                        ) { $0.rawValue }
                        cursor.strings("tags", tags) { $0 }
                        cursor.endObject()
                    }
                }

                """)
    }

    @Test func aCallTooLongEvenWhenBrokenIsRefused() {
        let name = String(repeating: "x", count: 120)
        let kind = CanonicalSourceRenderer.Kind(
            typeName: "Sample", members: [CanonicalSource(name, \Sample.day, isOptional: true, .day)])
        #expect(throws: CanonicalSourceRenderer.Failure.self) { try CanonicalSourceRenderer.render([kind]) }
    }

    @Test func aKeyPathThroughAnOptionalIsRefused() {
        let kind = CanonicalSourceRenderer.Kind(
            typeName: "Sample",
            members: [CanonicalSource("given_on", \Sample.inner?.value, isOptional: true, .int)])
        #expect(throws: CanonicalSourceRenderer.Failure.self) { try CanonicalSourceRenderer.render([kind]) }
    }
}
