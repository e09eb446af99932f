import Foundation
import SocioLabKit

/// Where the tool writes: results to standard output, diagnostics and progress to standard error.
///
/// Progress lines are written only when standard error is a terminal, so pipes and logs stay clean.
///
/// Every line written with ``line(_:)`` or ``error(_:)`` goes through `PrintableText.escaped(_:)`: a control
/// character or escape sequence in a value it quotes (an author, a reason, an id, a name in a validation
/// message, an argument repeated in an error) is shown as `\u{1B}` and the like, so it can neither steer
/// the terminal nor forge a line. Documents written with ``write(_:)`` (an export, a rendered report, help)
/// go out byte for byte; the renderers escape what they show themselves.
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

    /// Writes one line to standard output, control characters in it shown as escapes.
    func line(_ text: String = "") {
        write(PrintableText.escaped(text) + "\n")
    }

    /// Writes one line to standard error, control characters in it shown as escapes.
    func error(_ text: String) {
        clearProgress()
        FileHandle.standardError.write(Data((PrintableText.escaped(text) + "\n").utf8))
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
