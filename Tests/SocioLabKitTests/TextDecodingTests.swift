import Foundation
import Testing

@testable import SocioLabKit

struct TextDecodingTests {
    @Test func utf8WithAndWithoutByteOrderMark() throws {
        let text = "ime;priimek\nČaša;Žabnik\n"
        #expect(try TextDecoding.decode(Data(text.utf8)) == text)
        #expect(try TextDecoding.decode(Data([0xEF, 0xBB, 0xBF] + Array(text.utf8))) == text)
        #expect(TextDecoding.detectEncoding(of: Data(text.utf8)) == .utf8)
    }

    @Test func utf16LittleAndBigEndianWithByteOrderMark() throws {
        let text = "a;b\nčšž;ĆĐ 😀\n"
        let little: [UInt8] =
            [0xFF, 0xFE] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let big: [UInt8] =
            [0xFE, 0xFF] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        #expect(try TextDecoding.decode(Data(little)) == text)
        #expect(try TextDecoding.decode(Data(big)) == text)
        #expect(TextDecoding.detectEncoding(of: Data(little)) == .utf16)
        let withoutMark = Array(little.dropFirst(2))
        #expect(try TextDecoding.decode(Data(withoutMark), encoding: .utf16) == text)
    }

    @Test func windows1250SlovenianLetters() throws {
        // "Čaša žaba šola" as Slovenian Excel writes it.
        let bytes: [UInt8] = [
            0xC8, 0x61, 0x9A, 0x61, 0x20, 0x9E, 0x61, 0x62, 0x61, 0x20, 0x9A, 0x6F, 0x6C, 0x61,
        ]
        #expect(TextDecoding.detectEncoding(of: Data(bytes)) == .windows1250)
        #expect(try TextDecoding.decode(Data(bytes)) == "Čaša žaba šola")
        #expect(try TextDecoding.decode(Data([0x8A, 0x8E, 0xE6, 0xF0, 0xC6, 0xD0, 0xE8])) == "ŠŽćđĆĐč")
        #expect(try TextDecoding.decode(Data([0x80, 0x84, 0x93, 0x94, 0x96, 0xA0])) == "€„“”–\u{A0}")
    }

    @Test func explicitEncodingOverridesDetection() throws {
        // "Ä\u{8D}" is valid UTF-8 for U+010D (č); read as Windows-1250 the same bytes are "ÄŤ".
        let bytes = Data([0xC4, 0x8D])
        #expect(try TextDecoding.decode(bytes) == "č")
        #expect(try TextDecoding.decode(bytes, encoding: .windows1250) == "ÄŤ")
    }

    @Test func wrongEncodingIsReportedWithItsLine() throws {
        let replacement = Data("a;b\n1;2\nNov\u{FFFD}k;3\n".utf8)
        let error = try #require(throws: SocioLabError.self) {
            try TextDecoding.decode(replacement, file: "osebe.csv")
        }
        #expect(error.code == .csvBadEncoding)
        #expect(error.location == .init(file: "osebe.csv", line: 3))

        let windows = Data([0x61, 0x0A, 0xE8, 0x0A])  // "a\nč" in Windows-1250, read as UTF-8
        let forced = try #require(throws: SocioLabError.self) {
            try TextDecoding.decode(windows, encoding: .utf8, file: "x.csv")
        }
        #expect(forced.code == .csvBadEncoding)
        #expect(forced.location.line == 2)

        let undefined = try #require(throws: SocioLabError.self) {
            try TextDecoding.decode(Data([0x61, 0x0D, 0x0A, 0x81]))
        }
        #expect(undefined.code == .csvBadEncoding)
        #expect(undefined.location.line == 2)
    }

    @Test func byteOrderMarkInTheMiddle() throws {
        let joined = Data(
            [0xEF, 0xBB, 0xBF] + Array("a\n1\n".utf8) + [0xEF, 0xBB, 0xBF] + Array("a\n2\n".utf8))
        let error = try #require(throws: SocioLabError.self) {
            try TextDecoding.decode(joined, file: "j.csv")
        }
        #expect(error.code == .csvBOMInMiddle)
        #expect(error.location == .init(file: "j.csv", line: 3))
    }

    @Test func nulBytesMeanBinary() throws {
        let zip = Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0xE8, 0x9F])
        let error = try #require(throws: SocioLabError.self) { try TextDecoding.decode(zip, file: "a.xlsx") }
        #expect(error.code == .csvBinary)
        #expect(error.location.file == "a.xlsx")

        let utf16WithoutMark = Data(
            "ab".utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] })
        #expect(throws: SocioLabError.self) { try TextDecoding.decode(utf16WithoutMark) }
    }

    @Test func oddUTF16LengthIsBadEncoding() throws {
        let error = try #require(throws: SocioLabError.self) {
            try TextDecoding.decode(Data([0xFF, 0xFE, 0x61, 0x00, 0x62]))
        }
        #expect(error.code == .csvBadEncoding)
    }

    @Test(arguments: [
        ([UInt8](), true), ([0x61, 0x7F], true), ([0xC3, 0xA9], true), ([0xE2, 0x82, 0xAC], true),
        ([0xF0, 0x9F, 0x98, 0x80], true), ([0xC0, 0x80], false), ([0xC3], false),
        ([0xE0, 0x80, 0x80], false),
        ([0xED, 0xA0, 0x80], false), ([0xF4, 0x90, 0x80, 0x80], false), ([0x80], false), ([0xFF], false),
        (Array("0123456789abcdef".utf8) + [0xE8], false),
    ])
    func utf8Validation(bytes: [UInt8], valid: Bool) {
        #expect(bytes.withUnsafeBufferPointer { TextDecoding.isValidUTF8($0) } == valid)
    }
}
