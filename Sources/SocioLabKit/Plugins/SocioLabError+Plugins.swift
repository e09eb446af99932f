extension SocioLabError.Code {
    /// An activity's details do not fit its plugin's typed details; the location names the field.
    public static let pluginDetailsInvalid = Self(rawValue: "plugin.details-invalid")
    /// A plugin was asked about an activity of another kind.
    public static let pluginKindMismatch = Self(rawValue: "plugin.kind-mismatch")
}
