/// Finds an organisation already consolidated from another partner by registration or tax number, or, for
/// one with neither (an informal initiative), by legal form and normalised name.
struct OrganisationMatcher {
    private var byRegistration: [String: Organisation.ID] = [:]
    private var byTax: [String: Organisation.ID] = [:]
    private var byName: [String: Organisation.ID] = [:]

    /// The key of an organisation with no numbers: its legal form and normalised name.
    private static func nameKey(_ organisation: Organisation) -> String? {
        guard organisation.registrationNumber == nil, organisation.taxNumber == nil else { return nil }
        return organisation.legalForm.rawValue + "\u{0}" + PersonToken.normalise(organisation.name)
    }

    /// Indexes the dataset's organisations outside the namespace `excludingPrefix`.
    init(dataset: Dataset, excludingPrefix prefix: String) {
        for organisation in dataset.organisations.sortedByID where !organisation.id.rawValue.hasPrefix(prefix)
        {
            if let number = organisation.registrationNumber?.base, byRegistration[number] == nil {
                byRegistration[number] = organisation.id
            }
            if let number = organisation.taxNumber?.digits, byTax[number] == nil {
                byTax[number] = organisation.id
            }
            if let key = Self.nameKey(organisation), byName[key] == nil { byName[key] = organisation.id }
        }
    }

    /// The consolidated organisation with the same registration number, else the same tax number.
    func match(_ organisation: Organisation) -> Organisation.ID? {
        if let number = organisation.registrationNumber?.base, let found = byRegistration[number] {
            return found
        }
        if let number = organisation.taxNumber?.digits, let found = byTax[number] { return found }
        if let key = Self.nameKey(organisation), let found = byName[key] { return found }
        return nil
    }
}
