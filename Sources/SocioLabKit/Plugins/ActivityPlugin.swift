import Foundation

/// A plugin that owns one kind of activity: its typed details, display names, validation rules, the
/// indicators it contributes, and what its activities qualify as for the operation's outputs.
///
/// SocioLabKit knows no plugin by name. A plugin is registered in a ``PluginRegistry`` by value, and the
/// kit asks it about the activities of its ``kind``: which rules to run, and which ``Qualification``s a
/// held activity has (is this fair one with open days?).
///
/// ```swift
/// struct StudyVisitPlugin: ActivityPlugin {
///     struct Details: Codable, Hashable, Sendable { var country: String? }
///     let kind: ActivityKind = "study_visit"
///     let displayName = LocalizedText(sl: "Študijski obisk", en: "Study visit")
/// }
/// ```
///
/// Implementation requirements:
/// - A plugin is a `Sendable` value with no mutable state; every requirement is a pure function of its
///   arguments, so that validation and reports are repeatable.
/// - ``Details`` is decoded from the activity's stored ``Activity/details`` with `JSONDecoder`'s defaults,
///   so its coding keys are the stored (snake_case) field names. Make every field optional unless a
///   rule requires it: a payload that does not decode is reported by the automatic `plugin.details`
///   rule, and the plugin's other rules and qualifications then see no details.
/// - Encoding ``Details`` and decoding the result gives an equal value (the kit never rewrites a stored
///   payload, but tools that create activities encode details with ``payload(_:)``).
/// - The rules follow ``ValidationRule``'s requirements; ``ActivityDetailsRule`` is the convenient shape
///   for a rule about the details.
public protocol ActivityPlugin: Sendable {
    /// The typed details of this kind's activities, decoded from the stored payload.
    associatedtype Details: Codable & Hashable & Sendable = JSONValue

    /// The kind it owns, such as `"training"`.
    var kind: ActivityKind { get }
    /// The kind's display name in Slovenian and English.
    var displayName: LocalizedText { get }
    /// The rules it adds, for its activities and their participations. The `plugin.details` rules are
    /// added by the registry; do not list them.
    var validationRules: [any ValidationRule] { get }
    /// What a held activity of this kind qualifies as for the outputs (see ``Qualification``).
    ///
    /// Must be a pure function of the activity (its details included); return an empty set when the
    /// details do not decode. The registry asks only about held activities.
    /// - Parameter activity: An activity of this plugin's kind.
    /// - Returns: Its qualifications, possibly none.
    func qualifications(of activity: Activity) -> Set<Qualification>
    /// What a held activity qualifies as, given its details already decoded.
    ///
    /// The kit calls this one: a report decodes each held activity's details once and hands them here and
    /// to the plugin's indicators (``IndicatorContext/details(of:)``), instead of every caller decoding
    /// them again. The default asks ``qualifications(of:)``, so a plugin that implements only that keeps
    /// working; a plugin that implements this one should implement ``qualifications(of:)`` as
    /// `detailsIfValid(of:)` followed by this, so that both answer alike.
    /// - Parameters:
    ///   - activity: A held activity of this plugin's kind.
    ///   - details: Its details, which decoded.
    /// - Returns: Its qualifications, possibly none.
    func qualifications(of activity: Activity, details: Details) -> Set<Qualification>
    /// The organisations a held activity supports as such, named in its details rather than by a
    /// participation, such as a mentoring's mentee organisation.
    ///
    /// When the activity qualifies as ``Qualification/training`` or ``Qualification/mentoring``, each of
    /// them that belongs to the social economy counts for OUT-04 on the activity's first day, with or
    /// without a participation record. Must be a pure function of its arguments; the default is none.
    /// - Parameters:
    ///   - activity: A held activity of this plugin's kind.
    ///   - details: Its details, which decoded.
    /// - Returns: The organisations' identifiers, possibly none.
    func organisationsSupported(by activity: Activity, details: Details) -> [Organisation.ID]
    /// The indicators it contributes beside the operation's outputs, such as training hours delivered.
    ///
    /// Their ids are stable and namespaced by the kind (`training.hours`); they follow ``Indicator``'s
    /// requirements. Anonymous headcounts in details are never counted as persons.
    var indicators: [any Indicator] { get }
    /// The fields of ``Details`` that `activities.csv` carries as columns of their own (see
    /// ``Activity.DetailField``), in the order a spreadsheet shows them; the default is none.
    ///
    /// Declare each field with its stored name, so that the column's value lands where ``Details`` decodes
    /// it; a field named like a core column of `activities.csv` (`title`, `status` …) is not given a column.
    var detailFields: [Activity.DetailField] { get }
    /// The participation roles this kind's activities use beside the core ones (``ParticipationRole``
    /// constants such as `mentor`); the default is none. A role that is neither a core role nor declared by a
    /// registered plugin is refused by the import and by rule `core.participation-role`.
    var participationRoles: [ParticipationRole] { get }
}

extension ActivityPlugin {
    /// No rules by default.
    public var validationRules: [any ValidationRule] { [] }
    /// No qualifications by default.
    public func qualifications(of activity: Activity) -> Set<Qualification> { [] }
    /// What ``qualifications(of:)`` says.
    public func qualifications(of activity: Activity, details: Details) -> Set<Qualification> {
        qualifications(of: activity)
    }
    /// No organisations by default.
    public func organisationsSupported(by activity: Activity, details: Details) -> [Organisation.ID] { [] }
    /// No indicators by default.
    public var indicators: [any Indicator] { [] }
    /// No detail columns by default.
    public var detailFields: [Activity.DetailField] { [] }
    /// No roles of its own by default.
    public var participationRoles: [ParticipationRole] { [] }

    /// The activity's details as this plugin's typed value.
    /// - Parameter activity: An activity of this plugin's kind.
    /// - Returns: The decoded details.
    /// - Throws: ``SocioLabError`` with code ``SocioLabError/Code/pluginKindMismatch`` when the activity is
    ///   of another kind, or ``SocioLabError/Code/pluginDetailsInvalid`` naming the activity and the field
    ///   (`details.hours`, `details.entries[2]`) when the payload does not fit ``Details``.
    public func details(of activity: Activity) throws -> Details {
        guard activity.kind == kind else {
            throw SocioLabError(
                .pluginKindMismatch,
                "activity \(activity.id) is of kind '\(activity.kind)', not '\(kind)'; use the plugin for its kind",
                at: .init(field: "kind", entity: activity.reference.description))
        }
        do {
            return try activity.details.decode(Details.self)
        } catch let error as DecodingError {
            let problem = DetailsProblem(error)
            throw SocioLabError(
                .pluginDetailsInvalid,
                "the \(kind) details of activity \(activity.id) do not fit: \(problem.field) \(problem.english); "
                    + "correct the field or remove it",
                at: .init(field: problem.field, entity: activity.reference.description))
        } catch {
            throw SocioLabError(
                .pluginDetailsInvalid,
                "the \(kind) details of activity \(activity.id) could not be read (\(error)); correct them",
                at: .init(field: "details", entity: activity.reference.description))
        }
    }

    /// The typed details of an activity, or `nil` when it is of another kind or its payload does not fit
    /// (the `plugin.details` rule reports that).
    /// - Parameter activity: Any activity.
    /// - Returns: The decoded details, or `nil`.
    public func detailsIfValid(of activity: Activity) -> Details? {
        guard activity.kind == kind else { return nil }
        return try? activity.details.decode(Details.self)
    }

    /// Encodes typed details as the payload stored in ``Activity/details``.
    /// - Parameter details: The details.
    /// - Returns: The payload, with the details' coding keys as field names.
    /// - Throws: `EncodingError` when a value cannot be encoded (such as a non-finite number).
    public func payload(_ details: Details) throws -> JSONValue { try JSONValue(encoding: details) }

    /// An activity of this plugin's kind carrying `details`.
    /// - Parameters:
    ///   - id: The activity's identifier.
    ///   - title: Its title.
    ///   - startDate: Its first day.
    ///   - details: Its typed details.
    ///   - configure: Sets the other fields (pillar, partners, dates, status …).
    /// - Returns: The activity.
    /// - Throws: What ``payload(_:)`` throws.
    public func activity(
        id: Activity.ID, title: String, startDate: Day, details: Details,
        _ configure: (inout Activity) -> Void = { _ in }
    ) throws -> Activity {
        var activity = Activity(
            id: id, kind: kind, title: title, startDate: startDate, details: try payload(details))
        configure(&activity)
        return activity
    }
}

/// Where and how a payload failed to decode, in stored field names.
struct DetailsProblem {
    /// `details.field[index]…`.
    var field: String
    /// What is wrong with it, in English.
    var english: String
    /// What is wrong with it, in Slovenian.
    var slovenian: String

    init(_ error: DecodingError) {
        func path(_ keys: [any CodingKey]) -> String {
            keys.reduce("details") { text, key in
                key.intValue.map { text + "[\($0)]" } ?? text + "." + key.stringValue
            }
        }
        switch error {
        case .keyNotFound(let key, let context):
            field = path(context.codingPath + [key])
            english = "is missing"
            slovenian = "manjka"
        case .valueNotFound(let type, let context):
            field = path(context.codingPath)
            english = "is null, but a \(Self.describe(type)) is required"
            slovenian = "je null, zahtevana pa je vrednost (\(Self.describe(type)))"
        case .typeMismatch(let type, let context):
            field = path(context.codingPath)
            english = "is not a \(Self.describe(type))"
            slovenian = "ni pravega tipa (pričakovano: \(Self.describe(type)))"
        case .dataCorrupted(let context):
            field = path(context.codingPath)
            english = "has an invalid value (\(context.debugDescription))"
            slovenian = "ima neveljavno vrednost (\(context.debugDescription))"
        @unknown default:
            field = "details"
            english = "does not fit"
            slovenian = "ne ustreza"
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "string"
        case is Bool.Type: "true or false"
        case is Int.Type, is Int64.Type, is Int32.Type, is Double.Type: "number"
        case is [Any].Type: "list"
        case is [String: Any].Type: "object"
        default: "\(type)"
        }
    }
}
