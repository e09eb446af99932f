import Foundation
import SocioLabKit

/// Where the tool writes: results to standard output, diagnostics and progress to standard error.
///
/// Progress lines are written only when standard error is a terminal (or as JSON with `--progress json`),
/// so pipes and logs stay clean; see ``ProgressDisplay``.
///
/// Every line written with ``line(_:)`` or ``error(_:)`` goes through `PrintableText.escaped(_:)`: a control
/// character or escape sequence in a value it quotes (an author, a reason, an id, a name in a validation
/// message, an argument repeated in an error) is shown as `\u{1B}` and the like, so it can neither steer
/// the terminal nor forge a line. Documents written with ``write(_:)`` (an export, a rendered report, help)
/// go out byte for byte; the renderers escape what they show themselves.
struct Console: Sendable {
    /// The progress line (or JSON updates) on standard error.
    var display: ProgressDisplay
    /// `--quiet`: summaries and notes are not written, only errors and warnings.
    var quiet = false
    /// Standard output, or what an in-process run gives instead.
    var output = FileHandle.standardOutput
    /// Standard error, or what an in-process run gives instead.
    var errorOutput = FileHandle.standardError

    /// A console whose progress shows as `mode` says (a line only when `isTerminal`).
    init(
        mode: ProgressDisplay.Mode = .auto, quiet: Bool = false, isTerminal: Bool,
        language: Language = .english, output: FileHandle = .standardOutput,
        errorOutput: FileHandle = .standardError
    ) {
        self.display = ProgressDisplay(
            mode: mode, quiet: quiet, isTerminal: isTerminal, language: language,
            write: { errorOutput.write(Data($0.utf8)) })
        self.quiet = quiet
        self.output = output
        self.errorOutput = errorOutput
    }

    /// The callback that shows the SDK's progress updates, or `nil` when nothing is shown.
    var progressHandler: Workspace.ProgressHandler? { display.handler }

    /// Writes text to standard output as it is.
    func write(_ text: String) {
        output.write(Data(text.utf8))
    }

    /// Writes bytes to standard output as they are.
    func write(_ data: Data) {
        output.write(data)
    }

    /// Writes one line to standard output, control characters in it shown as escapes.
    func line(_ text: String = "") {
        write(PrintableText.escaped(text) + "\n")
    }

    /// Writes one line to standard error, control characters in it shown as escapes.
    func error(_ text: String) {
        clearProgress()
        errorOutput.write(Data((PrintableText.escaped(text) + "\n").utf8))
    }

    /// Writes a summary or a note to standard error (as ``error(_:)``), unless `--quiet` was given.
    func summary(_ text: String) {
        if quiet { return }
        error(text)
    }

    /// Shows a step without counts on the progress line (replacing the previous one) on a terminal.
    func progress(_ text: String) {
        display.show(text)
    }

    /// Removes the progress line, if one is shown.
    func clearProgress() {
        display.clear()
    }
}
