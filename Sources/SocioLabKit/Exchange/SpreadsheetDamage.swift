import Foundation

/// Recognises what a spreadsheet program (Excel above all) does to values typed into it, so that a cell
/// which failed to read is explained by its cause and a fix that fits it.
///
/// Excel turns long numbers into scientific notation (`1,23457E+07`, losing digits), drops the leading
/// zeros of numbers (a 12-digit EMŠO, a 6-digit registration number), shows dates as serial numbers
/// (`32874`) when a column is formatted as a number, and writes years with two digits (`1.3.85`).
///
/// The checks run only on cells that already failed to read, never on good ones, so they cost nothing on
/// a clean import.
enum SpreadsheetDamage {
    /// What a column holds, as far as the diagnosis cares.
    enum Content: Hashable, Sendable {
        /// An EMŠO (13 digits).
        case emso
        /// A registration number (7 or 10 characters).
        case registrationNumber
        /// A calendar date.
        case date
        /// Any other code or number.
        case other
    }

    /// The kind of content of a column, from its name and codec.
    static func content(of column: ExchangeColumnInfo) -> Content {
        switch column.name {
        case "emso": return .emso
        case "registration_number": return .registrationNumber
        default: return column.codec == .day ? .date : .other
        }
    }

    /// The explanation of a cell that failed to read, when its text shows what a spreadsheet did to it.
    /// - Parameters:
    ///   - cell: The cell's text, trimmed (an EMŠO is never repeated in the sentence).
    ///   - column: The column's name, for the message.
    ///   - content: What the column holds.
    /// - Returns: A sentence naming the cell, the cause and the fix, in Slovenian and English; `nil` when
    ///   the text shows no spreadsheet damage.
    static func diagnose(_ cell: String, column: String, content: Content) -> LocalizedText? {
        // An EMŠO is personal data: it is never echoed.
        let shown = content == .emso ? "The EMŠO in \(column)" : "'\(CellText.excerpt(cell))' in \(column)"
        let shownSl =
            content == .emso ? "EMŠO v stolpcu \(column)" : "'\(CellText.excerpt(cell))' v stolpcu \(column)"
        if isScientific(cell) {
            return LocalizedText(
                sl: "\(shownSl): Excel je število pretvoril v znanstveni zapis in izgubil števke. Stolpec "
                    + "oblikujte kot besedilo in vrednost vpišite znova (kopija iz te datoteke je ne more obnoviti).",
                en: "\(shown): Excel turned the number into scientific notation and lost digits. Format the "
                    + "column as Text and type the value again (copying it back from this file cannot restore it)."
            )
        }
        switch content {
        case .emso:
            if cell.utf8.count == 12, isDigits(cell), (try? EMSO("0" + cell)) != nil {
                return LocalizedText(
                    sl: "\(shownSl) ima 12 števk: Excel je izpustil vodilno ničlo (z 0 na začetku je EMŠO "
                        + "veljaven). Stolpec oblikujte kot besedilo in vpišite EMŠO z vsemi 13 števkami.",
                    en:
                        "\(shown) has 12 digits: Excel dropped its leading zero (with a 0 in front it is a valid "
                        + "EMŠO). Format the column as Text and write the EMŠO with all 13 digits.")
            }
        case .registrationNumber:
            if isDigits(cell), cell.utf8.count < 10, cell.utf8.count != 7 {
                let target = cell.utf8.count < 7 ? 7 : 10
                let padded = String(repeating: "0", count: target - cell.utf8.count) + cell
                if (try? RegistrationNumber(padded)) != nil {
                    return LocalizedText(
                        sl: "\(shownSl): Excel je izpustil vodilno ničlo te matične številke (\(padded) je "
                            + "veljavna). Stolpec oblikujte kot besedilo in vpišite vseh \(target) števk.",
                        en:
                            "\(shown): Excel dropped the leading zero of this registration number (\(padded) is "
                            + "valid). Format the column as Text and write all \(target) digits.")
                }
            }
        case .date:
            if let day = serialDate(cell) {
                return LocalizedText(
                    sl:
                        "\(shownSl): to je videti kot datum, ki ga Excel prikazuje kot zaporedno številko; \(cell) "
                        + "je \(day.slovenianDescription). Stolpec oblikujte kot datum ali besedilo in datum "
                        + "zapišite kot LLLL-MM-DD (\(day)) ali D. M. LLLL (\(day.slovenianDescription)).",
                    en: "\(shown): this looks like a date that Excel shows as its serial number; \(cell) is "
                        + "\(day.slovenianDescription) (\(day)). Format the column as a date or as Text and write "
                        + "the date as YYYY-MM-DD (\(day)).")
            }
            if let year = twoDigitYear(cell) {
                return LocalizedText(
                    sl:
                        "\(shownSl): letnica ima dve števki, zato stoletje ni znano. Letnico zapišite v celoti, "
                        + "na primer \(year.day). \(year.month). \(year.year), ali kot LLLL-MM-DD; v Excelu stolpec "
                        + "oblikujte kot besedilo ali kot datum s štirimestno letnico.",
                    en:
                        "\(shown): the year has two digits, so the century is unknown. Write the year in full, "
                        + "such as \(year.example), or as YYYY-MM-DD; in Excel format the column as Text or as a "
                        + "date with a four-digit year.")
            }
        case .other:
            break
        }
        return nil
    }

    /// Whether the text is a number in the scientific notation Excel writes: a mantissa with an optional
    /// decimal point or comma, an upper-case `E`, a sign and an exponent of at least two digits
    /// (`1,23457E+07`, `1.23457E+07`, `5E-03`). A hand-written `1e20` is not taken for Excel's.
    static func isScientific(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        func digits() -> Int {
            let start = index
            while index < bytes.count, bytes[index] &- 0x30 < 10 { index += 1 }
            return index - start
        }
        guard digits() > 0 else { return false }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ",") {
            index += 1
            guard digits() > 0 else { return false }
        }
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "E"),
            bytes[index + 1] == UInt8(ascii: "+") || bytes[index + 1] == UInt8(ascii: "-")
        else { return false }
        index += 2
        return digits() >= 2 && index == bytes.count
    }

    /// The date an Excel serial number stands for, for whole numbers from 10000 (1927-05-18) to 99999
    /// (2173-10-14): day 1 is 1900-01-01 and, as Excel counts a 29 February 1900 that never was, day
    /// *n* above 60 is 1899-12-30 plus *n* days.
    static func serialDate(_ text: String) -> Day? {
        guard text.utf8.count == 5, isDigits(text), let serial = Int(text), serial >= 10_000 else {
            return nil
        }
        return Day(year: 1899, month: 12, day: 30)?.adding(days: serial)
    }

    /// A date written `D.M.YY` (or with `/` or `-`), and the same date with the year in full as an example
    /// (`1.3.85` → `1.3.1985`; years up to 30 are taken as 20YY).
    static func twoDigitYear(_ text: String) -> (day: Int, month: Int, year: Int, example: String)? {
        let parts = text.split(whereSeparator: { $0 == "." || $0 == "/" || $0 == "-" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 3, parts[2].count == 2, parts.allSatisfy({ !$0.isEmpty && isDigits($0) }),
            let day = Int(parts[0]), let month = Int(parts[1]), let short = Int(parts[2]),
            parts[0].count <= 2, parts[1].count <= 2, (1...31).contains(day), (1...12).contains(month)
        else { return nil }
        let year = short <= 30 ? 2000 + short : 1900 + short
        return (day, month, year, "\(day).\(month).\(year)")
    }

    private static func isDigits(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { $0 &- 0x30 < 10 }
    }
}
