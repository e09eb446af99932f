import Foundation
import Testing

@testable import SocioLabKit

/// The encoding is guessed only for text that is not plausibly UTF-8; a UTF-8 file with one bad byte is an
/// error naming the line and column of that byte, never re-read as Windows-1250 (issue 12, item 8).
struct EncodingGuessTests {
    /// `persons.csv` in UTF-8 with Slovenian letters, and `bad` (a Windows-1250 `č`, 0xE8) put in the
    /// family name on line 3, after "Kova".
    static func personsFile(byteOrderMark: Bool = false, bad: [UInt8] = [0xE8]) -> [UInt8] {
        let header = Array("id,given_name,family_name,gender\n".utf8)
        let first = Array("p1,Špela,Žužek,f\n".utf8)
        let second = Array("p2,Jože,Kova".utf8) + bad + Array("ič,m\n".utf8)
        return (byteOrderMark ? [0xEF, 0xBB, 0xBF] : []) + header + first + second
    }

    @Test(arguments: [false, true])
    func aUTF8FileWithOneBadByteIsAnErrorAtItsLineAndColumn(byteOrderMark: Bool) throws {
        let bytes = Self.personsFile(byteOrderMark: byteOrderMark)
        let decoded = try #require(throws: SocioLabError.self) {
            try TextDecoding.decode(Data(bytes), file: "persons.csv")
        }
        #expect(decoded.code == .csvBadEncoding)
        #expect(decoded.location.file == "persons.csv")
        #expect(decoded.location.line == 3)
        // "p2,Jože,Kova" is 12 characters: the bad byte is the 13th of its line.
        #expect(decoded.message.contains("Line 3, column 13"), "\(decoded)")
        #expect(decoded.message.contains("0xE8"), "\(decoded)")
        #expect(decoded.location.byteOffset == bytes.firstIndex(of: 0xE8))

        let imported = ExchangeFixtures.errors(bytes: [("persons.csv", bytes)])
        #expect(imported == [decoded], "\(imported)")
    }

    @Test func aBadByteInALargeFileIsFoundByTheParallelSurvey() throws {
        var bytes = Array("id,given_name,family_name,gender\n".utf8)
        var line = 1
        while bytes.count < 3 << 20 {
            bytes += Array("p\(line),Špela,Žužek,f\n".utf8)
            line += 1
        }
        let badLine = line + 1
        bytes += Array("px,Jože,Kova".utf8) + [0x9A] + Array("ič,m\n".utf8)
        bytes += Array("py,Ana,Novak,f\n".utf8)
        let errors = ExchangeFixtures.errors(bytes: [("persons.csv", bytes)])
        #expect(errors.count == 1)
        #expect(errors.first?.code == .csvBadEncoding)
        #expect(errors.first?.location.line == badLine)
        #expect(errors.first?.message.contains("column 13") == true, "\(errors)")
    }

    @Test func utf8AskedForWithABadByteNamesItsColumn() throws {
        let bytes: [UInt8] = Array("a;b\n1;".utf8) + [0xE8] + Array("\n".utf8)
        let error = try #require(throws: SocioLabError.self) {
            try TextDecoding.decode(Data(bytes), encoding: .utf8, file: "x.csv")
        }
        #expect(error.code == .csvBadEncoding)
        #expect(error.location.line == 2)
        #expect(error.message.contains("column 3"), "\(error)")
    }

    @Test func windows1250WithoutAnyMultiByteSequenceIsStillRead() throws {
        // "Čaša;šola\nžaba;Đurđa\n" in Windows-1250: no byte pair of it is a UTF-8 sequence.
        let bytes: [UInt8] = [
            0xC8, 0x61, 0x9A, 0x61, 0x3B, 0x9A, 0x6F, 0x6C, 0x61, 0x0A,
            0x9E, 0x61, 0x62, 0x61, 0x3B, 0xD0, 0x75, 0x72, 0xF0, 0x61, 0x0A,
        ]
        #expect(TextDecoding.detectEncoding(of: Data(bytes)) == .windows1250)
        #expect(try TextDecoding.decode(Data(bytes)) == "Čaša;šola\nžaba;Đurđa\n")
        let batch = try CSVImport.read(
            Data(Array("id,given_name,gender\np1,".utf8) + [0xC8, 0x61, 0x9A, 0x61] + Array(",f\n".utf8)),
            file: "persons.csv")
        #expect(batch.records.contains { $0 == PersonalDetails(person: "p1", givenName: "Čaša").record })
    }

    @Test func utf16WithAByteOrderMarkIsStillRead() throws {
        let text = "id,given_name,gender\np1,Čaša,f\n"
        let little: [UInt8] =
            [0xFF, 0xFE] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(try TextDecoding.decode(Data(little)) == text)
        let batch = try CSVImport.read(Data(little), file: "persons.csv")
        #expect(batch.records.contains { $0 == PersonalDetails(person: "p1", givenName: "Čaša").record })
    }

    @Test func plausibleUTF8IsDetectedAsUTF8EvenWithABadByte() {
        #expect(TextDecoding.detectEncoding(of: Data(Self.personsFile())) == .utf8)
        // A multi-byte sequence after the bad byte counts too.
        let later: [UInt8] = [0x61, 0xE8, 0x0A, 0xC4, 0x8D, 0x0A]
        #expect(TextDecoding.detectEncoding(of: Data(later)) == .utf8)
        #expect(throws: SocioLabError.self) { try TextDecoding.decode(Data(later)) }
    }

    @Test func aBinaryFileIsStillReportedAsBinary() throws {
        // A zip header: NULs, bytes that are not UTF-8, and a valid sequence (C3 A9) by chance.
        let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0xE8, 0x9F, 0xC3, 0xA9, 0x00]
        let error = try #require(throws: SocioLabError.self) { try TextDecoding.decode(Data(zip)) }
        #expect(error.code == .csvBinary)
        #expect(ExchangeFixtures.errors(bytes: [("persons.csv", zip)]).map(\.code) == [.csvBinary])
    }
}

extension ExchangeFixtures {
    /// The errors of an import of files given as bytes, which must fail.
    static func errors(bytes files: [(String, [UInt8])]) -> [SocioLabError] {
        do {
            _ = try CSVImport.read(
                files.map { CSVSource(name: $0.0, data: Data($0.1)) },
                options: .init(operation: .socioLabPodravje))
            return []
        } catch {
            return error.errors
        }
    }
}
