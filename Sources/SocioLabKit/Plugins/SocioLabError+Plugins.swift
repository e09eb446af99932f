extension SocioLabError.Code {
    /// An activity's details do not fit its plugin's typed details; the location names the field.
    public static let pluginDetailsInvalid = Self(rawValue: "plugin.details-invalid")
    /// A plugin was asked about an activity of another kind.
    public static let pluginKindMismatch = Self(rawValue: "plugin.kind-mismatch")
}

extension SocioLabError.Code {
    /// A detail column of `activities.csv` and the `details` cell give the same field different values.
    public static let importDetailConflict = Self(rawValue: "import.detail-conflict")
    /// A detail column of `activities.csv` is filled for an activity whose kind does not declare the field.
    public static let importDetailOtherKind = Self(rawValue: "import.detail-other-kind")
}
