import Foundation

/// What one run of the built `sociolab` binary did.
struct CLIResult: Sendable, CustomStringConvertible {
    /// The process's exit code.
    var exitCode: Int32
    /// Everything it wrote to standard output.
    var standardOutput: String
    /// Everything it wrote to standard error.
    var standardError: String

    /// The run, for test failure messages.
    var description: String {
        "exit \(exitCode)\n--- stdout\n\(standardOutput.prefix(2000))\n--- stderr\n\(standardError.prefix(2000))"
    }
}

/// Runs the `sociolab` executable that `swift build` / `swift test` put in the build products directory.
///
/// The end-to-end tests run the real binary as a subprocess, as swift-argument-parser tests its examples:
/// the products directory is the one holding the test bundle (on Linux, the directory of the test runner
/// executable; on macOS, the directory holding the `.xctest` bundle). Set `SOCIOLAB_CLI` to the path of a
/// `sociolab` binary to test another build.
enum SocioLabProcess {
    /// The moment every run reads as "now" (through `SOCIOLAB_NOW`), so history output is deterministic.
    static let now = "2021-01-15T09:00:00.000Z"

    /// The `sociolab` binary under test.
    static let executable: URL = {
        if let given = ProcessInfo.processInfo.environment["SOCIOLAB_CLI"], !given.isEmpty {
            return URL(fileURLWithPath: given)
        }
        return productsDirectory.appendingPathComponent("sociolab")
    }()

    /// The directory the build put the products in.
    static var productsDirectory: URL {
        #if os(macOS)
            for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
                return bundle.bundleURL.deletingLastPathComponent()
            }
        #endif
        let candidates = [
            Bundle.main.bundleURL,
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        ]
        for candidate in candidates
        where FileManager.default.isExecutableFile(atPath: candidate.appendingPathComponent("sociolab").path)
        {
            return candidate
        }
        return Bundle.main.bundleURL
    }

    /// Runs `sociolab` with `arguments` in `directory` and waits for it.
    /// - Parameters:
    ///   - arguments: The arguments after the program name.
    ///   - directory: The working directory (each test has its own).
    ///   - environment: Variables to set on top of a small clean environment (`PATH`, `HOME`,
    ///     `SOCIOLAB_NOW`); `SOCIOLAB_STORE` is never inherited.
    ///   - umask: The file mode creation mask to run under (such as `"022"`), set by `/bin/sh` before it
    ///     executes the binary; `nil` to inherit the test process's.
    ///   - standardOutput: A file to give the child as standard output instead of a capture file (the
    ///     result's `standardOutput` is then empty).
    ///   - program: The binary to run: `sociolab` unless told (the examples' tests run theirs).
    /// - Returns: The exit code and both outputs.
    static func run(
        _ arguments: [String], in directory: URL, environment: [String: String] = [:], umask: String? = nil,
        standardOutput: FileHandle? = nil, program: URL = executable
    ) throws -> CLIResult {
        let process = Process()
        if let umask {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "umask \(umask) && exec \"$0\" \"$@\"", program.path] + arguments
        } else {
            process.executableURL = program
            process.arguments = arguments
        }
        process.currentDirectoryURL = directory
        var variables = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": directory.path, "USER": "tester", "SOCIOLAB_NOW": now,
        ]
        variables.merge(environment) { $1 }
        process.environment = variables
        // Outputs go to files, not pipes, so a large report can never fill a pipe and block the child.
        let outURL = directory.appendingPathComponent(".stdout-\(UUID().uuidString)")
        let errURL = directory.appendingPathComponent(".stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = standardOutput ?? out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return CLIResult(
            exitCode: process.terminationStatus,
            standardOutput: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            standardError: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}
