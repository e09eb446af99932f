import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A program run as a separate process, timed from spawn to exit, with its own peak memory.
///
/// The process is started with `posix_spawn` and reaped with `wait4`, whose `rusage` belongs to that one
/// child (unlike `getrusage(RUSAGE_CHILDREN)`, which keeps the largest of all children so far).
public struct ChildProcess {
    /// What a finished child did.
    public struct Outcome {
        /// The exit status (or 128 + the signal that ended it).
        public var exitCode: Int32
        /// Wall-clock seconds from spawn to exit.
        public var seconds: Double
        /// The child's peak resident set size in bytes (`ru_maxrss`).
        public var peakResidentBytes: Int
        /// What the child wrote to its standard output.
        public var standardOutput: Data
    }

    /// The program's path.
    public var executable: String
    /// The arguments after the program name.
    public var arguments: [String]

    /// A program to run.
    /// - Parameters:
    ///   - executable: The program's path.
    ///   - arguments: Its arguments, without the program's name.
    public init(executable: String, arguments: [String]) {
        self.executable = executable
        self.arguments = arguments
    }

    /// Runs the program to its end. Its standard output goes to `outputFile` (then read back); its
    /// standard error is this process's.
    /// - Throws: `BenchFailure` when it cannot be started.
    public func run(outputFile: String) throws -> Outcome {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outputFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        let argv: [UnsafeMutablePointer<CChar>] = ([executable] + arguments).map { strdup($0)! }
        defer { argv.forEach { free($0) } }
        var pointers: [UnsafeMutablePointer<CChar>?] = argv.map { Optional($0) } + [nil]

        var pid = pid_t()
        let start = ProcessMetrics.now()
        let spawned = pointers.withUnsafeMutableBufferPointer { buffer in
            posix_spawn(&pid, executable, &actions, nil, buffer.baseAddress!, environ)
        }
        guard spawned == 0 else {
            throw BenchFailure("cannot start \(executable): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchFailure("cannot wait for \(executable): errno \(errno)") }
        }
        let seconds = ProcessMetrics.seconds(since: start)
        let exitCode: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let output = FileManager.default.contents(atPath: outputFile) ?? Data()
        return Outcome(
            exitCode: exitCode, seconds: seconds, peakResidentBytes: Int(usage.ru_maxrss) * 1024,
            standardOutput: output)
    }
}

/// A benchmark that cannot go on, with what to do about it.
public struct BenchFailure: Error, CustomStringConvertible {
    /// What went wrong.
    public var description: String

    public init(_ description: String) { self.description = description }
}
