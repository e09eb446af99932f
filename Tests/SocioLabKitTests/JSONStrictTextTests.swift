import Foundation
import Testing

@testable import SocioLabKit

/// `JSONValue(parsing:)`, `jsonText` and `JSONValue(encoding:)` keep numbers as written and refuse what a
/// store could not keep, with the line, column and JSON path of the fault (issue 12, items 1, 7 and 11).
struct JSONStrictTextTests {
    /// Nested arrays and objects `depth` levels deep, the innermost holding `1`.
    static func nested(_ depth: Int) -> String {
        var text = "1"
        for level in 0..<depth { text = level % 2 == 0 ? "[\(text)]" : "{\"a\":\(text)}" }
        return text
    }

    /// The error `JSONValue(parsing:)` throws, or `nil`.
    static func failure(_ text: String) -> SocioLabError? {
        do {
            _ = try JSONValue(parsing: text)
            return nil
        } catch { return error }
    }

    @Test func numbersKeepTheirTextExactly() throws {
        let text = #"{"big": 12345678901234567890, "one": 1.0, "tiny": 1e-400, "zero": -0.0, "e": 2E+5}"#
        let value = try JSONValue(parsing: text)
        #expect(value["big"] == .number("12345678901234567890"))
        #expect(value["one"] == .number("1.0"))
        #expect(value["tiny"] == .number("1e-400"))
        #expect(value["zero"] == .number("-0.0"))
        #expect(value["e"] == .number("2E+5"))
        #expect(
            value.jsonText == #"{"big":12345678901234567890,"e":2E+5,"one":1.0,"tiny":1e-400,"zero":-0.0}"#)
        #expect(try JSONValue(parsing: value.jsonText) == value)
    }

    @Test func aNumberOfTheLongestTextIsKept() throws {
        let longest = "-" + String(repeating: "9", count: JSONValue.maximumNumberLength - 1)
        #expect(try JSONValue(parsing: "[\(longest)]") == .array([.number(longest)]))
        let error = try #require(Self.failure("[\n  \(longest)9]"))
        #expect(error.code == .invalidValue)
        #expect(error.location.line == 2)
        #expect(error.location.column == 3)
        #expect(error.location.field == "[0]")
        #expect(error.message.contains("longer than \(JSONValue.maximumNumberLength) characters"))
    }

    @Test func aKeyTwiceInOneObjectIsRefusedAtTheSecondKey() throws {
        let error = try #require(Self.failure("{\"a\": 1,\n \"b\": {\"c\": 2, \"c\": 3}}"))
        #expect(error.code == .invalidValue)
        #expect(error.location.line == 2)
        #expect(error.location.column == 16)
        #expect(error.location.field == "b.c")
        #expect(error.message.contains("\"c\" appears twice"))
    }

    @Test func nestingUpToTheLimitIsKeptAndOneLevelMoreIsRefused() throws {
        let deepest = try JSONValue(parsing: Self.nested(JSONValue.maximumDepth))
        #expect(deepest.firstLimitViolation() == nil)
        let tooDeep = Self.nested(JSONValue.maximumDepth + 1)
        let error = try #require(Self.failure(tooDeep))
        #expect(error.code == .invalidValue)
        #expect(error.location.line == 1)
        // At the bracket that opens the 65th level.
        let opening = Array(tooDeep).indices.filter { "[{".contains(Array(tooDeep)[$0]) }
        #expect(error.location.column == opening[JSONValue.maximumDepth] + 1)
        #expect(error.message.contains("more than \(JSONValue.maximumDepth) levels"))
    }

    @Test(arguments: ["\\u0000", "\\u001b[31m", "\\u0007", "\\u001f"])
    func controlCharactersInStringsAndKeysAreRefused(_ escape: String) throws {
        let inValue = try #require(Self.failure("{\"note\": \"a\(escape)\"}"))
        #expect(inValue.location.field == "note")
        #expect(inValue.location.column == 10)
        #expect(inValue.message.contains("control character U+00"))
        let inKey = try #require(Self.failure("[{\"k\(escape)\": 1}]"))
        #expect(inKey.location.field?.hasPrefix("[0][") == true)
    }

    @Test func tabsLineBreaksAndEveryOtherCharacterAreKept() throws {
        let text = #"{"t": "a\tb\nc\r\nd\u00a0\u2028\u3000\ufeff\u007f\u0085 😀 e\u0301", "\u00e9": "x"}"#
        let value = try JSONValue(parsing: text)
        #expect(value["t"] == .string("a\tb\nc\r\nd\u{A0}\u{2028}\u{3000}\u{FEFF}\u{7F}\u{85} 😀 e\u{301}"))
        #expect(try JSONValue(parsing: value.jsonText) == value)
    }

    @Test(arguments: ["{not json", "[1,]", "01", "+1", ".5", "1.", "NaN", "[1] 2", "{\"a\" 1}", "\"\\x\""])
    func whatIsNotStrictJSONIsRefused(_ text: String) {
        #expect(Self.failure(text)?.code == .invalidValue)
    }

    @Test func encodingKeepsEveryDigitOfTheEncoder() throws {
        struct Wide: Codable { var big: UInt64 = .max, small: Int64 = .min, ratio = 0.1 }
        let value = try JSONValue(encoding: Wide())
        #expect(value["big"] == .number("18446744073709551615"))
        #expect(value["small"] == .number("-9223372036854775808"))
        #expect(value["ratio"] == .number("0.1"))
        #expect(try value.decode(Wide.self).big == .max)
    }

    @Test func foundationDecodersAndEncodersGetSaneNumbers() throws {
        let decoded = try JSONDecoder().decode(
            [JSONValue].self, from: Data("[18446744073709551615, 2.5]".utf8))
        #expect(decoded == [.number("18446744073709551615"), .number("2.5")])
        let encoded = try JSONEncoder().encode([JSONValue.number("18446744073709551615"), .number("7")])
        #expect(String(decoding: encoded, as: UTF8.self) == "[18446744073709551615,7]")
        #expect(throws: EncodingError.self) { try JSONEncoder().encode([JSONValue.number("+1")]) }
    }

    @Test func aValueHoldingATextThatIsNoNumberWritesNull() {
        #expect(JSONValue.array([.number("01")]).jsonText == "null")
        #expect(JSONValue.number("1").jsonText == "1")
    }

    @Test func theStoreReadsDeeperThanDetailsMayNest() {
        #expect(JSONReader.maximumDepth == JSONValue.maximumDepth + JSONReader.detailsEnclosingDepth)
        #expect(JSONReader.maximumNumberLength == JSONValue.maximumNumberLength)
    }
}
