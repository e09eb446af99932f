import SocioLabKit

/// The training plugin: a training module of a support programme, with planned hours and a completion
/// threshold.
///
/// A held training qualifies as ``SocioLabKit/Qualification/training``: its attending persons count for
/// OUT-05 and their organisations for OUT-04. Stored details (all optional except `hours`):
///
/// | field | type | meaning |
/// |---|---|---|
/// | `programme` | support programme id | the programme it belongs to |
/// | `module` | string | the module's name |
/// | `hours` | number (two decimals) | planned hours, more than 0 |
/// | `trainer` | string | who teaches |
/// | `completion_threshold` | number 0 … 1 | share of the hours a participant attends to complete |
/// | `certificate` | true/false | whether completers receive a certificate |
///
/// Rules: `training.hours`, `training.completion-threshold`, `training.programme`,
/// `training.participation-hours`, `training.completion`.
public struct TrainingPlugin: ActivityPlugin {
    /// A training's details.
    public struct Details: Codable, Hashable, Sendable {
        /// The support programme it belongs to.
        public var programme: SupportProgramme.ID?
        /// The module's name.
        public var module: String?
        /// The planned hours; required, more than 0.
        public var hours: Quantity?
        /// Who teaches.
        public var trainer: String?
        /// The share of the hours (0 … 1) a participant must attend to complete.
        public var completionThreshold: Quantity?
        /// Whether completers receive a certificate.
        public var certificate: Bool?

        /// Creates training details.
        public init(
            programme: SupportProgramme.ID? = nil, module: String? = nil, hours: Quantity? = nil,
            trainer: String? = nil, completionThreshold: Quantity? = nil, certificate: Bool? = nil
        ) {
            self.programme = programme
            self.module = module
            self.hours = hours
            self.trainer = trainer
            self.completionThreshold = completionThreshold
            self.certificate = certificate
        }

        private enum CodingKeys: String, CodingKey {
            case programme, module, hours, trainer, certificate
            case completionThreshold = "completion_threshold"
        }
    }

    /// Creates the plugin.
    public init() {}

    /// `training`.
    public var kind: ActivityKind { .training }
    /// "Usposabljanje" / "Training".
    public var displayName: LocalizedText { LocalizedText(sl: "Usposabljanje", en: "Training") }

    /// The detail fields `activities.csv` carries as columns.
    public var detailFields: [Activity.DetailField] {
        [
            .init(
                "programme", .reference,
                LocalizedText(sl: "program podpore, ki mu pripada", en: "the support programme it belongs to")
            ),
            .init("module", .text, LocalizedText(sl: "ime modula", en: "the module's name")),
            .init(
                "hours", .quantity, required: true,
                LocalizedText(sl: "načrtovane ure, več kot 0", en: "planned hours, more than 0")),
            .init("trainer", .text, LocalizedText(sl: "kdo predava", en: "who teaches")),
            .init(
                "completion_threshold", .quantity,
                LocalizedText(
                    sl: "delež ur (0 do 1), ki ga udeleženec opravi za zaključek",
                    en: "share of the hours (0 to 1) a participant attends to complete")),
            .init(
                "certificate", .yesNo,
                LocalizedText(
                    sl: "ali zaključeni prejmejo potrdilo", en: "whether completers receive a certificate")),
        ]
    }

    /// The training rules.
    public var validationRules: [any ValidationRule] {
        [
            TrainingHoursRule(plugin: self), TrainingCompletionThresholdRule(plugin: self),
            TrainingProgrammeRule(plugin: self), TrainingParticipationHoursRule(plugin: self),
            TrainingCompletionRule(plugin: self),
        ]
    }

    /// ``Qualification/training`` when the details decode.
    public func qualifications(of activity: Activity) -> Set<Qualification> {
        detailsIfValid(of: activity).map { qualifications(of: activity, details: $0) } ?? []
    }

    /// ``Qualification/training``.
    public func qualifications(of activity: Activity, details: Details) -> Set<Qualification> {
        [.training]
    }

    /// Whether a participation completed the training: its `completed` flag when recorded, else whether
    /// its hours reach the threshold share of the training's hours; `nil` when neither is known.
    /// - Parameters:
    ///   - participation: A participation in the training.
    ///   - details: The training's details.
    /// - Returns: Whether it completed, or `nil` when unknown.
    public func completed(_ participation: Participation, details: Details) -> Bool? {
        Self.completed(
            recorded: participation.completed, hours: participation.hours,
            requiredHours: Self.requiredHours(details))
    }

    /// The completion rule over its inputs: the recorded flag wins; otherwise the attended hours against
    /// the required hours (in ten-thousandths, see ``requiredHours(_:)``); `nil` when either is unknown.
    static func completed(recorded: Bool?, hours: Quantity?, requiredHours: Int64?) -> Bool? {
        if let recorded { return recorded }
        guard let requiredHours, let hours else { return nil }
        return hours.hundredths.saturatingMultiplied(by: 100) >= requiredHours
    }

    /// One quantity field of a training's stored details, read without decoding the whole payload
    /// (participation rules run once per participation). `nil` when absent or not a quantity; a payload
    /// that does not fit is reported by the `plugin.details` rule.
    static func quantity(_ value: JSONValue?) -> Quantity? {
        guard let value else { return nil }
        return try? value.decode(Quantity.self)
    }

    /// The hours a participant must attend to complete, in ten-thousandths (hours × threshold), or `nil`.
    static func requiredHours(_ details: Details) -> Int64? {
        guard let hours = details.hours, let threshold = details.completionThreshold else { return nil }
        return hours.hundredths.saturatingMultiplied(by: threshold.hundredths)
    }
}
