extension SocioLabError.Code {
    /// A workspace was opened for a partner the operation does not have.
    public static let unknownPartner = Self(rawValue: "scope.unknown-partner")
    /// A partner workspace was asked to do what only another partner, the lead partner or the
    /// administrator may do (erase the details of a person another partner enrolled).
    public static let scopeDenied = Self(rawValue: "scope.denied")
}

extension SocioLabError {
    /// The error for a workspace opened for a partner that is not one of the operation's, listing them.
    static func unknownPartner(_ partner: Partner.ID, in operation: ESFOperation) -> SocioLabError {
        let names = operation.partners.map(\.id.rawValue).joined(separator: ", ")
        return SocioLabError(
            .unknownPartner,
            LocalizedText(
                sl: "partner '\(partner)' ni partner operacije \(operation.id); navedite enega od: \(names)",
                en: "'\(partner)' is not a partner of operation \(operation.id); give one of \(names)"))
    }
}
