extension EntityRecord {
    /// The wrapped entity's stored form — the JSON object a store keeps, whose keys are the kind's
    /// ``EntityKind/storedColumns`` — with every number of a plugin's details as it was written, for a
    /// backend outside this package (its ``JSONValue/jsonText`` is the text to keep).
    /// ``init(kind:storedJSON:)`` reads it back.
    /// - Throws: `EncodingError` for a value that cannot be written as JSON (a non-finite number).
    public func storedJSON() throws -> JSONValue {
        try JSONValueEncoding.encode(entity)
    }

    /// Reads an entity of `kind` from its stored form's JSON text, as a store reads what it kept (more
    /// lenient than ``JSONValue/init(parsing:)``, which checks what people type: an escaped control character
    /// is read, and a plugin's details may nest as deep as they may inside an entity).
    /// - Parameters:
    ///   - kind: The entity's kind.
    ///   - text: The stored form, as ``storedJSON()``'s ``JSONValue/jsonText`` or a database gives it.
    /// - Throws: ``SocioLabError`` (`store.corrupt`) naming the byte offset or the member that does not read.
    public init(kind: EntityKind, storedJSON text: String) throws {
        var text = text
        let value = try text.withUTF8 { bytes throws(SocioLabError) -> JSONValue in
            var reader = JSONReader(UnsafeRawBufferPointer(bytes))
            do throws(JSONSyntaxError) {
                let value = try reader.readValue()
                try reader.expectEnd()
                return value
            } catch {
                throw SocioLabError(
                    .storeCorrupt,
                    "a stored \(kind) is not valid JSON: \(error.message) (byte \(error.byteOffset))")
            }
        }
        do {
            self = try JSONValueDecoding.decode(
                EntityRecord.self, from: .object(["kind": .string(kind.rawValue), "value": value]))
        } catch {
            throw SocioLabError(.storeCorrupt, "a stored \(kind) does not read: \(error)")
        }
    }
}
