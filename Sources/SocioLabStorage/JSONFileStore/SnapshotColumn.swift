import SocioLabKit

/// One column of a hand-coded entity table in a snapshot: how to tell whether an entity has the field, how
/// to write it, and how to read it back into a row.
///
/// Hand-coded columns exist for the kinds a large store holds millions of (persons, their personal details,
/// participations). They write exactly the bytes the `Codable`-based path (`SnapshotCodec.writeThroughCodable`) writes — the tests check
/// that — but read several times faster, since they build no intermediate values.
struct SnapshotColumn<E> {
    /// The field's JSON name.
    let name: String
    /// Whether the entity has a value for the field (a `nil` optional has none).
    let isPresent: (E) -> Bool
    /// Writes the entity's value (only called when ``isPresent`` is true).
    let write: (inout JSONWriter, E) throws(SocioLabError) -> Void
    /// Reads a value that is not `null` into the row.
    let read: (inout JSONReader, inout E) throws(JSONSyntaxError) -> Void
    /// Whether `null` (or a missing column) is an error rather than "absent".
    let isRequired: Bool

    static func required<T>(
        _ name: String, _ get: @escaping (E) -> T, _ set: @escaping (inout E, T) -> Void,
        write: @escaping (inout JSONWriter, T) -> Void,
        read: @escaping (inout JSONReader) throws(JSONSyntaxError) -> T
    ) -> Self {
        SnapshotColumn(
            name: name, isPresent: { _ in true }, write: { w, e in write(&w, get(e)) },
            read: { (r: inout JSONReader, e: inout E) throws(JSONSyntaxError) in set(&e, try read(&r)) },
            isRequired: true)
    }

    static func optional<T>(
        _ name: String, _ get: @escaping (E) -> T?, _ set: @escaping (inout E, T) -> Void,
        write: @escaping (inout JSONWriter, T) -> Void,
        read: @escaping (inout JSONReader) throws(JSONSyntaxError) -> T
    ) -> Self {
        SnapshotColumn(
            name: name, isPresent: { get($0) != nil }, write: { w, e in write(&w, get(e)!) },
            read: { (r: inout JSONReader, e: inout E) throws(JSONSyntaxError) in set(&e, try read(&r)) },
            isRequired: false)
    }

    /// A column that is always written but may be `null` or missing when read (a defaulted field).
    static func defaulted<T>(
        _ name: String, _ get: @escaping (E) -> T, _ set: @escaping (inout E, T) -> Void,
        write: @escaping (inout JSONWriter, T) throws(SocioLabError) -> Void,
        read: @escaping (inout JSONReader) throws(JSONSyntaxError) -> T
    ) -> Self {
        SnapshotColumn(
            name: name, isPresent: { _ in true },
            write: { (w: inout JSONWriter, e: E) throws(SocioLabError) in try write(&w, get(e)) },
            read: { (r: inout JSONReader, e: inout E) throws(JSONSyntaxError) in set(&e, try read(&r)) },
            isRequired: false)
    }
}
