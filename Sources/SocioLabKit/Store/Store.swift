/// Where a workspace keeps its data: a backend that loads what was saved and appends change sets durably.
///
/// Implementation requirements (every backend runs the conformance suite in `SocioLabTesting`):
/// - **Durable appends.** ``append(_:)`` returns only when the change set will survive a crash of the
///   process (and, for disk stores, of the machine). If it throws, the change set may or may not be stored,
///   but what was stored before is intact; a backend that cannot tell must refuse further writes.
/// - **Whole change sets.** A change set is stored whole or not at all; ``load()`` never yields a part.
/// - **Revisions.** Change sets arrive with revisions 1, 2, 3 … without gaps; a backend rejects any other
///   revision with ``SocioLabError/Code/changeConflict``.
/// - **No validation.** Backends store what they are given; the workspace validates.
/// - **History.** ``history(of:)`` returns, oldest first, every stored change set that touched an entity,
///   including those folded into a snapshot by ``compact(_:revision:)``.
/// - **Erasure.** ``erasePersonalDetails(of:dataset:revision:)`` removes every copy of those persons'
///   personal details from everything the backend keeps (journal, history, old snapshots) no later than its
///   return; the history keeps that a change happened, marked redacted.
/// - **Concurrency.** A backend is `Sendable`; it may serialise calls, and may refuse a second writer (in
///   this or another process) with ``SocioLabError/Code/storeLocked``.
/// - **Several writers** (optional). A backend that lets several workspaces write at once returns, from
///   ``changeSets(after:)``, the change sets others stored after a revision, so that a workspace that lost a
///   race catches up, and may announce new revisions through ``changeNotifications()``. The defaults (none,
///   and a stream that ends at once) suit a backend with one writer at a time.
///
/// A backend stores and nothing else: what reports need (the dataset's ``DatasetFingerprint``) the
/// ``Workspace`` computes once per revision and keeps itself.
public protocol Store: Sendable {
    /// Loads the saved state: the dataset, its revision and anything worth telling the user.
    /// - Throws: ``SocioLabError`` with a store code (corrupt, missing, too new …) naming the place.
    func load() async throws -> StoreState

    /// Appends a committed change set durably.
    /// - Throws: ``SocioLabError``; after an I/O failure the backend may refuse all later writes.
    func append(_ changeSet: CommittedChangeSet) async throws

    /// Folds everything up to `revision` into a snapshot of `dataset`, which is the state at that revision.
    /// The change sets folded stay in ``history(of:)``.
    /// - Throws: ``SocioLabError``; ``SocioLabError/Code/changeConflict`` for a revision the store does
    ///   not hold.
    func compact(_ dataset: Dataset, revision: Int64) async throws

    /// Every stored change set that touched an entity, oldest first.
    func history(of reference: EntityReference) async throws -> [CommittedChangeSet]

    /// Removes every stored copy of the personal details of `persons`; `dataset` (at `revision`) no longer
    /// holds them.
    func erasePersonalDetails(of persons: Set<Person.ID>, dataset: Dataset, revision: Int64) async throws

    /// Whether the backend would like ``compact(_:revision:)`` now (its journal has outgrown its
    /// snapshot, say). A workspace asks after each change set and compacts from its dataset, which spares
    /// the backend re-reading its own files. The default is `false`.
    func wantsCompaction() async -> Bool

    /// The change sets stored after `revision`, oldest first and without gaps: what a workspace needs to catch
    /// up with the writers that stored them. The default returns none.
    /// - Throws: ``SocioLabError`` with a store code when the store cannot be read.
    func changeSets(after revision: Int64) async throws -> [CommittedChangeSet]

    /// The revisions stored from now on, each as its change set is stored (by this process or another), for
    /// a workspace to catch up when another writer stored one. The stream is ready when this returns; it ends
    /// when the store can no longer tell. The default ends at once: a backend with one writer has nothing to
    /// announce.
    /// - Throws: ``SocioLabError`` when the store cannot listen.
    func changeNotifications() async throws -> AsyncStream<Int64>
}

extension Store {
    /// No compaction is ever asked for.
    public func wantsCompaction() async -> Bool { false }

    /// No change set is ever stored by another writer.
    public func changeSets(after revision: Int64) async throws -> [CommittedChangeSet] { [] }

    /// A stream that ends at once.
    public func changeNotifications() async throws -> AsyncStream<Int64> { AsyncStream { $0.finish() } }
}

/// What a store holds when it is opened.
public struct StoreState: Sendable {
    /// The dataset as of ``revision``.
    public var dataset: Dataset
    /// The revision of the last change set applied (0 for a new store).
    public var revision: Int64
    /// Things the user should know about the open (a torn last line dropped …).
    public var notices: [String]
    /// The ``DatasetFingerprint`` of ``dataset``, when the store kept it with its data (see
    /// ``FingerprintKeepingStore``); `nil` when the workspace must compute it. Never the fingerprint of
    /// another revision.
    package var fingerprint: String?

    /// Creates a state.
    /// - Parameters:
    ///   - dataset: The dataset as of `revision`.
    ///   - revision: The revision of the last change set applied (0 for a new store).
    ///   - notices: Things the user should know about the open.
    public init(dataset: Dataset, revision: Int64, notices: [String] = []) {
        self.dataset = dataset
        self.revision = revision
        self.notices = notices
    }

    /// Creates a state with the fingerprint a ``FingerprintKeepingStore`` kept for `dataset`.
    package init(dataset: Dataset, revision: Int64, notices: [String] = [], fingerprint: String?) {
        self.init(dataset: dataset, revision: revision, notices: notices)
        self.fingerprint = fingerprint
    }
}
