extension JSONValue {
    /// The deepest nesting of arrays and objects a stored JSON value (an activity's ``Activity/details``)
    /// may have: 64. `{}` and `[]` are one level, `{"a": [1]}` two.
    ///
    /// Every way in — a CSV `details` cell, a dataset document, ``Workspace/apply(_:author:reason:dryRun:)``
    /// (rule `core.stored-value`) and ``JSONValue/init(parsing:)`` — refuses a deeper value, and every
    /// reader of a store reads back anything up to this depth.
    public static let maximumDepth = 64

    /// The longest number a stored JSON value may hold, in characters of its text: 64.
    ///
    /// A number keeps its text exactly (`12345678901234567890`, `1.0` and `1e-400` stay as written), so
    /// the limit is on the text, not on the value; it must also be a number by the JSON grammar (no `+1`,
    /// `.5`, `01` or `NaN`).
    public static let maximumNumberLength = 64

    /// The first place where the value is beyond what SocioLabKit stores: deeper than ``maximumDepth``, a
    /// number whose text is not a JSON number or is longer than ``maximumNumberLength``, or a string or key
    /// holding a control character other than tab, line feed and carriage return.
    /// - Returns: The path of the place inside the value and the problem, or `nil` when the value fits.
    /// - Complexity: O(*n*) in the size of the value; it never descends deeper than ``maximumDepth`` + 1.
    package func firstLimitViolation() -> StoredValueViolation? {
        var path: [JSONPath.Component] = []
        // A first walk in the dictionaries' own order finds whether there is a problem without sorting
        // keys; only then a walk in sorted key order names the first one, so that the same value always
        // reports the same place.
        guard Self.firstProblem(in: self, depth: 0, path: &path, sorted: false) != nil else { return nil }
        path = []
        guard let problem = Self.firstProblem(in: self, depth: 0, path: &path, sorted: true) else {
            return nil
        }
        return StoredValueViolation(field: JSONPath(path), problem: problem)
    }

    private static func firstProblem(
        in value: JSONValue, depth: Int, path: inout [JSONPath.Component], sorted: Bool
    ) -> StoredValueProblem? {
        switch value {
        case .null, .bool: return nil
        case .number(let text):
            switch JSONReader.kind(ofNumber: text) {
            case .number: return nil
            case .tooLong: return .numberTooLong(text)
            case .notANumber: return .notANumber(text)
            }
        case .string(let text):
            return StoredValueLimits.controlCharacter(in: text).map { .controlCharacter($0) }
        case .array(let elements):
            guard depth < maximumDepth else { return .nestedTooDeep }
            for (index, element) in elements.enumerated() {
                path.append(.index(index))
                if let problem = firstProblem(in: element, depth: depth + 1, path: &path, sorted: sorted) {
                    return problem
                }
                path.removeLast()
            }
            return nil
        case .object(let members):
            guard depth < maximumDepth else { return .nestedTooDeep }
            func member(_ key: String, _ value: JSONValue) -> StoredValueProblem? {
                path.append(.key(key))
                if let scalar = StoredValueLimits.controlCharacter(in: key) {
                    return .controlCharacter(scalar)
                }
                if let problem = firstProblem(in: value, depth: depth + 1, path: &path, sorted: sorted) {
                    return problem
                }
                path.removeLast()
                return nil
            }
            if sorted {
                for key in JSONWriter.sortedKeys(members.keys) {
                    if let problem = member(key, members[key]!) { return problem }
                }
            } else {
                for (key, value) in members {
                    if let problem = member(key, value) { return problem }
                }
            }
            return nil
        }
    }
}
