import Foundation

/// Where the tool writes: results to standard output, diagnostics and progress to standard error.
///
/// Progress lines are written only when standard error is a terminal, so pipes and logs stay clean.
struct Console: Sendable {
    /// Whether progress lines are shown.
    var showsProgress: Bool

    /// Writes text to standard output as it is.
    func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes bytes to standard output as they are.
    func write(_ data: Data) {
        FileHandle.standardOutput.write(data)
    }

    /// Writes one line to standard output.
    func line(_ text: String = "") {
        write(text + "\n")
    }

    /// Writes one line to standard error.
    func error(_ text: String) {
        clearProgress()
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Shows a progress line on standard error (replacing the previous one) when it is a terminal.
    func progress(_ text: String) {
        guard showsProgress else { return }
        FileHandle.standardError.write(Data(("\r\u{1B}[2K" + text).utf8))
    }

    /// Removes the progress line, if one is shown.
    func clearProgress() {
        guard showsProgress else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
