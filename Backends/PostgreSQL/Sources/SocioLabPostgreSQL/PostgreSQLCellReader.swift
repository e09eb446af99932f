import NIOCore
import PostgresNIO
import SocioLabKit

/// Reads a typed column's cell, as the server sends it in binary form, into the member's value in the
/// entity's stored form — the same value `row_to_json` would have written, without the server writing JSON
/// text or the client parsing it.
///
/// The columns are those of ``PostgreSQLTable``: `date`, `boolean`, `bigint`, `text`, `text[]` and `json`
/// read in binary; `numeric` is selected as `text` (its binary form is base-10000 digits, and its text is
/// exact).
enum PostgreSQLCellReader {
    /// A cell that does not read as its column's type.
    struct Unreadable: Error {
        /// What is wrong, for the store's error message.
        var reason: String
    }

    /// A JSON cell whose text the strict reader refuses (it may still be a valid stored value, which the
    /// store's own lenient reader takes): the row is read again as `row_to_json`.
    struct NeedsLenientJSON: Error {}

    /// The value of one cell.
    /// - Parameters:
    ///   - cell: The cell.
    ///   - type: The column's SQL type, as ``PostgreSQLTable/Column/type`` spells it.
    /// - Returns: The member's value; `.null` for SQL `NULL`.
    /// - Throws: ``Unreadable``, or ``NeedsLenientJSON`` for a `json` cell the strict reader refuses.
    static func value(of cell: PostgresCell, type: String) throws -> JSONValue {
        guard var bytes = cell.bytes else { return .null }
        guard cell.format == .binary else {
            return try valueOfText(bytes.readString(length: bytes.readableBytes) ?? "", type: type)
        }
        switch type {
        case "text", "numeric":
            guard let text = bytes.readString(length: bytes.readableBytes) else {
                throw Unreadable(reason: "a \(type) value is not UTF-8")
            }
            return type == "text" ? .string(text) : .number(text)
        case "json":
            guard let text = bytes.readString(length: bytes.readableBytes) else {
                throw Unreadable(reason: "a json value is not UTF-8")
            }
            do {
                return try JSONValue(parsing: text)
            } catch {
                throw NeedsLenientJSON()
            }
        case "boolean":
            guard bytes.readableBytes == 1, let byte = bytes.readInteger(as: UInt8.self) else {
                throw Unreadable(reason: "a boolean is not one byte")
            }
            return .bool(byte != 0)
        case "bigint":
            guard bytes.readableBytes == 8, let number = bytes.readInteger(endianness: .big, as: Int64.self)
            else {
                throw Unreadable(reason: "a bigint is not eight bytes")
            }
            return .number(String(number))
        case "date":
            guard bytes.readableBytes == 4, let days = bytes.readInteger(endianness: .big, as: Int32.self)
            else {
                throw Unreadable(reason: "a date is not four bytes")
            }
            return .string(try dayText(daysSince2000: days))
        case "text[]":
            return .array(try texts(&bytes).map(JSONValue.string))
        default:
            throw Unreadable(reason: "the column type \(type) is not one the store reads")
        }
    }

    /// The value of a cell the server sent as text (not what the store asks for; kept so that a server or
    /// client that answers in text still reads).
    private static func valueOfText(_ text: String, type: String) throws -> JSONValue {
        switch type {
        case "text", "date": return .string(text)
        case "numeric", "bigint": return .number(text)
        case "boolean": return .bool(text == "t" || text == "true")
        default: throw NeedsLenientJSON()
        }
    }

    /// `YYYY-MM-DD` for a binary `date` (days since 1 January 2000).
    static func dayText(daysSince2000 days: Int32) throws -> String {
        guard days != Int32.max, days != Int32.min else {
            throw Unreadable(reason: "a date is infinity, which no day is")
        }
        // Days since 1 March of year 0 of the proleptic Gregorian calendar, then eras of 400 years.
        let z = Int(days) + 10_957 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        guard (1...9999).contains(year) else {
            throw Unreadable(reason: "a date's year \(year) is out of range")
        }
        return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    /// The elements of a binary one-dimensional `text[]`.
    private static func texts(_ bytes: inout ByteBuffer) throws -> [String] {
        guard let dimensions = bytes.readInteger(endianness: .big, as: Int32.self),
            bytes.readInteger(endianness: .big, as: Int32.self) != nil,
            bytes.readInteger(endianness: .big, as: UInt32.self) != nil
        else {
            throw Unreadable(reason: "a text[] has no array header")
        }
        if dimensions == 0 { return [] }
        guard dimensions == 1, let count = bytes.readInteger(endianness: .big, as: Int32.self),
            bytes.readInteger(endianness: .big, as: Int32.self) != nil, count >= 0
        else {
            throw Unreadable(reason: "a text[] is not a list (it has \(dimensions) dimensions)")
        }
        var elements: [String] = []
        elements.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let length = bytes.readInteger(endianness: .big, as: Int32.self), length >= 0,
                let element = bytes.readString(length: Int(length))
            else {
                throw Unreadable(reason: "a text[] holds a NULL or a truncated element")
            }
            elements.append(element)
        }
        return elements
    }
}
