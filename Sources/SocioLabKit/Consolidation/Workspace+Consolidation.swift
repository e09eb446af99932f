extension Workspace {
    /// What merging one package did.
    package struct ConsolidationOutcome: Sendable {
        /// The package's partner.
        package var partner: Partner.ID
        /// The package's directory, as given.
        package var directory: String
        /// The committed change set, or `nil` when the package changed nothing (merged before).
        package var committed: CommittedChangeSet?
        /// The number of records the package changed (not counting its anchor written again unchanged to
        /// record a newer package whose records are as merged before).
        package var changeCount: Int
        /// Conflicting statistics and skipped packages (warnings; nothing was refused for them).
        package var warnings: [SocioLabError]
        /// Whether the store had merged this very package before (same creation time and records), so
        /// nothing was written.
        package var alreadyMerged = false
    }

    /// Merges partners' pseudonymised packages, one change set per package.
    ///
    /// Every package's key check value is compared with `key`'s first, so a wrong key writes nothing. Of two
    /// packages of one partner only the newer is merged (the older is a warning). Each package to merge is
    /// then compared with the last one the store merged from its partner (``ConsolidationReceipt``): the
    /// same package again changes nothing (``ConsolidationOutcome/alreadyMerged``), an older one is refused
    /// before anything is written. Each package is then validated and applied whole, in the order given; a
    /// package that fails is refused with its file and line, and those before it stay merged.
    /// - Parameters:
    ///   - packages: The packages with the directories they were read from.
    ///   - key: The operation's key.
    ///   - author: Who consolidates.
    /// - Returns: One outcome per merged package.
    /// - Throws: ``SocioLabError`` `consolidation.key-mismatch`, `consolidation.package-invalid` (another
    ///   operation's package), `consolidation.package-older` or `consolidation.package-rejected`; a store
    ///   error.
    @discardableResult
    package func consolidate(
        _ packages: [(package: PseudonymisedPackage, directory: String)], key: PseudonymKey, author: String
    ) async throws -> [ConsolidationOutcome] {
        for (package, directory) in packages {
            try package.checkKey(key, directory: directory)
            guard package.header.operation == dataset.operation.id else {
                throw SocioLabError.packageInvalid(
                    .t(
                        "paket je operacije '\(package.header.operation)', shramba pa operacije "
                            + "'\(dataset.operation.id)'; združujte le pakete iste operacije",
                        "the package is of operation '\(package.header.operation)' and the store of "
                            + "'\(dataset.operation.id)'; consolidate packages of the same operation only"),
                    file: directory + "/" + PseudonymisedPackage.headerFileName)
            }
            guard dataset.operation.partner(package.partner) != nil else {
                throw SocioLabError.packageInvalid(
                    .t(
                        "'\(package.header.partner)' ni partner operacije; paket mora narediti partner operacije",
                        "'\(package.header.partner)' is not a partner of the operation; a package must come from "
                            + "one of its partners"),
                    file: directory + "/" + PseudonymisedPackage.headerFileName)
            }
        }
        var newest: [Partner.ID: Int] = [:]
        for (index, entry) in packages.enumerated() {
            let partner = entry.package.partner
            if let other = newest[partner],
                packages[other].package.header.created >= entry.package.header.created
            {
                continue
            }
            newest[partner] = index
        }
        // What the store merged last from each partner: an older package is refused before anything is
        // written, the same package again is not merged.
        var digests: [Int: String] = [:]
        var mergedAlready: Set<Int> = []
        for index in newest.values.sorted() {
            let (package, directory) = packages[index]
            let digest = try package.recordsDigest()
            digests[index] = digest
            guard let last = try await lastConsolidationReceipt(of: package.partner) else { continue }
            let created = package.header.created
            if created < last.created
                || (created == last.created && last.digest.map { $0 != digest } ?? false)
            {
                throw Self.packageOlderError(package, directory: directory, last: last)
            }
            if created == last.created { mergedAlready.insert(index) }
        }
        var outcomes: [ConsolidationOutcome] = []
        var skipped: [SocioLabError] = []
        for (index, entry) in packages.enumerated() {
            guard newest[entry.package.partner] == index else {
                skipped.append(Self.olderPackageWarning(entry.package, directory: entry.directory))
                continue
            }
            if mergedAlready.contains(index) {
                outcomes.append(
                    ConsolidationOutcome(
                        partner: entry.package.partner, directory: entry.directory, committed: nil,
                        changeCount: 0, warnings: skipped, alreadyMerged: true))
                skipped = []
                continue
            }
            var outcome = try await merge(
                entry.package, digest: digests[index]!, directory: entry.directory, author: author)
            outcome.warnings = skipped + outcome.warnings
            skipped = []
            outcomes.append(outcome)
        }
        if !skipped.isEmpty, !outcomes.isEmpty { outcomes[outcomes.count - 1].warnings += skipped }
        return outcomes
    }

    /// Merges one package as one change set.
    private func merge(_ package: PseudonymisedPackage, digest: String, directory: String, author: String)
        async throws -> ConsolidationOutcome
    {
        var plan = ConsolidationPlan(merging: package, into: dataset, plugins: plugins)
        var warnings: [SocioLabError] = []
        for conflict in plan.conflicts {
            let first = try await firstPartner(of: conflict.person)
            if first == package.partner {
                // The partner's own earlier entry: its newer package corrects it.
                plan.changes.append(.update(conflict.incoming.record))
                continue
            }
            warnings.append(
                Self.conflictWarning(conflict, first: first, package: package, directory: directory))
        }
        let changeCount = plan.changes.count
        // The receipt goes with a change set that touches the partner's anchor: write it again unchanged
        // when the package changed nothing else about it.
        if let anchor = plan.anchor, !plan.changes.contains(where: { $0.reference == anchor.reference }) {
            plan.changes.append(.update(anchor))
        }
        guard !plan.changes.isEmpty else {
            return ConsolidationOutcome(
                partner: package.partner, directory: directory, committed: nil, changeCount: 0,
                warnings: warnings)
        }
        do {
            let reason = ConsolidationReceipt.reason(
                partner: package.partner, created: package.header.created, digest: digest)
            let result = try await apply(plan.changes, author: author, reason: reason)
            return ConsolidationOutcome(
                partner: package.partner, directory: directory, committed: result.committed,
                changeCount: changeCount, warnings: warnings)
        } catch let rejected as ChangeRejected {
            throw Self.rejection(rejected, plan: plan, package: package, directory: directory)
        }
    }

    /// The last package the store merged from a partner, read from the history of the partner's anchor
    /// (``ConsolidationReceipt``); `nil` when it merged none, or none since receipts were kept.
    /// - Throws: What the store's ``Store/history(of:)`` throws.
    package func lastConsolidationReceipt(of partner: Partner.ID) async throws -> ConsolidationReceipt? {
        guard let anchor = ConsolidationReceipt.anchor(of: partner, in: dataset) else { return nil }
        for changeSet in try await history(of: anchor).reversed() {
            if let receipt = ConsolidationReceipt(changeSet, partner: partner) { return receipt }
        }
        return nil
    }

    /// The partner whose consolidated entry of a person was the first (from the person's history).
    private func firstPartner(of person: Person.ID) async throws -> Partner.ID? {
        for changeSet in try await history(of: EntityReference(.person, person.rawValue)) {
            let words = changeSet.reason.split(separator: " ")
            if words.count >= 2, words[0] == "consolidate" { return Partner.ID(String(words[1])) }
        }
        return nil
    }
}
