import Foundation
import SocioLabKit

/// The self-updating progress line on a terminal, as a pure function of one update: phase, count,
/// percent and time left, fitted to the terminal's width.
///
/// ```
/// validating 600,000/1,227,609  48 %  about 5 s left
/// preverjanje 600.000/1.227.609  48 %  še približno 5 s
/// ```
enum ProgressLine {
    /// Moves to the start of the line and erases it: written before every line and to clear the last one.
    static let clear = "\r\u{1B}[2K"

    /// The text of the line for `progress` (without ``clear``), at most `width - 1` characters so that the
    /// terminal never wraps it.
    /// - Parameters:
    ///   - progress: The update.
    ///   - phaseElapsed: The time since the phase began, for the time left; `nil` for none.
    ///   - width: The terminal's width in columns.
    ///   - language: The language of the words.
    static func text(
        _ progress: Workspace.Progress, phaseElapsed: Duration?, width: Int, language: Language
    ) -> String {
        var parts = [progress.phase.name[language]]
        let count = { (units: Int) in
            progress.phase.countsBytes ? megabytes(units, language) : grouped(units, language)
        }
        if let total = progress.total, total > 0 {
            parts.append(count(progress.completed) + "/" + count(total))
        } else if progress.completed > 0 {
            parts.append(count(progress.completed))
        }
        if let fraction = progress.fraction { parts.append("\(Int((fraction * 100).rounded(.down))) %") }
        if let left = remaining(progress, phaseElapsed: phaseElapsed) {
            parts.append(
                LocalizedText(sl: "še približno \(duration(left))", en: "about \(duration(left)) left")[
                    language])
        }
        return fitted(parts.joined(separator: "  "), width: width)
    }

    /// The whole line to write: ``clear`` and the text.
    static func line(
        _ progress: Workspace.Progress, phaseElapsed: Duration?, width: Int, language: Language
    ) -> String {
        clear + text(progress, phaseElapsed: phaseElapsed, width: width, language: language)
    }

    /// The time left in the phase at the rate so far, or `nil` when it cannot be told yet (no total, nothing
    /// done, under half a second in, or already done).
    static func remaining(_ progress: Workspace.Progress, phaseElapsed: Duration?) -> Duration? {
        guard let total = progress.total, let phaseElapsed, progress.completed > 0,
            progress.completed < total,
            phaseElapsed >= .milliseconds(500)
        else { return nil }
        let seconds =
            Self.seconds(phaseElapsed) * Double(total - progress.completed) / Double(progress.completed)
        return .milliseconds(Int64((seconds * 1000).rounded()))
    }

    /// A time left as people say it: `3 s`, `42 s`, `2 min 05 s`, `1 h 02 min` (under a second is `1 s`).
    static func duration(_ value: Duration) -> String {
        let total = max(1, Int(seconds(value).rounded(.up)))
        if total < 60 { return "\(total) s" }
        if total < 3600 { return "\(total / 60) min " + twoDigits(total % 60) + " s" }
        return "\(total / 3600) h " + twoDigits(total % 3600 / 60) + " min"
    }

    /// `text` cut to `width - 1` characters, ending in `…` when cut.
    static func fitted(_ text: String, width: Int) -> String {
        let room = max(width - 1, 1)
        guard text.count > room else { return text }
        return String(text.prefix(room - 1)) + "…"
    }

    /// A count with groups of three digits: `1,227,609` in English, `1.227.609` in Slovenian.
    static func grouped(_ value: Int, _ language: Language) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += language == .slovenian ? "." : "," }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// Bytes as megabytes with one decimal: `75.0 MB`, or `75,0 MB` in Slovenian.
    static func megabytes(_ bytes: Int, _ language: Language) -> String {
        let tenths = (bytes * 10 + 500_000) / 1_000_000
        let separator = language == .slovenian ? "," : "."
        return grouped(tenths / 10, language) + separator + String(tenths % 10) + " MB"
    }

    /// A duration in seconds.
    static func seconds(_ value: Duration) -> Double {
        let (seconds, attoseconds) = value.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
