import Foundation

/// The secret key of the keyed hash that turns a person into a token (`Documentation/Partners-Consolidation.md`).
///
/// The lead partner makes one key for the operation and gives it to every partner; a partner's package and
/// the lead's consolidation must use the same key, which the package header's ``checkValue`` proves without
/// revealing the key. A key file is text: the key in hexadecimal (at least 64 hex digits, 32 bytes), with
/// spaces, line breaks and lines starting with `#` ignored.
package struct PseudonymKey: Sendable, Hashable {
    /// The smallest key accepted, in bytes.
    package static let minimumByteCount = 32
    /// The label whose HMAC is the key check value.
    package static let checkLabel = "sociolab/key-check/v1"

    /// The key.
    package let bytes: [UInt8]

    /// A key of raw bytes.
    /// - Throws: ``SocioLabError`` `consolidation.key-invalid` when it is shorter than 32 bytes.
    package init(bytes: [UInt8], file: String? = nil) throws(SocioLabError) {
        guard bytes.count >= Self.minimumByteCount else {
            throw SocioLabError(
                .consolidationKeyInvalid,
                LocalizedText(
                    sl: "ključ je prekratek: \(bytes.count) B, potrebnih je vsaj \(Self.minimumByteCount) B; "
                        + "uporabite ključ, ki ga je razdelil vodilni partner",
                    en: "the key has \(bytes.count) bytes and at least \(Self.minimumByteCount) are needed; "
                        + "use the key the lead partner distributed"),
                at: .init(file: file))
        }
        self.bytes = bytes
    }

    /// Reads a key file's text.
    /// - Parameters:
    ///   - text: The file's text: hexadecimal digits; whitespace and `#` comment lines are ignored.
    ///   - file: The file's name, for errors.
    /// - Throws: ``SocioLabError`` `consolidation.key-invalid` naming the line of a character that is no
    ///   hex digit, an odd number of digits, or a key shorter than 32 bytes.
    package init(fileText text: String, file: String? = nil) throws(SocioLabError) {
        var digits: [UInt8] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.hasPrefix("#") { continue }
            for scalar in trimmed.unicodeScalars where !CharacterSet.whitespaces.contains(scalar) {
                guard let value = Self.hexValue(scalar) else {
                    throw SocioLabError(
                        .consolidationKeyInvalid,
                        LocalizedText(
                            sl: "ključ sme vsebovati le šestnajstiške števke (0–9, a–f), najden je znak "
                                + "'\(scalar.escaped(asASCII: true))'; uporabite ključno datoteko vodilnega partnerja",
                            en: "a key file holds hexadecimal digits (0-9, a-f) only, found "
                                + "'\(scalar.escaped(asASCII: true))'; use the key file of the lead partner"),
                        at: .init(file: file, line: number + 1))
                }
                digits.append(value)
            }
        }
        guard digits.count % 2 == 0 else {
            throw SocioLabError(
                .consolidationKeyInvalid,
                LocalizedText(
                    sl:
                        "ključ ima liho število šestnajstiških števk (\(digits.count)); vsak bajt sta dve števki",
                    en: "the key has an odd number of hex digits (\(digits.count)); each byte is two digits"),
                at: .init(file: file))
        }
        let bytes = stride(from: 0, to: digits.count, by: 2).map { digits[$0] << 4 | digits[$0 + 1] }
        try self.init(bytes: bytes, file: file)
    }

    /// The key check value: the first 8 bytes of the HMAC of ``checkLabel``, in hex (16 digits).
    ///
    /// It identifies the key without revealing it: a package carries it, and consolidation refuses a
    /// package whose value differs from its own key's.
    package var checkValue: String {
        SHA256Hasher.hex(
            HMACSHA256.authenticationCode(for: Array(Self.checkLabel.utf8), key: bytes).prefix(8))
    }

    /// The value of a hex digit, either case.
    private static func hexValue(_ scalar: Unicode.Scalar) -> UInt8? {
        switch scalar.value {
        case 0x30...0x39: UInt8(scalar.value - 0x30)
        case 0x61...0x66: UInt8(scalar.value - 0x61 + 10)
        case 0x41...0x46: UInt8(scalar.value - 0x41 + 10)
        default: nil
        }
    }
}
