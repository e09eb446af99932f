import SocioLabKit

/// A store of another backend than the JSON file store, as a ``StoreOpener`` found it in `--store` (or
/// `$SOCIOLAB_STORE`): what the commands of `sociolab` need to create it and open it.
///
/// Implementation requirements:
/// - **Nothing happens before a call.** Finding a location (``StoreOpener``) only reads the text and the
///   environment; ``exists()``, ``create(for:)`` and ``open(readOnly:)`` are the only calls that reach the
///   backend.
/// - **No secrets in ``description``.** It is printed in messages and summaries: a host and a database,
///   never a password.
/// - **Errors say what to do.** Throw a `SocioLabError` with a `store.` code (`store.missing`,
///   `store.exists`, `store.io` …) for the store, which the tool reports with exit code 3, or one with a
///   `usage.` code for a location written wrong, which it reports with exit code 2.
///
/// The commands that work on a JSON file store's files (`store verify`, `status`, `demo --force`) refuse
/// such a store with `usage.file-store-only`; every other command works on it.
public protocol StoreLocation: Sendable, CustomStringConvertible {
    /// The backend's name in messages, such as `PostgreSQL`.
    var backendName: String { get }

    /// Whether a store is there already (`demo` reuses one).
    /// - Throws: A store error when the backend cannot be reached.
    func exists() async throws -> Bool

    /// Creates a new, empty store for `operation`.
    /// - Returns: The open store, at revision 0.
    /// - Throws: `store.exists` when a store is there already; other store errors.
    func create(for operation: ESFOperation) async throws -> any Store

    /// Opens the store.
    /// - Parameter readOnly: Whether the command only reads (a backend may open such a store more cheaply;
    ///   the tool never writes to it).
    /// - Returns: The open store.
    /// - Throws: `store.missing` when there is no store; other store errors.
    func open(readOnly: Bool) async throws -> any Store
}
