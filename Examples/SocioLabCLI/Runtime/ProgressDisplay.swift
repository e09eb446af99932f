import Foundation
import SocioLabKit

/// Shows the progress of a long command on standard error: a single self-updating line on a terminal
/// (``ProgressLine``), one JSON object per update with `--progress json` (``ProgressJSON``), nothing
/// otherwise (off a terminal, `--progress none`, `--quiet`).
final class ProgressDisplay: @unchecked Sendable {
    // Why `@unchecked Sendable` is safe: the mutable properties (`lineShown`, `phase`, `phaseStart`) are
    // read and written only while `lock` is held, and standard error is written under the same lock.

    /// How progress is shown.
    enum Mode: String, CaseIterable, Sendable {
        /// A self-updating line when standard error is a terminal, else nothing.
        case auto
        /// One JSON object per update.
        case json
        /// Nothing.
        case none
    }

    /// What is shown: ``Mode/auto`` resolved against the terminal.
    enum Output: Equatable, Sendable {
        case line, json, none
    }

    let output: Output
    let language: Language
    private let write: @Sendable (String) -> Void
    private let clock: @Sendable () -> Duration
    private let lock = NSLock()
    private var lineShown = false
    private var phase: Workspace.Progress.Phase?
    private var phaseStart = Duration.zero

    /// A display.
    /// - Parameters:
    ///   - mode: `--progress`.
    ///   - quiet: `--quiet`: nothing is shown whatever the mode.
    ///   - isTerminal: Whether standard error is a terminal.
    ///   - language: The language of the words.
    ///   - write: Where the text goes (standard error unless a test gives its own).
    ///   - clock: The time since the command began (a monotonic clock started now, unless a test gives its
    ///     own): the SDK's updates restart their `elapsed` with each call, the display counts from the start.
    init(
        mode: Mode, quiet: Bool, isTerminal: Bool, language: Language,
        write: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) },
        clock: (@Sendable () -> Duration)? = nil
    ) {
        switch (quiet, mode) {
        case (true, _), (_, .none): output = .none
        case (false, .json): output = .json
        case (false, .auto): output = isTerminal ? .line : .none
        }
        self.language = language
        self.write = write
        if let clock {
            self.clock = clock
        } else {
            let start = ContinuousClock.now
            self.clock = { ContinuousClock.now - start }
        }
    }

    /// The callback to hand to the SDK, or `nil` when nothing is shown (so the SDK does no work for it).
    var handler: Workspace.ProgressHandler? {
        guard output != .none else { return nil }
        return { [self] progress in show(progress) }
    }

    /// Shows one update.
    func show(_ update: Workspace.Progress) {
        lock.lock()
        defer { lock.unlock() }
        var progress = update
        progress.elapsed = clock()
        if progress.phase != phase {
            phase = progress.phase
            phaseStart = progress.elapsed
        }
        let inPhase = progress.elapsed - phaseStart
        switch output {
        case .line:
            write(
                ProgressLine.line(
                    progress, phaseElapsed: inPhase, width: TerminalWidth.standardError(), language: language)
            )
            lineShown = true
        case .json:
            write(ProgressJSON.line(progress, phaseElapsed: inPhase, language: language))
        case .none:
            break
        }
    }

    /// Shows a line of free text (a step without counts) on a terminal.
    func show(_ text: String) {
        guard output == .line else { return }
        lock.lock()
        defer { lock.unlock() }
        write(ProgressLine.clear + ProgressLine.fitted(text, width: TerminalWidth.standardError()))
        lineShown = true
    }

    /// Erases the line, if one is shown, so that the next line of text starts on a clean line.
    func clear() {
        lock.lock()
        defer { lock.unlock() }
        guard lineShown else { return }
        write(ProgressLine.clear)
        lineShown = false
    }
}
