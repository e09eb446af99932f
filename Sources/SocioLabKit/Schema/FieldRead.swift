/// Reads a stored property at its offset in the entity when the key path is a chain of stored
/// properties (``MemoryLayout/offset(of:)``), else through the key path.
struct FieldRead<Entity, Value>: Sendable {
    private let offset: Int?
    private let keyPath: KeyPath<Entity, Value> & Sendable

    init(_ keyPath: KeyPath<Entity, Value> & Sendable) {
        self.keyPath = keyPath
        offset = MemoryLayout<Entity>.offset(of: keyPath)
    }

    @inline(__always)
    func callAsFunction(_ entity: Entity) -> Value {
        withUnsafePointer(to: entity) { callAsFunction(at: $0) }
    }

    /// The value read in place, without copying the entity (whose other fields a copy would retain):
    /// what loading millions of rows into indexes reads with.
    @inline(__always)
    func callAsFunction(at entity: UnsafePointer<Entity>) -> Value {
        guard let offset else { return entity.pointee[keyPath: keyPath] }
        return UnsafeRawPointer(entity).advanced(by: offset).assumingMemoryBound(to: Value.self).pointee
    }
}
