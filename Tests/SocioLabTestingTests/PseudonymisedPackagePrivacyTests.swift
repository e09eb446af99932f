import Foundation
import SocioLabTesting
import Testing

@testable import SocioLabKit

/// Issue 17, part 2: no pseudonymised package holds a name, e-mail, phone or EMŠO of the sample — every byte
/// of every package of the demo split across the eleven partners is searched for each of them.
struct PseudonymisedPackagePrivacyTests {
    /// The demo with a phone number for every tenth person (the demo has none).
    static func demoWithPhones() throws -> Dataset {
        var demo = SampleData.demo()
        for (index, details) in demo.personalDetails.sortedByID.enumerated() where index % 10 == 0 {
            var changed = details
            changed.phone = "+386 41 \(100_000 + index)"
            _ = try demo.apply(.update(changed.record))
        }
        return demo
    }

    /// Every personal value of a dataset's details that the packages must not contain.
    static func personalValues(of dataset: Dataset) -> [String] {
        var values: [String] = []
        for details in dataset.personalDetails.all {
            if let given = details.givenName, let family = details.familyName {
                values.append("\(given) \(family)")
            }
            values += [details.email, details.phone, details.emso?.digits].compactMap { $0 }
        }
        return values
    }

    @Test("No package of the demo split among eleven partners contains any personal detail")
    func noPersonalData() throws {
        let demo = try Self.demoWithPhones()
        let split = PartnerSplit(demo, among: demo.operation.partners.map(\.id))
        var bytes = Data()
        for (partner, dataset) in split.parts {
            let package = try PseudonymisedPackage.make(
                from: dataset, partner: partner, key: PartnerScenario.key, created: Timestamp(milliseconds: 0)
            )
            for file in try package.files() { bytes.append(file.data) }
        }
        let text = Data(String(decoding: bytes, as: UTF8.self).lowercased().utf8)
        // A sole trader's business is named after a person, and a training names its trainer: those names are
        // the organisation's and the activity's, not a participant's personal data, so a participant's name
        // that is also in an organisation's name or an activity's details is not looked for.
        let publicTexts =
            demo.organisations.all.map { $0.name.lowercased() }
            + demo.activities.all.map { String(describing: $0.details).lowercased() }
        let values = Self.personalValues(of: demo).filter { value in
            !publicTexts.contains { $0.contains(value.lowercased()) }
        }
        #expect(values.count > 600)
        #expect(values.contains { $0.hasPrefix("+386") })
        let found = values.filter { text.range(of: Data($0.lowercased().utf8)) != nil }
        #expect(found.isEmpty, "personal data in a package: \(found.prefix(10))")
        #expect(text.range(of: Data("personal_details".utf8)) == nil)
    }

    @Test("The scenario's names, e-mails, phones and EMŠO are in no byte of its packages")
    func scenarioBytes() throws {
        for (dataset, partner) in [(PartnerScenario.citilab, "citilab"), (PartnerScenario.tkalka, "tkalka")] {
            let files = try PseudonymisedPackage.make(
                from: dataset, partner: Partner.ID(partner), key: PartnerScenario.key,
                created: Timestamp(milliseconds: 0)
            ).files()
            let bytes = files.reduce(into: [UInt8]()) { $0 += $1.data }
            for value in Self.personalValues(of: dataset) + [
                "Ana", "Kovač", "kovač", "Bojan", "Zupan", "Cvetka",
            ] {
                let needle = Array(value.utf8)
                let hit = bytes.indices.contains { start in
                    start + needle.count <= bytes.count
                        && Array(bytes[start..<start + needle.count]) == needle
                }
                #expect(!hit, "'\(value)' is in the package of \(partner)")
            }
        }
    }

    @Test(
        "Every field the schemas mark personal is left out; kinds that are only personal data are left out whole"
    )
    func schemaMarks() {
        #expect(PersonalData.isPersonalOnly(.personalDetails))
        #expect(
            PersonalData.fields(of: .personalDetails).names == [
                "given_name", "family_name", "emso", "email", "phone",
            ])
        for kind in EntityKind.allCases where kind != .personalDetails {
            #expect(!PersonalData.isPersonalOnly(kind), "\(kind)")
        }
    }
}
