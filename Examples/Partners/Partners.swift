import Foundation
import SocioLabKit
import SocioLabPlugins
import SocioLabStorage

/// Three partners keep their own stores; the lead partner consolidates their pseudonymised packages and
/// counts Ana Kovač, whom two partners trained, once (`Documentation/Partners-Consolidation.md`).
@main
struct Partners {
    /// Each partner's trainees: id, given name, family name, EMŠO (or none), gender, birth date.
    typealias Trainee = (
        id: String, given: String, family: String, emso: String?, gender: Gender, born: String
    )

    static func main() async throws {
        // 1. The lead partner makes one key for the operation and gives it to every partner. A real key is
        //    random (`openssl rand -hex 32 > operation.key`); this one is fixed so the output is too.
        let key = try PseudonymKey(fileText: String(repeating: "5a", count: 32))
        print("Key check value: \(key.checkValue)")

        // 2. Each partner records its own training in its own store, with its participants' details.
        let day = try Day(parsing: "2019-10-03")
        let ana = "1705990505125"  // Ana Kovač's EMŠO: both partners that trained her recorded it
        let stores: [(Partner.ID, [Trainee])] = [
            (
                "citilab",
                [
                    ("p1", "Ana", "Kovač", ana, .female, "1990-05-17"),
                    ("p2", "Bojan", "Zupan", nil, .male, "1985-01-02"),
                ]
            ),
            (
                "tkalka",
                [
                    ("t7", "ANA", "KOVAČ", ana, .female, "1990-05-17"),
                    ("t8", "Cvetka", "Horvat", nil, .female, "1979-11-30"),
                ]
            ),
            ("prizma", [("z1", "Darja", "Novak", nil, .female, "1995-03-04")]),
        ]
        var packages: [(package: PseudonymisedPackage, directory: String)] = []
        var enrolments = 0
        for (partner, trainees) in stores {
            let workspace = try await Workspace(
                store: InMemoryStore(operation: .socioLabPodravje), plugins: .standard)
            let training = try TrainingPlugin().activity(
                id: "a1", title: "Osnove socialnega podjetništva", startDate: day,
                details: TrainingPlugin.Details(hours: 4)
            ) {
                $0.pillar = 3
                $0.partners = [partner]
            }
            var changes: [Change] = [.insert(training.record)]
            for (index, trainee) in trainees.enumerated() {
                let person = Person(
                    id: Person.ID(trainee.id), gender: trainee.gender,
                    birthDate: try Day(parsing: trainee.born),
                    consent: Consent(givenOn: day.adding(days: -30)))
                let details = PersonalDetails(
                    person: person.id, givenName: trainee.given, familyName: trainee.family,
                    emso: try trainee.emso.map { try EMSO($0) })
                let attended = Participation(id: .init("x\(index + 1)"), activity: "a1", person: person.id)
                changes += [.insert(person.record), .insert(details.record), .insert(attended.record)]
            }
            try await workspace.apply(changes, author: partner.rawValue, reason: "October training")
            enrolments += trainees.count

            // 3. The partner exports a package: every person is a keyed hash, no name, e-mail or EMŠO.
            //    (`sociolab export --pseudonymised --key-file operation.key --partner citilab --out DIR`)
            let package = try PseudonymisedPackage.make(
                from: await workspace.dataset, partner: partner, key: key,
                created: Timestamp(milliseconds: 1_570_000_000_000))
            let files = try package.files()
            let bytes = files.reduce(into: Data()) { $0.append($1.data) }
            let named = trainees.contains { bytes.range(of: Data("\($0.given) \($0.family)".utf8)) != nil }
            print(
                "\(partner): a package of \(package.records.count) records, personal details in it: \(named ? "yes" : "none")"
            )
            // The lead partner receives the files and reads them back, checking hashes and counts.
            let received = Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0.data) })
            packages.append(
                (
                    try PseudonymisedPackage.read(files: received, directory: partner.rawValue),
                    partner.rawValue
                ))
        }

        // 4. The lead partner consolidates the packages into its own store, one change set each.
        //    (`sociolab consolidate --key-file operation.key citilab tkalka prizma --into lead-store`)
        let lead = try await Workspace(store: InMemoryStore(operation: .socioLabPodravje), plugins: .standard)
        let outcomes = try await lead.consolidate(packages, key: key, author: "lead")
        let dataset = await lead.dataset
        print(
            "Consolidated \(outcomes.count) packages: \(enrolments) enrolments, \(dataset.persons.count) persons, "
                + "activities \(dataset.activities.sortedByID.map(\.id.rawValue).joined(separator: ", "))")
        let again = try await lead.consolidate(packages, key: key, author: "lead")
        print("Merged again: \(again.filter { $0.committed != nil }.count) changes")

        let report = ReportBuilder(plugins: .standard).build(dataset, asOf: day)
        if let out05 = report[.trainedPersons] {
            let value = out05.toDate.map(String.init) ?? "suppressed"
            let target = out05.target.map(String.init) ?? "none"
            print("\(out05.id) \(out05.title.en): \(value) of \(target)")
        }
    }
}
