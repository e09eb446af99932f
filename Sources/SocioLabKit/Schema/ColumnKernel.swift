/// The snapshot's column readers: one loop per kind of value (``StoredValueReader``), which reads a whole
/// column's array straight into one member of every row, in place.
///
/// Every ``StoredField`` gets its column reader (``StoredField/readColumn``) here, from its key path and
/// its value's reader, so a field added to a schema is read from a snapshot as fast as the others with no
/// code of its own. The loop is specialised for the reader: no closure call and no intermediate
/// ``JSONValue`` per value, and enumerations and codes are looked up by their bytes
/// (``RawValueReader``). The value is written at the member's offset in the row (``MemoryLayout`` of the
/// key path, as ``FieldRead`` reads), or through the key path when the member has no fixed offset.
///
/// It accepts exactly what the field's one-value reader (``StoredField/read``, the sequential snapshot
/// reader's) accepts, with the same `null` rules.
package enum ColumnKernel {
    /// Reads a column into rows: the reader, the first row (`nil` for none) and the number of rows.
    ///
    /// The rows are optionals that all hold an entity (a blank one the columns fill): Swift lays out an
    /// `Optional` of a struct with the struct first, so a member lies at the same offset in the row as in
    /// the entity.
    /// - Throws: A syntax error; also when the column has more or fewer elements than the rows, or a `null`
    ///   in a required column.
    package typealias Read<Entity> =
        @Sendable (_ r: inout JSONReader, _ rows: UnsafeMutablePointer<Entity?>?, _ count: Int)
        throws(JSONSyntaxError) -> Void

    /// The column reader of a member every entity has.
    static func reader<Entity, Reader: StoredValueReader>(
        _ keyPath: WritableKeyPath<Entity, Reader.Value> & Sendable, required: Bool, _: Reader.Type
    ) -> Read<Entity> {
        let stride = MemoryLayout<Entity?>.stride
        guard let offset = MemoryLayout<Entity>.offset(of: keyPath) else {
            return { r, rows, count throws(JSONSyntaxError) in
                try fill(&r, rows.map(UnsafeMutableRawPointer.init), count, stride, required, Reader.self) {
                    row, value in
                    row.assumingMemoryBound(to: Entity.self).pointee[keyPath: keyPath] = value
                }
            }
        }
        return { r, rows, count throws(JSONSyntaxError) in
            try fill(&r, rows.map(UnsafeMutableRawPointer.init), count, stride, required, Reader.self) {
                row, value in
                (row + offset).assumingMemoryBound(to: Reader.Value.self).pointee = value
            }
        }
    }

    /// The column reader of a member that may have no value (`null` leaves the row's `nil`).
    static func reader<Entity, Reader: StoredValueReader>(
        _ keyPath: WritableKeyPath<Entity, Reader.Value?> & Sendable, _: Reader.Type
    ) -> Read<Entity> {
        let stride = MemoryLayout<Entity?>.stride
        guard let offset = MemoryLayout<Entity>.offset(of: keyPath) else {
            return { r, rows, count throws(JSONSyntaxError) in
                try fill(&r, rows.map(UnsafeMutableRawPointer.init), count, stride, false, Reader.self) {
                    row, value in
                    row.assumingMemoryBound(to: Entity.self).pointee[keyPath: keyPath] = value
                }
            }
        }
        return { r, rows, count throws(JSONSyntaxError) in
            try fill(&r, rows.map(UnsafeMutableRawPointer.init), count, stride, false, Reader.self) {
                row, value in
                (row + offset).assumingMemoryBound(to: Reader.Value?.self).pointee = value
            }
        }
    }

    /// The loop: reads the column's array, calling `set` with each row and its value that is not `null`.
    @inline(__always)
    private static func fill<Reader: StoredValueReader>(
        _ r: inout JSONReader, _ rows: UnsafeMutableRawPointer?, _ count: Int, _ stride: Int,
        _ required: Bool,
        _: Reader.Type, _ set: (UnsafeMutableRawPointer, Reader.Value) -> Void
    ) throws(JSONSyntaxError) {
        var reader = Reader()
        try r.beginArray()
        var first = true
        var index = 0
        while try r.nextElement(&first) {
            guard index < count, let rows else { throw r.error("a column has more rows than the others") }
            if try r.readNull() {
                if required { throw r.error("a required column holds null") }
            } else {
                set(rows + index &* stride, try reader.read(&r))
            }
            index &+= 1
        }
        guard index == count else { throw r.error("a column has fewer rows than the others") }
    }
}
