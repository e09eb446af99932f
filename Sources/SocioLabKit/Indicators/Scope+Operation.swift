extension Scope {
    /// The partners the scope counts that are not partners of the operation, in id order — a scope that
    /// names one reports nothing for it, which front ends refuse rather than show.
    /// - Parameter operation: The operation the report is about.
    /// - Returns: The unknown partner ids, sorted; empty when every partner is known.
    package func unknownPartners(in operation: ESFOperation) -> [Partner.ID] {
        let known = Set(operation.partners.map(\.id))
        return partners.filter { !known.contains($0) }.sorted { $0.rawValue < $1.rawValue }
    }
}
