import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `StoreCrashWriter` child process, started by the fault tests.
///
/// The executable is built with the tests (the test target depends on it) and sits in the same products
/// directory as the test runner. It is found, in this order: the `SOCIOLAB_CRASH_WRITER` environment
/// variable (a full path); next to the running test executable (`CommandLine.arguments[0]`, the way
/// `swift test` runs on Linux); next to any loaded bundle (the `.xctest` bundle on macOS); and finally under
/// the package's `.build*/…/debug/` directories, found by walking up from this source file.
final class ChildProcess {
    let process = Process()
    private let output = Pipe()
    private let input = Pipe()
    private var buffer: [UInt8] = []

    /// The crash writer's path, or `nil` when it was not built.
    static let crashWriter: String? = {
        let fm = FileManager.default
        let name = "StoreCrashWriter"
        var candidates: [String] = []
        if let explicit = ProcessInfo.processInfo.environment["SOCIOLAB_CRASH_WRITER"] {
            candidates.append(explicit)
        }
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        candidates.append(runner.deletingLastPathComponent().appendingPathComponent(name).path)
        for bundle in [Bundle.main] + Bundle.allBundles {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent(name).path)
        }
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            let entries = (try? fm.contentsOfDirectory(atPath: directory.path)) ?? []
            for entry in entries.sorted() where entry.hasPrefix(".build") {
                let build = directory.appendingPathComponent(entry)
                candidates.append(build.appendingPathComponent("debug/\(name)").path)
                for triple in (try? fm.contentsOfDirectory(atPath: build.path)) ?? [] {
                    candidates.append(build.appendingPathComponent("\(triple)/debug/\(name)").path)
                }
            }
            directory.deleteLastPathComponent()
        }
        return candidates.first { fm.isExecutableFile(atPath: $0) }
    }()

    /// Starts the crash writer with arguments and extra environment variables.
    init(_ arguments: [String], environment: [String: String] = [:]) throws {
        guard let path = ChildProcess.crashWriter else {
            throw CocoaError(
                .fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "StoreCrashWriter was not built"])
        }
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = output
        process.standardInput = input
        try process.run()
    }

    var pid: Int32 { process.processIdentifier }

    /// The next line the child printed, or `nil` at the end of its output.
    func readLine() -> String? {
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffer[..<newline], as: UTF8.self)
                buffer.removeSubrange(...newline)
                return line
            }
            let data = output.fileHandleForReading.availableData
            if data.isEmpty {
                guard !buffer.isEmpty else { return nil }
                defer { buffer.removeAll() }
                return String(decoding: buffer, as: UTF8.self)
            }
            buffer.append(contentsOf: data)
        }
    }

    /// Every remaining line.
    func readAll() -> [String] {
        var lines: [String] = []
        while let line = readLine() { lines.append(line) }
        return lines
    }

    /// Closes the child's standard input.
    func closeInput() { try? input.fileHandleForWriting.close() }

    /// Kills the child with SIGKILL and waits for it.
    func kill() {
        _ = Foundation.kill(pid, SIGKILL)
        process.waitUntilExit()
    }

    /// Waits for the child to exit and returns its status.
    func wait() -> Int32 {
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// Whether the long variants of the fault tests run (`SOCIOLAB_LONG_TESTS=1`).
let longTests = ProcessInfo.processInfo.environment["SOCIOLAB_LONG_TESTS"] == "1"
