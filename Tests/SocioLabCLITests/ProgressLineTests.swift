import Foundation
import SocioLabKit
import Testing

@testable import SocioLabCommandLine

/// The terminal's progress line and the `--progress json` objects, as pure functions of one update.
struct ProgressLineTests {
    typealias P = Workspace.Progress

    @Test func lineHasPhaseCountPercentAndTimeLeft() {
        let progress = P(phase: .validating, completed: 600_000, total: 1_227_609, elapsed: .seconds(9))
        let text = ProgressLine.text(progress, phaseElapsed: .seconds(4), width: 120, language: .english)
        #expect(text == "validating  600,000/1,227,609  48 %  about 5 s left")
        let sl = ProgressLine.text(progress, phaseElapsed: .seconds(4), width: 120, language: .slovenian)
        #expect(sl == "preverjanje  600.000/1.227.609  48 %  še približno 5 s")
    }

    @Test func readingCountsMegabytes() {
        let progress = P(phase: .reading, completed: 34_200_000, total: 75_000_000, elapsed: .seconds(1))
        #expect(
            ProgressLine.text(progress, phaseElapsed: nil, width: 80, language: .english)
                == "reading  34.2 MB/75.0 MB  45 %")
        #expect(
            ProgressLine.text(progress, phaseElapsed: nil, width: 80, language: .slovenian)
                == "branje  34,2 MB/75,0 MB  45 %")
    }

    @Test func anUnknownTotalShowsNoPercentNorTimeLeft() {
        let progress = P(phase: .generating, completed: 0, total: nil, elapsed: .seconds(3))
        #expect(
            ProgressLine.text(progress, phaseElapsed: .seconds(3), width: 80, language: .english)
                == "generating")
        let ended = P(phase: .generating, completed: 0, total: 0, elapsed: .seconds(3))
        #expect(
            ProgressLine.text(ended, phaseElapsed: .seconds(3), width: 80, language: .slovenian)
                == "ustvarjanje podatkov")
    }

    @Test func theLineStartsByClearingAndNeverWraps() {
        let progress = P(phase: .fingerprinting, completed: 1_000_000, total: 3_000_000, elapsed: .seconds(2))
        let line = ProgressLine.line(progress, phaseElapsed: .seconds(2), width: 20, language: .slovenian)
        #expect(line.hasPrefix("\r\u{1B}[2K"))
        let text = line.dropFirst(ProgressLine.clear.count)
        #expect(text.count == 19)
        #expect(text.hasSuffix("…"))
        #expect(!text.contains("\n") && !text.contains("\r"))
    }

    @Test(
        arguments: [
            (0.2, "1 s"), (1.0, "1 s"), (4.1, "5 s"), (59.0, "59 s"), (60.0, "1 min 00 s"),
            (125.0, "2 min 05 s"),
            (3599.0, "59 min 59 s"), (3600.0, "1 h 00 min"), (7380.0, "2 h 03 min"),
        ])
    func timeLeftIsWrittenAsPeopleSayIt(seconds: Double, expected: String) {
        #expect(ProgressLine.duration(.milliseconds(Int64(seconds * 1000))) == expected)
    }

    @Test func noTimeLeftBeforeHalfASecondNorOnceDone() {
        let early = P(phase: .applying, completed: 10, total: 100, elapsed: .zero)
        #expect(ProgressLine.remaining(early, phaseElapsed: .milliseconds(499)) == nil)
        #expect(ProgressLine.remaining(early, phaseElapsed: .seconds(1)) == .seconds(9))
        let done = P(phase: .applying, completed: 100, total: 100, elapsed: .zero)
        #expect(ProgressLine.remaining(done, phaseElapsed: .seconds(1)) == nil)
    }

    @Test(arguments: [
        (0, "0"), (999, "999"), (1000, "1,000"), (1_227_609, "1,227,609"), (-12_345, "-12,345"),
    ])
    func countsAreGroupedByThousands(value: Int, expected: String) {
        #expect(ProgressLine.grouped(value, .english) == expected)
        #expect(ProgressLine.grouped(value, .slovenian) == expected.replacingOccurrences(of: ",", with: "."))
    }

    @Test(arguments: Workspace.Progress.Phase.allCases)
    func jsonLineHasTheDocumentedKeys(phase: Workspace.Progress.Phase) throws {
        for total in [Int?.some(10), nil] {
            let progress = P(phase: phase, completed: 4, total: total, elapsed: .milliseconds(1250))
            let line = ProgressJSON.line(progress, phaseElapsed: .seconds(1), language: .slovenian)
            #expect(line.hasSuffix("}\n") && line.filter { $0 == "\n" }.count == 1)
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(Set(object.keys) == Set(ProgressJSON.keys))
            #expect(object["event"] as? String == "progress")
            #expect(object["phase"] as? String == phase.rawValue)
            #expect(object["name"] as? String == phase.name.sl)
            #expect(object["completed"] as? Int == 4)
            #expect(object["elapsed_seconds"] as? Double == 1.25)
            if total == nil {
                #expect(object["total"] is NSNull && object["fraction"] is NSNull)
                #expect(object["remaining_seconds"] is NSNull)
            } else {
                #expect(object["total"] as? Int == 10)
                #expect(object["fraction"] as? Double == 0.4)
                #expect(object["remaining_seconds"] as? Double == 1.5)
            }
        }
    }

    @Test func theDisplayShowsNothingOffATerminalOrWhenQuiet() {
        for (mode, quiet, terminal) in [
            (ProgressDisplay.Mode.auto, false, false), (.json, true, true), (.none, false, true),
            (.auto, true, true),
        ] {
            let display = ProgressDisplay(mode: mode, quiet: quiet, isTerminal: terminal, language: .english)
            #expect(display.output == .none)
            #expect(display.handler == nil)
        }
        #expect(
            ProgressDisplay(mode: .auto, quiet: false, isTerminal: true, language: .english).output == .line)
        #expect(
            ProgressDisplay(mode: .json, quiet: false, isTerminal: false, language: .english).output == .json)
    }

    @Test func theDisplayClearsItsLineOnceAndOnlyWhenShown() throws {
        let written = WrittenText()
        let display = ProgressDisplay(
            mode: .auto, quiet: false, isTerminal: true, language: .english, write: written.append,
            clock: { .seconds(2) })
        display.clear()
        #expect(written.text.isEmpty)
        let handler = try #require(display.handler)
        handler(P(phase: .writing, completed: 1, total: 2, elapsed: .zero))
        display.clear()
        display.clear()
        #expect(written.text.hasPrefix(ProgressLine.clear + "writing  1/2  50 %"))
        #expect(written.text.hasSuffix("%" + ProgressLine.clear))
    }
}

/// Text a display writes, kept for a test.
final class WrittenText: @unchecked Sendable {
    // Why `@unchecked Sendable` is safe: `value` is read and written only inside `lock.withLock`.
    private let lock = NSLock()
    private var value = ""
    var append: @Sendable (String) -> Void { { [self] text in lock.withLock { value += text } } }
    var text: String { lock.withLock { value } }
}
