/// A dimension an indicator value can be broken down by.
///
/// Activity dimensions (partner, info point, municipality, pillar) are read from the activity of a unit's
/// first qualifying event (or the event's own partner, info point and municipality when it has no
/// activity: an info point, a job, a plan). Person dimensions (gender, age group, employment status,
/// target group) are read from the person's statistical record, at entry.
public enum BreakdownDimension: String, Hashable, Sendable, Codable, CaseIterable {
    /// The responsible partner (an activity with two partners counts under each).
    case partner
    /// The info point.
    case infoPoint = "info_point"
    /// The municipality where it happened.
    case municipality
    /// The operation's pillar.
    case pillar
    /// Gender at entry.
    case gender
    /// Age group at entry: below 25, 25–54, 55 or older.
    case ageGroup = "age_group"
    /// Employment status at entry.
    case employmentStatus = "employment_status"
    /// Target group (a person in two groups counts under each).
    case targetGroup = "target_group"

    /// The dimension's name.
    public var title: LocalizedText {
        switch self {
        case .partner: .init(sl: "partner", en: "partner")
        case .infoPoint: .init(sl: "informacijska točka", en: "info point")
        case .municipality: .init(sl: "občina", en: "municipality")
        case .pillar: .init(sl: "steber", en: "pillar")
        case .gender: .init(sl: "spol", en: "gender")
        case .ageGroup: .init(sl: "starostna skupina ob vstopu", en: "age group at entry")
        case .employmentStatus: .init(sl: "zaposlitveni status ob vstopu", en: "employment status at entry")
        case .targetGroup: .init(sl: "ciljna skupina", en: "target group")
        }
    }

    /// Whether the dimension describes a person (and so applies only to units that are persons or carry one).
    public var isPersonDimension: Bool {
        switch self {
        case .gender, .ageGroup, .employmentStatus, .targetGroup: true
        case .partner, .infoPoint, .municipality, .pillar: false
        }
    }

    /// Whether a unit can fall under more than one value, so that cells may add up to more than the total.
    public var isMultiValued: Bool { self == .partner || self == .targetGroup }
}

/// An age group at entry, as the ESF recommends recording it.
package enum AgeGroup: String, Hashable, Sendable, Codable, CaseIterable {
    /// Below 25 years of age at entry.
    case below25 = "below_25"
    /// 25 to 54 years of age at entry.
    case from25To54 = "25_54"
    /// 55 years of age or older at entry ("above 54").
    case above54 = "above_54"

    /// The group of an age in completed years.
    /// - Parameter age: The age at entry.
    package init(age: Int) {
        self = age < 25 ? .below25 : (age <= 54 ? .from25To54 : .above54)
    }

    /// The group's name.
    package var title: LocalizedText {
        switch self {
        case .below25: .init(sl: "manj kot 25 let", en: "below 25")
        case .from25To54: .init(sl: "25–54 let", en: "25–54")
        case .above54: .init(sl: "55 let ali več", en: "55 or older")
        }
    }
}
