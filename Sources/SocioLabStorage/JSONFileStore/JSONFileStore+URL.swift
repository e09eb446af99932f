import Foundation
import SocioLabKit

/// The store's entry points with the directory as a file `URL`, beside the ones that take a path string.
extension JSONFileStore {
    /// Creates a new, empty store for an operation and opens it for writing.
    /// - Parameters:
    ///   - url: A file URL of a directory that does not exist yet (or is empty); created with mode 0700.
    ///   - operation: The operation the store records.
    ///   - configuration: Tunable behaviour.
    /// - Returns: The store, holding the writer's lock.
    /// - Throws: `store.io` when `url` is not a file URL or the files cannot be written; `store.exists`
    ///   when the directory holds something.
    public static func create(
        at url: URL, operation: ESFOperation, configuration: Configuration = Configuration()
    ) throws(SocioLabError) -> JSONFileStore {
        try create(at: filePath(of: url), operation: operation, configuration: configuration)
    }

    /// Creates a new store holding a dataset at revision 0 (an import or a fixture) and opens it for writing.
    /// - Parameters:
    ///   - url: A file URL of a directory that does not exist yet (or is empty).
    ///   - dataset: The initial dataset.
    ///   - configuration: Tunable behaviour.
    /// - Returns: The store, holding the writer's lock.
    /// - Throws: `store.io` when `url` is not a file URL or the files cannot be written; `store.exists`.
    public static func create(
        at url: URL, dataset: Dataset, configuration: Configuration = Configuration()
    ) throws(SocioLabError) -> JSONFileStore {
        try create(at: filePath(of: url), dataset: dataset, configuration: configuration)
    }

    /// Opens an existing store, as ``open(at:mode:lockTimeout:configuration:)-(String,_,_,_)`` does.
    /// - Parameters:
    ///   - url: A file URL of the store directory.
    ///   - mode: ``Mode/readWrite`` (the default) takes the writer's lock; ``Mode/readOnly`` takes none.
    ///   - lockTimeout: Seconds to wait for another writer to let go (0: fail at once).
    ///   - configuration: Tunable behaviour.
    /// - Returns: The open store.
    /// - Throws: `store.io` when `url` is not a file URL; otherwise what opening by path throws
    ///   (`store.missing`, `store.locked`, `store.corrupt`, `store.too-new`, `store.io`).
    /// - Complexity: O(*n*) in the size of the files.
    public static func open(
        at url: URL, mode: Mode = .readWrite, lockTimeout: Double = 0,
        configuration: Configuration = Configuration()
    ) throws(SocioLabError) -> JSONFileStore {
        try open(at: filePath(of: url), mode: mode, lockTimeout: lockTimeout, configuration: configuration)
    }

    /// Checks a store's files without opening it, as ``verify(at:)-(String)`` does.
    /// - Parameter url: A file URL of the store directory.
    /// - Returns: The problems and notices found; a URL that is not a file URL is a `store.io` problem.
    /// - Complexity: O(size of all the files).
    public static func verify(at url: URL) -> StoreVerification {
        do {
            return verify(at: try filePath(of: url))
        } catch {
            return StoreVerification(problems: [error], notices: [], revision: nil)
        }
    }

    /// The store directory as a file URL.
    public var url: URL { URL(fileURLWithPath: path, isDirectory: true) }

    /// The file-system path of a file URL.
    private static func filePath(of url: URL) throws(SocioLabError) -> String {
        guard url.isFileURL else {
            throw SocioLabError(
                .storeIO,
                "\(url.absoluteString) is not a file URL; give the store's directory as a file URL, such as "
                    + "URL(fileURLWithPath: \"my-store\")",
                at: .init(file: url.absoluteString))
        }
        return url.path(percentEncoded: false)
    }
}
