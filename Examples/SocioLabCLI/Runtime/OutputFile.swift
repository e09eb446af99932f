import Foundation
import SocioLabKit

/// Writing the tool's output files (exports and reports), with errors that name the path.
enum OutputFile {
    /// Writes `data` to `url`, replacing a file that is there; readable by its owner alone when the data
    /// may hold personal details is the caller's choice of directory.
    /// - Throws: ``CommandFailure`` (exit 1) naming the path when the file cannot be written.
    static func write(_ data: Data, to url: URL, path: String) throws {
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw CommandFailure(["sociolab: error: cannot write '\(path)': \(describe(error))"])
        }
    }

    /// Creates a directory (and its parents) unless it exists.
    /// - Throws: ``CommandFailure`` naming the path when it cannot be created or is a file.
    static func makeDirectory(_ url: URL, path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw CommandFailure(["sociolab: error: '\(path)' is a file; give a directory for the export"]
                )
            }
            return
        }
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure(["sociolab: error: cannot create directory '\(path)': \(describe(error))"])
        }
    }

    /// Reads a file the user named.
    /// - Throws: ``CommandFailure`` naming the path when it cannot be read.
    static func read(_ url: URL, path: String) throws -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw CommandFailure(["\(path): error: cannot read the file: \(describe(error))"])
        }
    }

    private static func describe(_ error: any Error) -> String {
        (error as NSError).localizedFailureReason ?? error.localizedDescription
    }
}
