import Foundation
import SocioLabKit

/// A fresh directory for one test, removed when the test is done with it.
final class TemporaryDirectory: Sendable {
    /// The directory.
    let url: URL

    /// Creates an empty directory under the system's temporary directory.
    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("sociolab-cli-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// A path inside the directory.
    func path(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// Writes `data` to a file in the directory and returns its URL.
    @discardableResult
    func write(_ data: Data, to name: String) throws -> URL {
        let file = path(name)
        try data.write(to: file)
        return file
    }

    /// Writes `text` as UTF-8 to a file in the directory and returns its URL.
    @discardableResult
    func write(_ text: String, to name: String) throws -> URL { try write(Data(text.utf8), to: name) }

    /// Reads a file in the directory.
    func read(_ name: String) throws -> Data { try Data(contentsOf: path(name)) }

    /// Runs `sociolab` in this directory.
    func sociolab(_ arguments: String..., environment: [String: String] = [:]) throws -> CLIResult {
        try SocioLabProcess.run(arguments, in: url, environment: environment)
    }

    /// Runs `sociolab` in this directory with an argument array.
    func sociolab(
        arguments: [String], environment: [String: String] = [:], umask: String? = nil,
        standardOutput: FileHandle? = nil
    ) throws -> CLIResult {
        try SocioLabProcess.run(
            arguments, in: url, environment: environment, umask: umask, standardOutput: standardOutput)
    }

    /// The SHA-256 of every file under `name` (relative path → hex digest), to show a command left a
    /// directory byte for byte as it was; also lists every file, so one added is seen too.
    func digests(_ name: String) throws -> [String: String] {
        let root = path(name)
        var digests: [String: String] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [:] }
        for case let relative as String in enumerator {
            let file = root.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory) else {
                continue
            }
            digests[relative] =
                isDirectory.boolValue
                ? "directory" : SHA256Hasher.hex(SHA256Hasher.hash(try Data(contentsOf: file)))
        }
        return digests
    }

    /// The permission bits of a file or directory in this directory, such as `0o600`.
    func permissions(_ name: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path(name).path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}

/// A demo store built once per test run and copied into each test's own directory.
enum DemoStoreTemplate {
    /// The directory holding the built template store (`demo-template/store`), or the error that stopped it.
    static let built: Result<URL, any Error> = Result {
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        // The template is removed when the test process exits.
        atexit { try? FileManager.default.removeItem(at: DemoStoreTemplate.root) }
        let result = try SocioLabProcess.run(["demo", "--store", "store"], in: root)
        guard result.exitCode == 0 else { throw TemplateFailure(result: result) }
        return root.appendingPathComponent("store", isDirectory: true)
    }

    /// The directory the template store is built in.
    static let root = FileManager.default.temporaryDirectory
        .appendingPathComponent("sociolab-cli-template-\(UUID().uuidString)", isDirectory: true)

    /// Copies the template demo store to `name` inside `directory` and returns the store's name.
    @discardableResult
    static func copy(into directory: TemporaryDirectory, as name: String = "store") throws -> String {
        try FileManager.default.copyItem(at: built.get(), to: directory.path(name))
        return name
    }

    struct TemplateFailure: Error, CustomStringConvertible {
        var result: CLIResult
        var description: String { "building the demo store failed: \(result)" }
    }
}
