/// An entity kind's canonical JSON writer, compiled once from its schema's stored members: one writer per
/// member, in the order of the members' names, each with its key's bytes rendered and its value read at
/// the member's offset in the entity.
///
/// Writing an entity costs one call per member and no allocation, no copy of the entity and no key-path
/// projection for stored properties. For the kinds a large dataset holds millions of it is still slower
/// than straight-line code (1.22–1.34× the processor time of the whole fingerprint at 200,000 persons),
/// so those kinds use writers generated from their schemas (`CanonicalObject+Generated.swift`).
struct CanonicalPlan<Entity>: Sendable {
    /// Writes one member's `"name":value` for the entity at an address, or nothing when it has no value.
    typealias Step = @Sendable (inout CanonicalWriter.Cursor, UnsafePointer<Entity>) -> Void

    /// The members' writers, sorted by the members' names' UTF-8 bytes.
    private let steps: ContiguousArray<Step>

    /// Compiles the plan of stored members already sorted by name.
    init(_ stored: [StoredField<Entity>]) {
        steps = ContiguousArray(stored.map(\.canonical))
    }

    /// Writes an entity as one canonical JSON object, without a newline.
    /// - Complexity: O(size of the output).
    @inline(__always)
    func write(_ entity: Entity, to cursor: inout CanonicalWriter.Cursor) {
        withUnsafePointer(to: entity) { address in
            cursor.beginObject()
            steps.withUnsafeBufferPointer { steps in
                for i in steps.indices { steps[i](&cursor, address) }
            }
            cursor.endObject()
        }
    }
}
