import Foundation
import Testing

@testable import SocioLabKit

/// `PrintableText`: the one place control characters become visible escapes on output (issue 12, item 11).
struct PrintableTextTests {
    @Test(
        "Every C0 control, DEL, every C1 control, the line separators and the bidi controls are escaped",
        arguments: Array(0x00...0x1F) + [0x7F] + Array(0x80...0x9F) + [0x2028, 0x2029]
            + Array(0x202A...0x202E) + Array(0x2066...0x2069))
    func escapesEveryControl(value: Int) throws {
        let scalar = try #require(Unicode.Scalar(UInt32(value)))
        let text = "a" + String(Character(scalar)) + "b"
        let expected = "a\\u{" + String(value, radix: 16, uppercase: true) + "}b"
        #expect(PrintableText.needsEscaping(text))
        #expect(PrintableText.escaped(text) == expected)
    }

    @Test("An escape sequence is shown, not run: ESC [ 2 J, OSC 8 hyperlinks, CSI as one C1 character")
    func escapeSequences() {
        #expect(PrintableText.escaped("\u{1B}[2J\u{1B}[31mred") == "\\u{1B}[2J\\u{1B}[31mred")
        #expect(
            PrintableText.escaped("\u{1B}]8;;http://x\u{7}link\u{1B}]8;;\u{7}")
                == "\\u{1B}]8;;http://x\\u{7}link\\u{1B}]8;;\\u{7}")
        #expect(PrintableText.escaped("\u{9B}31m") == "\\u{9B}31m")
        #expect(PrintableText.escaped("line\r\nforged") == "line\\u{D}\\u{A}forged")
    }

    @Test(
        "Ordinary text is kept as it is, with no copy",
        arguments: [
            "", "Čebelarska zadruga Šentilj – Žiri", "C:\\docs\\x", "\\u{1B} typed as text",
            "no\u{00A0}break", "¡¿«»€", "emoji 🐝 and 👩🏽‍🔧", "Arabic العربية and RLM \u{200F}", "\u{FEFF}bom",
        ])
    func keepsOrdinaryText(text: String) {
        #expect(!PrintableText.needsEscaping(text))
        #expect(PrintableText.escaped(text) == text)
    }

    @Test("Escaping twice changes nothing more")
    func idempotent() {
        let once = PrintableText.escaped("x\u{0}\u{1B}\u{85}\u{202E}y")
        #expect(once == "x\\u{0}\\u{1B}\\u{85}\\u{202E}y")
        #expect(PrintableText.escaped(once) == once)
    }

    @Test("A text that is not contiguous UTF-8 (bridged) is checked too")
    func bridgedText() {
        let bridged = NSString(string: "ab\u{1B}c") as String
        #expect(PrintableText.escaped(bridged) == "ab\\u{1B}c")
    }
}
