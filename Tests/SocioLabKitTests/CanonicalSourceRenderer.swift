@testable import SocioLabKit

/// Renders `Sources/SocioLabKit/Indicators/CanonicalObject+Generated.swift`: for each kind a large
/// dataset holds millions of, a `writeCanonicalObject(to:)` that makes one `CanonicalWriter.Cursor` call
/// per stored member of its schema, in the schema's canonical key order, as each member's
/// ``CanonicalSource`` spells it — in the style `swift format` gives it (lines of at most 110 characters).
///
/// It lives with the tests, not in SocioLabKit: only `CanonicalSourceTests` runs it, and an embedder's
/// binary has no use for a source generator.
enum CanonicalSourceRenderer {
    /// One kind whose canonical writer is generated.
    struct Kind {
        /// The model type's name, as the extension names it.
        let typeName: String
        /// Its schema's stored members, in canonical key order.
        let members: [CanonicalSource]

        init<Entity: CanonicalObject>(_ type: Entity.Type) {
            typeName = String(describing: type)
            members = Entity.schema.stored.map(\.canonicalSource)
        }

        init(typeName: String, members: [CanonicalSource]) {
            self.typeName = typeName
            self.members = members
        }
    }

    /// Why a member cannot be rendered.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The kinds whose canonical writers are generated: those a large dataset holds millions of, where
    /// the schema's compiled `CanonicalPlan` costs 1.22–1.34× the processor time of the whole fingerprint.
    static let generatedKinds = [Kind(Person.self), Kind(PersonalDetails.self), Kind(Participation.self)]

    /// The repository's line length (`.swift-format`).
    static let lineLength = 110

    /// The command that rewrites the generated file.
    static let regenerate = "SOCIOLAB_REGENERATE=1 swift test --filter CanonicalSourceTests"

    /// The generated file's header.
    static let header = """
        // GENERATED FILE — do not edit. Rendered by `CanonicalSourceRenderer`
        // (Tests/SocioLabKitTests/CanonicalSourceRenderer.swift) from the stored members of `Person.schema`,
        // `PersonalDetails.schema` and `Participation.schema` (each member's `CanonicalSource`, given by its
        // `StoredField` factory). After changing one of those schemas, regenerate it:
        //
        //     \(regenerate)
        //
        // If it no longer compiles (a field removed or renamed), delete it first: the kinds then fall back to
        // their schema's `CanonicalPlan`, and the command writes it again.
        //
        // Why it exists: the fingerprint hashes every one of these objects, and the compiled plan measured
        // 1.22–1.34× the processor time of the whole fingerprint at 200,000 persons. `GeneratedCanonicalTests`
        // checks that each writer writes exactly what its schema's plan writes; `CanonicalSourceTests` that
        // this file is what the schemas render.


        """

    /// The whole file.
    static func render(_ kinds: [Kind]) throws -> String {
        var text = header
        for (i, kind) in kinds.enumerated() {
            if i > 0 { text += "\n" }
            text += "extension \(kind.typeName) {\n"
            text += "    @inline(__always)\n"
            text += "    func writeCanonicalObject(to cursor: inout CanonicalWriter.Cursor) {\n"
            var statements = [Statement("cursor.beginObject", "")]
            for member in kind.members { statements += try self.statements(member, on: "") }
            statements.append(Statement("cursor.endObject", ""))
            for statement in statements { text += try statement.lines(indent: 8) }
            text += "    }\n}\n"
        }
        return text
    }

    /// One call: `callee(arguments)`, then a trailing closure's body if there is one.
    struct Statement {
        let callee: String
        let arguments: String
        var closure: String? = nil

        init(_ callee: String, _ arguments: String, closure: String? = nil) {
            self.callee = callee
            self.arguments = arguments
            self.closure = closure
        }

        /// The statement's lines: on one line when it fits, else broken after `(` as `swift format` breaks
        /// a call (the arguments on the next line, four spaces in; a trailing closure after the `)`).
        func lines(indent: Int) throws -> String {
            let pad = String(repeating: " ", count: indent)
            let tail = closure.map { " { \($0) }" } ?? ""
            let one = "\(pad)\(callee)(\(arguments))\(tail)"
            if one.count <= lineLength { return one + "\n" }
            let inner = "\(pad)    \(arguments)"
            let close = closure == nil ? ")" : ""
            guard inner.count + close.count <= lineLength else {
                throw Failure(
                    description: "`\(callee)(\(arguments))` does not fit in \(lineLength) characters even "
                        + "broken after `(`; shorten the member's name or property, or teach the renderer to "
                        + "break its arguments")
            }
            let last = closure == nil ? "" : "\(pad))\(tail)\n"
            return "\(pad)\(callee)(\n\(inner)\(close)\n\(last)"
        }
    }

    /// The calls that write one member whose value is at `prefix` + its key path.
    static func statements(_ member: CanonicalSource, on prefix: String) throws -> [Statement] {
        let value = prefix + (try path(member.keyPath))
        let name = "\"\(member.name)\""
        let chain = member.isOptional ? "?." : "."
        switch member.call {
        case .day: return [Statement("cursor.day", "\(name), \(value)")]
        case .string(let text):
            return [Statement("cursor.string", "\(name), \(value)\(text.map { chain + $0 } ?? "")")]
        case .bool: return [Statement("cursor.bool", "\(name), \(value)")]
        case .int: return [Statement("cursor.int", "\(name), \(value)")]
        case .quantity: return [Statement("cursor.quantity", "\(name), \(value)")]
        case .json: return [Statement("cursor.json", "\(name), \(value)")]
        case .strings(let text):
            guard !member.isOptional else {
                throw Failure(description: "a list is never optional: \(member.name)")
            }
            return [
                Statement("cursor.strings", "\(name), \(value)", closure: text.map { "$0.\($0)" } ?? "$0")
            ]
        case .evidence:
            guard member.name == "evidence", !member.isOptional else {
                throw Failure(
                    description: "`cursor.evidence` writes a list named `evidence`, not \(member.name)")
            }
            return [Statement("cursor.evidence", value)]
        case .object(let members):
            guard !member.isOptional else {
                throw Failure(description: "an object is written always; \(member.name) is optional")
            }
            var statements = [Statement("cursor.key", name), Statement("cursor.beginObject", "")]
            for nested in members { statements += try self.statements(nested, on: value + ".") }
            statements.append(Statement("cursor.endObject", ""))
            return statements
        }
    }

    /// A key path's properties as Swift spells them (`consent.givenOn`), from its description
    /// (`\Person.consent.givenOn`).
    static func path(_ keyPath: AnyKeyPath) throws -> String {
        let text = String(describing: keyPath)
        let root = "\\" + String(describing: type(of: keyPath).rootType) + "."
        let path = text.hasPrefix(root) ? text.dropFirst(root.count) : ""
        let isIdentifier = { (part: Substring) in
            guard let first = part.first, first == "_" || first.isLetter else { return false }
            return part.allSatisfy { $0 == "_" || $0.isLetter || $0.isNumber }
        }
        guard !path.isEmpty,
            path.split(separator: ".", omittingEmptySubsequences: false).allSatisfy(isIdentifier)
        else {
            throw Failure(
                description: "the key path \(text) is not a chain of stored properties; a generated writer "
                    + "can only read those")
        }
        return String(path)
    }
}
