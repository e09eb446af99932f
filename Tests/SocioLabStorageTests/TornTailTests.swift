import Foundation
import SocioLabKit
import Testing

@testable import SocioLabStorage

/// What counts as a torn write at the end of a journal or history file: a proper prefix of a checked
/// line (perhaps all of it but the newline), perhaps followed by zero bytes — and nothing else.
struct TornTailTests {
    /// A whole checked line without its newline.
    static let line: [UInt8] = {
        var bytes = JournalCodec.frame(
            Array(#"{"author":"ana","n":[1,-2.5e+3,true,null,{"k":"čšž\u00e9"}],"revision":7}"#.utf8))
        bytes.removeLast()
        return bytes
    }()

    static func damage(_ bytes: [UInt8]) -> TornTail.Damage? {
        bytes.withUnsafeBytes { TornTail.damage(in: $0) }
    }

    @Test func everyProperPrefixOfALineIsTorn() {
        for cut in 1...Self.line.count {
            #expect(Self.damage(Array(Self.line[..<cut])) == nil, "cut at \(cut)")
            #expect(Self.damage(Array(Self.line[..<cut]) + [0, 0, 0]) == nil, "cut at \(cut), zeros after")
        }
        #expect(Self.damage([0, 0]) == nil, "zero bytes alone")
    }

    static let damaged: [(String, [UInt8])] = [
        ("a byte other than a newline after a whole line", TornTailTests.line + Array("x".utf8)),
        ("a space after a whole line", TornTailTests.line + [0x20]),
        ("a carriage return after a whole line", TornTailTests.line + [0x0D]),
        ("a whole line with a wrong checksum", TornTailTests.wrongChecksum()),
        ("zero bytes, then another byte", Array(TornTailTests.line.prefix(30)) + [0, 0, 0x41]),
        ("not the fixed start", Array("{\"crc32\":".utf8)),
        ("an upper-case checksum digit", Array("{\"crc32c\":\"0A".utf8)),
        ("garbage", Array("hello".utf8)),
        ("a value where a key belongs", Array(#"{"crc32c":"00000000",1"#.utf8)),
        ("a bad literal", Array(#"{"crc32c":"00000000","a":trux"#.utf8)),
        ("a leading zero", Array(#"{"crc32c":"00000000","a":01"#.utf8)),
        ("an exponent without digits", Array(#"{"crc32c":"00000000","a":1e,"#.utf8)),
        ("a bad escape", Array(#"{"crc32c":"00000000","a":"\x"#.utf8)),
        ("a bad \\u escape", Array(#"{"crc32c":"00000000","a":"\u12g"#.utf8)),
        ("a control character in a string", Array(#"{"crc32c":"00000000","a":""#.utf8) + [0x01]),
        ("invalid UTF-8", Array(#"{"crc32c":"00000000","a":""#.utf8) + [0xC0, 0x80]),
        ("an overlong encoding", Array(#"{"crc32c":"00000000","a":""#.utf8) + [0xE0, 0x80]),
        ("a surrogate encoded in UTF-8", Array(#"{"crc32c":"00000000","a":""#.utf8) + [0xED, 0xA0]),
        ("a mismatched bracket", Array(#"{"crc32c":"00000000","a":[1}"#.utf8)),
        (
            "nesting deeper than a reader accepts",
            Array(#"{"crc32c":"00000000","a":"#.utf8)
                + [UInt8](repeating: 0x5B, count: JSONReader.maximumDepth)
        ),
    ]

    @Test(arguments: TornTailTests.damaged)
    func anythingElseIsDamage(_ name: String, _ bytes: [UInt8]) {
        #expect(Self.damage(bytes) != nil, "\(name)")
    }

    @Test func prefixesThatEndMidTokenAreTorn() {
        for text in [
            #"{"crc32c":"00000000","a":tr"#, #"{"crc32c":"00000000","a":-"#, #"{"crc32c":"00000000","a":1."#,
            #"{"crc32c":"00000000","a":1e+"#, #"{"crc32c":"00000000","a":"\"#,
            #"{"crc32c":"00000000","a":"\u0"#,
            #"{"crc32c":"00000000","a" "#, #"{"crc32c":"00000000","a":[{"b":[]},"#,
        ] {
            #expect(Self.damage(Array(text.utf8)) == nil, "\(text)")
        }
        // A prefix ending inside a multi-byte character.
        #expect(Self.damage(Array(#"{"crc32c":"00000000","a":""#.utf8) + [0xC4]) == nil)
        #expect(Self.damage(Array(#"{"crc32c":"00000000","a":""#.utf8) + [0xF0, 0x9F]) == nil)
    }

    /// A whole line whose checksum does not match.
    static func wrongChecksum() -> [UInt8] {
        var bytes = line
        bytes[11] = bytes[11] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
        return bytes
    }
}
