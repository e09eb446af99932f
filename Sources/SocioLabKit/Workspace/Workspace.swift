/// The facade an embedder uses: it owns the current dataset, a store and the plugins, and applies change
/// sets whole or not at all.
///
/// ```swift
/// let workspace = try await Workspace(store: InMemoryStore(operation: .socioLabPodravje), plugins: .standard)
/// let result = try await workspace.apply([.insert(person.record)], author: "ana", reason: "enrolment")
/// ```
///
/// Applying a change set validates it against the dataset as it would be after the change, rejects it
/// whole on any error (``ChangeRejected`` lists every issue), persists it, and only then publishes the
/// new dataset. Warnings never block; they are returned. Writes are serialised; reads never wait for the
/// store. Applying costs in proportion to the change and what depends on it — unless the caller still
/// holds an earlier ``dataset`` value, which Swift then copies once.
///
/// A workspace acts for someone (``actingAs``): the administrator by default, or a partner, whose
/// workspace sees and writes only what `Documentation/Partners.md` allows it (``ActingParty``).
public actor Workspace {
    /// The current, published dataset, as the acting party may see it: a partner workspace's holds no
    /// personal data of the persons that partner neither enrolled nor runs an activity for.
    public var dataset: Dataset { partnerScope.map(redactedDataset) ?? published }
    /// The current, published dataset, whole.
    var published: Dataset
    /// Who the workspace acts for.
    public let actingAs: ActingParty
    /// The limits of a partner other than the lead partner; `nil` for the administrator and the lead partner,
    /// who see and write everything.
    let partnerScope: PartnerScope?
    /// The partner's view of ``published`` at a revision, made once per revision.
    var redactedCache: (revision: Int64, value: Dataset)?
    /// The revision of the last change set applied (0 for a new store).
    public internal(set) var revision: Int64
    /// What the store reported when it was opened.
    public let openNotices: [String]
    /// The store.
    public let store: any Store
    /// The registered plugins.
    public let plugins: PluginRegistry
    /// The validator: core rules, plugin rules and any extra rules.
    public let validator: Validator
    private let clock: TimeSource
    private var writing = false
    var cachedFingerprint: (revision: Int64, value: String)?
    /// The fewest records a change set filling a dataset without entities must have to be written as a
    /// snapshot import (``SnapshotImportingStore``); smaller ones are appended as usual.
    package var snapshotImportMinimum = Workspace.defaultSnapshotImportMinimum
    /// How many times this workspace hashed its dataset for ``fingerprint()`` (for tests: a report of an
    /// unchanged revision must not hash again).
    package internal(set) var fingerprintsComputed = 0
    private var waiters: [CheckedContinuation<Void, Never>] = []

    /// Opens a workspace on a store.
    /// - Parameters:
    ///   - store: The backend; its saved state is loaded.
    ///   - plugins: The activity plugins.
    ///   - actingAs: Who the workspace acts for: the administrator (the default) or one of the operation's
    ///     partners, whose reads and writes are limited as `Documentation/Partners.md` says.
    ///   - rules: Extra validation rules, beside the core and plugin rules.
    ///   - clock: Where change-set timestamps come from.
    /// - Throws: What the store's ``Store/load()`` throws; ``SocioLabError`` with the code
    ///   ``SocioLabError/Code/unknownPartner`` when `actingAs` names a partner the operation does not have.
    public init(
        store: any Store, plugins: PluginRegistry = PluginRegistry(), actingAs: ActingParty = .administrator,
        rules: [any ValidationRule] = [], clock: TimeSource = .system
    ) async throws {
        let state = try await store.load()
        let operation = state.dataset.operation
        if let partner = actingAs.partner {
            guard let found = operation.partner(partner) else {
                throw SocioLabError.unknownPartner(partner, in: operation)
            }
            partnerScope = found.role == .lead ? nil : PartnerScope(partner: partner)
        } else {
            partnerScope = nil
        }
        self.actingAs = actingAs
        self.store = store
        self.plugins = plugins
        self.clock = clock
        self.published = state.dataset
        self.revision = state.revision
        self.openNotices = state.notices
        self.cachedFingerprint = state.fingerprint.map { (state.revision, $0) }
        self.validator = Validator(rules: CoreRules.all + plugins.validationRules + rules)
    }

    /// What applying a change set produced.
    public struct ApplyResult: Sendable {
        /// The revision now published (unchanged for a dry run or an empty change set).
        public var revision: Int64
        /// The warnings and notices found; errors would have rejected the change set.
        public var issues: [ValidationIssue]
        /// The committed change set, or `nil` for a dry run or an empty change set.
        public var committed: CommittedChangeSet?
    }

    /// Validates, persists and publishes a change set.
    /// - Parameters:
    ///   - changes: The changes, applied in order.
    ///   - author: Who makes them.
    ///   - reason: Why.
    ///   - dryRun: Validate only: nothing is written, whatever the outcome.
    ///   - progress: Receives throttled updates: ``Progress/Phase/applying``,
    ///     ``Progress/Phase/validating``, then (unless rejected or a dry run) ``Progress/Phase/writing``
    ///     and, when the store asks for it, ``Progress/Phase/compacting``; `nil` (the default) for none.
    /// - Returns: The new revision and the warnings.
    /// - Throws: ``ChangeRejected`` with every issue when any is an error (nothing is written);
    ///   ``SocioLabError`` from the store when persisting fails (nothing is published).
    /// - Complexity: O(c + d) in the changes and the entities that depend on them.
    @discardableResult
    public func apply(
        _ changes: [Change], author: String, reason: String, dryRun: Bool = false,
        progress: ProgressHandler? = nil
    ) async throws -> ApplyResult {
        try await apply(
            changes, author: author, reason: reason, dryRun: dryRun, progress: progress, files: [])
    }

    /// ``apply(_:author:reason:dryRun:progress:)`` naming the files the changes were read from, which a store
    /// that takes a first import as its snapshot keeps in its ``ImportMarker`` (see
    /// `Workspace+SnapshotImport.swift`).
    @discardableResult
    package func apply(
        _ changes: [Change], author: String, reason: String, dryRun: Bool = false,
        progress: ProgressHandler? = nil, files: [ImportMarker.File]
    ) async throws -> ApplyResult {
        await beginWrite()
        defer { endWrite() }
        let reporter = ProgressReporter(progress)
        defer { reporter?.finish() }

        let fillsEmptyDataset = published.entityCount == 0
        let (staged, applied, issues) = stageUnpublished(enrolling(changes), reporter: reporter)
        if issues.contains(where: { $0.severity == .error }) { throw ChangeRejected(issues: issues) }
        guard !dryRun, !applied.isEmpty else { return ApplyResult(revision: revision, issues: issues) }

        let committed = CommittedChangeSet(
            revision: revision + 1, author: author, timestamp: clock.now(), reason: reason, records: applied,
            actingPartner: actingAs.partner)
        reporter?.begin(.writing, total: applied.count)
        do {
            if fillsEmptyDataset, applied.count >= snapshotImportMinimum, let staged,
                let importer = store as? any SnapshotImportingStore
            {
                // The first import into a store without entities: written as the store's snapshot, with a
                // marker of the import instead of a change set holding every record.
                try await importSnapshot(staged, committed, into: importer, files: files)
                return ApplyResult(revision: revision, issues: issues, committed: committed)
            }
            try await store.append(committed)
        } catch let conflict as SocioLabError where conflict.code == .changeConflict {
            // Another writer stored the revision first: catch up, re-validate, retry once (Workspace+CatchUp).
            return try await applyAfterConflict(enrolling(changes), lost: committed, conflict: conflict)
        }
        if let staged { published = staged } else { published.replay(committed) }
        revision = committed.revision
        if await store.wantsCompaction() {
            reporter?.begin(.compacting, total: published.entityCount)
            // The change set is stored and published; a failed compaction leaves a valid store, and a
            // backend that can no longer write says so on the next append.
            try? await compactStore()
        }
        return ApplyResult(revision: revision, issues: issues, committed: committed)
    }

    /// Stages `changes` and validates the result, leaving ``published`` as it was.
    ///
    /// A change set at least as large as the dataset (an import into a new store) is staged on a copy,
    /// returned for publishing after the append: undoing and replaying millions of records would cost more
    /// than the copy. A smaller one is staged on the dataset itself and undone at once (so that readers see
    /// the published state while the append is awaited), and the caller replays it after the append:
    /// copying a large dataset for a small change would cost more than undoing it.
    /// - Returns: The staged copy (or `nil` when the change set was undone), the change records of the
    ///   changes that applied, and every issue.
    func stageUnpublished(_ changes: [Change], reporter: ProgressReporter? = nil) -> (
        staged: Dataset?, applied: [ChangeRecord], issues: [ValidationIssue]
    ) {
        if changes.count >= published.entityCount {
            var copy = published
            let (applied, issues) = stage(changes, on: &copy, reporter: reporter)
            return (copy, applied, issues)
        }
        let (applied, issues) = stage(changes, on: &published, reporter: reporter)
        for record in applied.reversed() { published.revert(record) }
        return (nil, applied, issues)
    }

    /// Applies `changes` to `target` in order and validates the result.
    /// - Returns: The change records of the changes that applied, and every issue: a change that cannot
    ///   apply (an insert of an existing entity, an update or delete of a missing one, or any other failure
    ///   of ``Dataset/apply(_:)``) is an error issue, so nothing that goes wrong is ever dropped.
    private func stage(_ changes: [Change], on target: inout Dataset, reporter: ProgressReporter?)
        -> ([ChangeRecord], [ValidationIssue])
    {
        let fillsEmptyDataset = target.entityCount == 0
        var applied: [ChangeRecord] = []
        var conflicts: [ValidationIssue] = []
        reporter?.begin(.applying, total: changes.count)
        for (index, change) in changes.enumerated() {
            if index & ProgressReporter.batchMask == ProgressReporter.batchMask {
                reporter?.advance(by: ProgressReporter.batchMask + 1)
            }
            do {
                applied.append(try target.apply(change))
            } catch {
                conflicts.append(Self.issue(for: change, failedWith: error))
            }
        }
        reporter?.begin(.validating, total: fillsEmptyDataset ? target.entityCount : applied.count)
        // Into an empty dataset every entity is new: check them all, table by table, instead of gathering
        // millions of changed entities and their dependents one by one.
        let found =
            fillsEmptyDataset
            ? validator.validate(everyEntityOf: target, changedKinds: Set(applied.map(\.reference.kind)))
            : validator.validate(changed: applied.map(\.reference), in: target)
        guard let partnerScope else { return (applied, Validator.sorted(conflicts + found)) }
        // A partner's change set is also checked against what it may write, and no issue prints the
        // personal data of a person it does not see.
        let issues = Validator.sorted(conflicts + partnerScope.writeIssues(applied, in: target) + found)
        return (applied, partnerScope.sanitised(issues, in: target))
    }

    /// The error issue for a change that ``Dataset/apply(_:)`` refused.
    ///
    /// A conflict (``SocioLabError/Code/changeConflict``: an insert of an existing entity, an update or
    /// delete of a missing one) is `core.change-conflict`; any other failure is `core.change-failed`,
    /// with the error's text, so that it is reported rather than lost.
    static func issue(for change: Change, failedWith error: any Error) -> ValidationIssue {
        if let error = error as? SocioLabError, error.code == .changeConflict {
            return ValidationIssue(
                rule: "core.change-conflict", severity: .error, entity: change.reference,
                message: .t(error.message, error.message),
                fix: .t(
                    "Vstavite le nove zapise, posodobite in brišite le obstoječe.",
                    "Insert only new records; update and delete only existing ones."))
        }
        let text = (error as? SocioLabError)?.message ?? String(describing: error)
        return ValidationIssue(
            rule: "core.change-failed", severity: .error, entity: change.reference,
            message: .t(text, text),
            fix: .t(
                "Sprememba ni bila uporabljena; popravite zapis in poskusite znova.",
                "The change could not be applied; correct the record and try again."))
    }

    /// Validates a change set without writing anything, as ``apply(_:author:reason:dryRun:)`` would.
    ///
    /// Nothing here can fail without saying so: a change that cannot be applied is an error issue in the
    /// result, never an empty list.
    /// - Returns: Every issue, errors included.
    /// - Complexity: O(c + d) in the changes and the entities that depend on them.
    public func validate(_ changes: [Change]) async -> [ValidationIssue] {
        await beginWrite()
        defer { endWrite() }
        return stageUnpublished(enrolling(changes)).issues
    }

    /// Validates the whole dataset. A partner workspace's issues print no personal data of the persons it
    /// does not see.
    /// - Parameter progress: Receives the ``Progress/Phase/validating`` phase; `nil` (the default) for none.
    /// - Complexity: O(n) in the entities.
    public func validateAll(progress: ProgressHandler? = nil) -> [ValidationIssue] {
        let reporter = ProgressReporter(progress)
        defer { reporter?.finish() }
        reporter?.begin(.validating, total: published.entityCount)
        let issues = validator.validate(published)
        return partnerScope?.sanitised(issues, in: published) ?? issues
    }

    /// Every change set that touched an entity, oldest first. A partner workspace's holds no personal data
    /// of the persons it does not see now (they are emptied from every record before and after).
    public func history(of reference: EntityReference) async throws -> [CommittedChangeSet] {
        let history = try await store.history(of: reference)
        guard let partnerScope else { return history }
        return history.map { partnerScope.redacted($0, in: published) }
    }

    /// Erases a person's personal details (name, contact, EMŠO) everywhere, keeping their statistics.
    ///
    /// The change set records that the details were erased, not what they were, and marks the person's
    /// statistical record with the day (``Person/detailsErasedOn``), so that details cannot be recorded
    /// again without consent given after it; the store then removes them from its journal, history and
    /// old snapshots.
    /// Only the administrator, the lead partner and the partner who enrolled the person may erase.
    /// - Throws: ``SocioLabError`` (``SocioLabError/Code/changeConflict``) when the person does not exist;
    ///   (``SocioLabError/Code/scopeDenied``) when the workspace acts for another partner.
    @discardableResult
    public func erasePersonalDetails(of person: Person.ID, author: String, reason: String) async throws
        -> Int64
    {
        await beginWrite()
        defer { endWrite() }
        guard published.persons.contains(person) else {
            throw SocioLabError(
                .changeConflict, "person \(person) does not exist; check the identifier",
                at: .init(entity: "person/\(person)"))
        }
        try checkErasure(of: person)
        let reference = EntityReference(.personalDetails, person.rawValue)
        let now = clock.now()
        // The redacted record goes in even when the dataset holds no details now (they may have been deleted
        // earlier and still be in the store's history): it marks the change set as an erasure, which a store
        // checks for before writing it and finishes after a crash.
        var records = [ChangeRecord(reference: reference, before: nil, after: nil, redacted: true)]
        if let before = published.persons[person] {
            var after = before
            after.detailsErasedOn = now.day
            records.append(
                ChangeRecord(reference: before.reference, before: before.record, after: after.record))
        }
        let committed = CommittedChangeSet(
            revision: revision + 1, author: author, timestamp: now, reason: reason, records: records,
            actingPartner: actingAs.partner)
        try await store.append(committed)
        published.replay(committed)
        revision = committed.revision
        try await store.erasePersonalDetails(of: [person], dataset: published, revision: revision)
        return revision
    }

    /// The SHA-256 fingerprint of the current dataset (``DatasetFingerprint``), computed once per revision
    /// (or taken from the store, when it kept the fingerprint of the revision it opened at).
    /// - Returns: 64 lower-case hexadecimal digits.
    /// - Complexity: O(*n* log *n*) the first time at a revision, O(1) after.
    public func fingerprint() -> String {
        if let cached = cachedFingerprint, cached.revision == revision { return cached.value }
        let value = DatasetFingerprint.sha256(of: published)
        fingerprintsComputed += 1
        cachedFingerprint = (revision, value)
        return value
    }

    /// Builds a report on the current dataset, reusing the fingerprint of this revision.
    /// - Parameters:
    ///   - builder: The report's indicators, breakdowns and suppression.
    ///   - scope: The period and filters.
    ///   - asOf: The day progress is judged at.
    ///   - progress: Receives ``Progress/Phase/fingerprinting`` (when this revision's fingerprint is not
    ///     known yet) and ``Progress/Phase/reporting``; `nil` (the default) for none.
    public func report(
        _ builder: ReportBuilder, scope: Scope = .wholeOperation, asOf: Day, progress: ProgressHandler? = nil
    ) -> IndicatorReport {
        let reporter = ProgressReporter(progress)
        defer { reporter?.finish() }
        var builder = builder
        if builder.computesFingerprint && builder.precomputedFingerprint == nil {
            if cachedFingerprint?.revision != revision {
                reporter?.begin(.fingerprinting, total: published.entityCount)
            }
            builder.precomputedFingerprint = fingerprint()
        }
        reporter?.begin(.reporting, total: published.entityCount)
        return builder.build(published, scope: scope, asOf: asOf)
    }

    /// Folds the journal into a snapshot of the current dataset.
    /// - Parameter progress: Receives the ``Progress/Phase/compacting`` phase; `nil` (the default) for none.
    /// - Throws: What the store's ``Store/compact(_:revision:)`` throws.
    public func compact(progress: ProgressHandler? = nil) async throws {
        await beginWrite()
        defer { endWrite() }
        let reporter = ProgressReporter(progress)
        reporter?.begin(.compacting, total: published.entityCount)
        try await compactStore()
        reporter?.finish()
    }

    /// Compacts the store at the published revision, handing over this revision's fingerprint to a store
    /// that keeps it with its snapshot (computed here at most once per revision, and reused for reports).
    private func compactStore() async throws {
        if let keeper = store as? any FingerprintKeepingStore {
            try await keeper.compact(published, revision: revision, fingerprint: fingerprint())
        } else {
            try await store.compact(published, revision: revision)
        }
    }

    func beginWrite() async {
        if writing {
            await withCheckedContinuation { waiters.append($0) }
        } else {
            writing = true
        }
    }

    func endWrite() {
        if waiters.isEmpty { writing = false } else { waiters.removeFirst().resume() }
    }
}
