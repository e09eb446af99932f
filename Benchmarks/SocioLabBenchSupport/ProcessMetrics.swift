import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Wall-clock timing and memory readings of this process.
public enum ProcessMetrics {
    /// Nanoseconds on the monotonic clock.
    public static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// Seconds elapsed since `start` (a reading of ``now()``).
    public static func seconds(since start: UInt64) -> Double { Double(now() &- start) / 1e9 }

    /// The processor time this process has used so far (user and system, all threads), in seconds: less
    /// disturbed than wall time by other work on a shared machine.
    public static func processorSeconds() -> Double {
        var usage = rusage()
        #if os(Linux)
            getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        #else
            getrusage(RUSAGE_SELF, &usage)
        #endif
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// Runs `body` and returns its result with the seconds it took.
    public static func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = now()
        let value = try body()
        return (value, seconds(since: start))
    }

    /// Runs `body` and returns its result with the seconds it took.
    public static func timed<T>(_ body: () async throws -> T) async rethrows -> (T, Double) {
        let start = now()
        let value = try await body()
        return (value, seconds(since: start))
    }

    /// This process's peak resident set size in bytes (`VmHWM` in `/proc/self/status`), or `nil` where
    /// the file does not exist (not Linux).
    public static func peakResidentBytes() -> Int? { statusField("VmHWM:") }

    /// This process's current resident set size in bytes (`VmRSS`).
    public static func residentBytes() -> Int? { statusField("VmRSS:") }

    /// Resets the peak resident set size to the current one (Linux 4.0 and later: writing `5` to
    /// `/proc/self/clear_refs`), so that the next ``peakResidentBytes()`` is the peak of what follows.
    /// - Returns: Whether the reset worked.
    @discardableResult
    public static func resetPeakResident() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        do {
            try handle.write(contentsOf: Data("5".utf8))
            return true
        } catch {
            return false
        }
    }

    private static func statusField(_ name: String) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(name) {
            let digits = line.dropFirst(name.count).split(whereSeparator: { $0 == " " || $0 == "\t" }).first
                .flatMap { Int($0) }
            return digits.map { $0 * 1024 }
        }
        return nil
    }
}
