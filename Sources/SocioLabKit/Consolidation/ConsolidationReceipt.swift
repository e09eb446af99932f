/// What a consolidated store remembers of the last package it merged from a partner: the package's
/// creation time and the SHA-256 of its records (`Documentation/Partners-Consolidation.md`, "What the store
/// remembers").
///
/// The receipt is kept in the audit trail every backend keeps, not in a table of its own: a consolidation
/// change set's reason is `consolidate <partner> <created> <sha256>`. Every such change set of a partner
/// touches that partner's **anchor** — the first of its namespaced records (by kind, then id) that the
/// package leaves in the store, written again unchanged when nothing else in the package changed it — so
/// that the history of one record finds the partner's last receipt on any backend.
package struct ConsolidationReceipt: Sendable, Hashable {
    /// The partner.
    package var partner: Partner.ID
    /// The package's creation time as its header writes it (`YYYY-MM-DDTHH:MM:SS.mmmZ`, which sorts as
    /// it reads).
    package var created: String
    /// The SHA-256 of the package's `records.jsonl`, lowercase hex; `nil` in a change set written before
    /// receipts were kept.
    package var digest: String?
    /// The revision of the change set that merged it.
    package var revision: Int64

    /// The reason recorded with the change set that merges a package.
    static func reason(partner: Partner.ID, created: String, digest: String) -> String {
        "consolidate \(partner.rawValue) \(created) \(digest)"
    }

    /// The receipt a change set records, if it is a consolidation change set of `partner`.
    init?(_ changeSet: CommittedChangeSet, partner: Partner.ID) {
        let words = changeSet.reason.split(separator: " ", omittingEmptySubsequences: true)
        guard words.count == 3 || words.count == 4, words[0] == "consolidate", words[1] == partner.rawValue
        else { return nil }
        self.partner = partner
        created = String(words[2])
        digest = words.count == 4 ? String(words[3]) : nil
        revision = changeSet.revision
    }

    /// The record whose history holds a partner's receipts: the first of the partner's namespaced records
    /// in kind order (``Namespace/kinds``), then by id; `nil` when the partner has none.
    /// - Complexity: O(*n*) in the namespaced kinds' records.
    static func anchor(among references: some Sequence<EntityReference>) -> EntityReference? {
        let rank = Dictionary(uniqueKeysWithValues: Namespace.kinds.enumerated().map { ($1, $0) })
        return references.lazy.filter { rank[$0.kind] != nil }.min {
            let (left, right) = (rank[$0.kind]!, rank[$1.kind]!)
            return left != right ? left < right : $0.id < $1.id
        }
    }

    /// The partner's anchor in a dataset.
    static func anchor(of partner: Partner.ID, in dataset: Dataset) -> EntityReference? {
        let prefix = partner.rawValue + ":"
        for kind in Namespace.kinds {
            let own = dataset.records(of: kind).lazy.map(\.reference).filter { $0.id.hasPrefix(prefix) }
            if let first = anchor(among: own) { return first }
        }
        return nil
    }
}

extension PseudonymisedPackage {
    /// The SHA-256 of the package's `records.jsonl`, lowercase hex: the header's, which reading checked,
    /// or computed from the records for a package made in this process.
    /// - Throws: ``SocioLabError`` when a record cannot be written as JSON.
    package func recordsDigest() throws(SocioLabError) -> String {
        if let digest = header.files[Self.recordsFileName] { return digest }
        let files = try files()
        return SHA256Hasher.hex(SHA256Hasher.hash(files[0].data))
    }
}
