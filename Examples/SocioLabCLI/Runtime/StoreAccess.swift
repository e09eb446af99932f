import Foundation
import SocioLabKit
import SocioLabStorage

/// The tool's one door to its stores: create, open, verify and remove a store directory of the JSON file
/// store, or a store of the backend the run's ``StoreOpener`` finds in the location.
///
/// Each call takes the location as the user wrote it (`path`), its file URL (`url`) and the run's
/// environment, whose opener decides the backend. What only a JSON file store can do (`verify`, its
/// files' facts, removing it) throws ``fileStoreOnly(_:on:)`` for another backend's store.
enum StoreAccess {
    /// The store of another backend that `path` names, or `nil` when it is a JSON file store's directory.
    /// - Throws: The opener's error for a location of its backend written wrong (a `usage.` code: exit 2).
    static func location(_ path: String, environment: CLIEnvironment) throws -> (any StoreLocation)? {
        try environment.stores.locate(path, environment.variables)
    }

    /// Creates a new, empty store for the operation (holding the writer's lock, for a directory).
    /// - Throws: `store.exists` when something is already there; other store errors.
    static func create(at url: URL, path: String, operation: ESFOperation, environment: CLIEnvironment)
        async throws -> any Store
    {
        if let location = try location(path, environment: environment) {
            return try await location.create(for: operation)
        }
        return try JSONFileStore.create(at: environment.fileSystemPath(path), operation: operation)
    }

    /// Creates a new store directory holding `dataset` at revision 0, holding the writer's lock.
    /// - Throws: `store.exists` when something is already there; other store errors.
    static func create(at url: URL, path: String, dataset: Dataset, environment: CLIEnvironment) throws
        -> JSONFileStore
    {
        try JSONFileStore.create(at: environment.fileSystemPath(path), dataset: dataset)
    }

    /// Opens an existing store; a writer of a directory takes the lock and fails at once when another
    /// process holds it.
    /// - Throws: `store.missing` (also for a directory that is not a store), `store.locked`, `store.corrupt`
    ///   and other store errors; each names `path` as the user wrote it.
    static func open(at url: URL, path: String, readOnly: Bool, environment: CLIEnvironment) async throws
        -> any Store
    {
        if let location = try location(path, environment: environment) {
            return try await location.open(readOnly: readOnly)
        }
        try requireStore(at: url, path: path)
        return try JSONFileStore.open(
            at: environment.fileSystemPath(path), mode: readOnly ? .readOnly : .readWrite)
    }

    /// Whether a store is at the location (for a directory: whether it holds a store's files).
    /// - Throws: The backend's error when it cannot be reached.
    static func exists(at url: URL, path: String, environment: CLIEnvironment) async throws -> Bool {
        if let location = try location(path, environment: environment) { return try await location.exists() }
        return isStore(at: url)
    }

    /// The error for what only a JSON file store can do, asked of another backend's store (exit 2).
    /// - Parameters:
    ///   - command: The command as the user would type it, such as `store verify`.
    ///   - location: The other backend's store.
    static func fileStoreOnly(_ command: String, on location: any StoreLocation) -> UsageError {
        let name = location.backendName
        return UsageError(
            .usageFileStoreOnly,
            LocalizedText(
                sl:
                    "'\(command)' ni na voljo za shrambo \(name) (\(location)): deluje le na datotekah shrambe "
                    + "v mapi; za to shrambo uporabite orodja strežnika \(name), ostali ukazi pa delujejo enako",
                en:
                    "'\(command)' is not available on a \(name) store (\(location)): it works on the files of a "
                    + "store directory alone; use the \(name) server's own tools for this store, while every "
                    + "other command works on it as usual"))
    }

    /// Checks that `url` exists and looks like a store, and that neither standard output nor standard
    /// error is one of its files.
    /// - Throws: `store.missing` saying how to make a store, or that the directory is not one;
    ///   ``CommandFailure`` (exit 2) for a standard stream redirected into the store.
    private static func requireStore(at url: URL, path: String) throws {
        try OutputDestination.checkStandardStreams(notIn: url.path, path: path)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw SocioLabError(
                .storeMissing,
                LocalizedText(
                    sl:
                        "na poti '\(path)' ni shrambe; ustvarite jo z 'sociolab init --store \(path)' ali navedite "
                        + "drugo z --store ali $SOCIOLAB_STORE",
                    en:
                        "no store at '\(path)'; create one with 'sociolab init --store \(path)', or give another "
                        + "with --store or $SOCIOLAB_STORE"))
        }
        guard isStore(at: url) else {
            throw SocioLabError(
                .storeMissing,
                LocalizedText(
                    sl:
                        "'\(path)' ni shramba SocioLab (nima datoteke \(JSONFileStore.snapshotFileName)); navedite "
                        + "mapo shrambe",
                    en:
                        "'\(path)' is not a SocioLab store (it has no \(JSONFileStore.snapshotFileName)); give a "
                        + "store directory"))
        }
    }

    /// Whether `url` is a directory holding a store's files (without opening it).
    static func isStore(at url: URL) -> Bool { JSONFileStore.isStore(atPath: url.path) }

    /// Checks every file and line of the store without changing it or taking its lock.
    /// - Returns: The damage (each naming its file, line and byte offset) and notices found.
    /// - Throws: `store.missing` when there is no store at `path`.
    static func verify(at url: URL, path: String, environment: CLIEnvironment) throws -> StoreVerification {
        if let location = try location(path, environment: environment) {
            throw fileStoreOnly("store verify", on: location)
        }
        try requireStore(at: url, path: path)
        return JSONFileStore.verify(at: environment.fileSystemPath(path))
    }

    /// The store's change sets, newest first; a directory's are read without loading the store or taking
    /// its lock, another backend's from its ``Store/changeSets(after:)``.
    /// - Parameters:
    ///   - limit: The most to return; `nil` for all.
    ///   - include: Which change sets to list.
    /// - Throws: `store.missing` when there is no store at `path`; `store.corrupt` for a damaged line.
    static func changeSets(
        at url: URL, path: String, limit: Int?, environment: CLIEnvironment,
        including include: (ChangeSetSummary) -> Bool
    ) async throws -> [ChangeSetSummary] {
        if let location = try location(path, environment: environment) {
            let store = try await location.open(readOnly: true)
            let summaries = try await store.changeSets(after: 0).reversed().lazy.map(ChangeSetSummary.init)
                .filter(include)
            return limit.map { Array(summaries.prefix($0)) } ?? Array(summaries)
        }
        try requireStore(at: url, path: path)
        return try JSONFileStore.changeSetSummaries(
            atPath: environment.fileSystemPath(path), limit: limit, including: include)
    }

    /// What the store's files say about it (sizes, format version, lock holder), without opening it.
    /// - Throws: `store.missing` when there is no store at `path`.
    static func facts(at url: URL, path: String, environment: CLIEnvironment) throws -> StoreDirectoryFacts {
        if let location = try location(path, environment: environment) {
            throw fileStoreOnly("status", on: location)
        }
        try requireStore(at: url, path: path)
        return try JSONFileStore.facts(atPath: environment.fileSystemPath(path))
    }

    /// Removes a store directory (for `demo --force`); refuses, with exit code 3, a directory that is
    /// neither a store nor empty, and a store another process is writing; another backend's store is
    /// refused with ``fileStoreOnly(_:on:)``.
    static func remove(at url: URL, path: String, environment: CLIEnvironment) throws {
        if let location = try location(path, environment: environment) {
            throw fileStoreOnly("demo --force", on: location)
        }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        guard contents.isEmpty || isStore(at: url) else {
            throw SocioLabError(
                .storeMissing,
                "'\(path)' is not a SocioLab store; it was left as it is. Give another --store")
        }
        if isStore(at: url) {
            // Taking the writer's lock first makes sure no other process is writing the store being removed.
            // A damaged store may still be removed: that is what --force is for.
            do {
                let store = try JSONFileStore.open(at: url.path, mode: .readWrite)
                store.close()
            } catch  where error.code == .storeLocked {
                throw error
            } catch {}
        }
        do {
            try FileManager.default.removeItem(at: url)
        } catch {
            // Foundation's own text names neither the path nor what to do: say it from the system's reason.
            let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
            let code = underlying?.domain == NSPOSIXErrorDomain ? Int32(underlying!.code) : EIO
            let reason = FileErrorText.reason(code, action: .write)
            throw SocioLabError(
                .storeIO,
                LocalizedText(
                    sl: "'\(path)' ni mogoče odstraniti: \(reason.sl)",
                    en: "cannot remove '\(path)': \(reason.en)"))
        }
    }
}
