extension Workspace {
    /// How far a long operation (an import, a validation, a report, a compaction, an export) has got: the
    /// value handed to the `progress` callback of ``Workspace/apply(_:author:reason:dryRun:progress:)``,
    /// ``Workspace/validateAll(progress:)``, ``Workspace/report(_:scope:asOf:progress:)``,
    /// ``Workspace/compact(progress:)``, ``CSVImport/read(_:options:progress:)`` and
    /// ``CSVExport/files(for:writer:plugins:progress:)``.
    ///
    /// ```swift
    /// try await workspace.apply(changes, author: "ana", reason: "import") { progress in
    ///     print(progress.phase.name.en, progress.completed, progress.total ?? 0)
    /// }
    /// ```
    ///
    /// Updates are throttled (at most one every 100 ms within a phase, plus the first and the last update
    /// of each phase), so a callback costs nothing measurable. Within one call the phases come in the
    /// order of ``Phase``'s cases, ``completed`` never decreases within a phase, and every phase ends with
    /// an update whose ``completed`` equals its ``total``. The callback runs on the thread doing the work,
    /// one update at a time: keep it short (hand the value to your UI's actor) and do not call back into
    /// the workspace from it. See `Documentation/Progress.md`.
    public struct Progress: Hashable, Sendable, CustomStringConvertible {
        /// The step of an operation. The cases are in the order an import passes them.
        public enum Phase: String, CaseIterable, Comparable, Hashable, Sendable {
            /// Generating sample data (the CLI's `demo`); counted in records.
            case generating
            /// Reading files (CSV or JSON); counted in bytes.
            case reading
            /// Applying changes to a staged dataset; counted in changes.
            case applying
            /// Checking the validation rules; counted in entities.
            case validating
            /// Writing a change set to the store; counted in records.
            case writing
            /// Compacting the store (a new snapshot); counted in entities.
            case compacting
            /// Hashing the dataset for its fingerprint; counted in entities.
            case fingerprinting
            /// Computing a report's indicators; counted in entities.
            case reporting
            /// Writing an export; counted in tables.
            case exporting

            /// The phase's name, in Slovenian and English, as a progress line shows it.
            public var name: LocalizedText {
                switch self {
                case .generating: LocalizedText(sl: "ustvarjanje podatkov", en: "generating")
                case .reading: LocalizedText(sl: "branje", en: "reading")
                case .applying: LocalizedText(sl: "uveljavljanje sprememb", en: "applying")
                case .validating: LocalizedText(sl: "preverjanje", en: "validating")
                case .writing: LocalizedText(sl: "zapisovanje", en: "writing")
                case .compacting: LocalizedText(sl: "stiskanje shrambe", en: "compacting")
                case .fingerprinting: LocalizedText(sl: "računanje prstnega odtisa", en: "fingerprinting")
                case .reporting: LocalizedText(sl: "računanje poročila", en: "reporting")
                case .exporting: LocalizedText(sl: "izvoz", en: "exporting")
                }
            }

            /// Whether ``Progress/completed`` and ``Progress/total`` count bytes (only ``reading`` does).
            public var countsBytes: Bool { self == .reading }

            /// Orders phases as their cases are declared.
            public static func < (lhs: Self, rhs: Self) -> Bool {
                allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
            }
        }

        /// The step the operation is in.
        public var phase: Phase
        /// The units of ``phase`` done so far.
        public var completed: Int
        /// The units of ``phase`` in all, or `nil` while unknown.
        public var total: Int?
        /// The time since the operation began (not since the phase began), on a monotonic clock.
        public var elapsed: Duration

        /// Creates a progress value.
        /// - Parameters:
        ///   - phase: The step.
        ///   - completed: The units done.
        ///   - total: The units in all, or `nil` while unknown.
        ///   - elapsed: The time since the operation began.
        public init(phase: Phase, completed: Int, total: Int?, elapsed: Duration) {
            self.phase = phase
            self.completed = completed
            self.total = total
            self.elapsed = elapsed
        }

        /// The share of ``phase`` done, from 0 to 1, or `nil` while the total is unknown (or zero).
        public var fraction: Double? {
            guard let total, total > 0 else { return nil }
            return min(1, Double(completed) / Double(total))
        }

        /// Whether this is the last update of its phase (``completed`` has reached ``total``).
        public var isPhaseComplete: Bool { total.map { completed >= $0 } ?? false }

        /// The phase and the count, as `validating 600/1227`.
        public var description: String {
            "\(phase.rawValue) \(completed)/\(total.map(String.init) ?? "?")"
        }
    }

    /// The callback that receives ``Progress`` updates.
    public typealias ProgressHandler = @Sendable (Progress) -> Void
}
