import Foundation
import Testing

/// A person's attendance entered twice in a CSV import: a warning at both rows, each naming the other,
/// and the report counting the attendance once.
struct DuplicateImportTests {
    static let activities =
        "id,kind,title,pillar,partners,info_point,municipality,start_date,end_date,status,details\n"
        + "t1,training,Osnove,3,prizma,,070,2019-10-03,,held,\"{\"\"hours\"\":8}\"\n"
    static let persons =
        "id,gender,birth_date,municipality,employment_status,isced,consent_date,entry_date\n"
        + "p1,f,1990-01-01,070,employed,3,2019-01-01,2019-10-03\n"
        + "p2,m,1991-01-01,070,employed,3,2019-01-01,2019-10-03\n"
        + "p3,f,1992-01-01,070,employed,3,2019-01-01,2019-10-03\n"
    static let participations =
        "id,activity_id,person_id,organisation_id,role,status,hours,completed\n"
        + "x1,t1,p1,,participant,attended,8,yes\n"
        + "x2,t1,p2,,participant,attended,8,yes\n"
        + "x3,t1,p3,,participant,attended,2,no\n"
        + "x4,t1,p3,,participant,attended,8,yes\n"

    /// The value and measure of an indicator in a JSON report.
    static func figure(_ id: String, in json: String) throws -> (value: Int?, measure: Double?) {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let indicators = object?["indicators"] as? [[String: Any]] ?? []
        let indicator = try #require(indicators.first { $0["id"] as? String == id }, "no \(id)")
        let value = indicator["value"] as? [String: Any] ?? indicator
        return (value["value"] as? Int, value["measure"] as? Double)
    }

    @Test("A repeated attendance imports with a warning at both rows and counts once in the report")
    func repeatedAttendance() throws {
        let directory = try TemporaryDirectory()
        #expect(try directory.sociolab("init", "--store", "s").exitCode == 0)
        try directory.write(Self.activities, to: "activities.csv")
        try directory.write(Self.persons, to: "persons.csv")
        try directory.write(Self.participations, to: "participations.csv")
        let result = try directory.sociolab(
            "import", "--store", "s", "activities.csv", "persons.csv", "participations.csv")
        #expect(result.exitCode == 0, "\(result)")
        // Each warning with its fix, which is printed on the line after it.
        let lines = result.standardError.replacingOccurrences(of: "\n    ", with: " ")
            .split(separator: "\n").map(String.init)
            .filter { $0.contains("core.duplicate-participation") }
        #expect(lines.count == 2, "\(result)")
        #expect(
            lines.contains {
                $0.hasPrefix("participations.csv:4:") && $0.contains("participation x4")
                    && $0.contains("counts once, as x4")
            }, "\(result)")
        #expect(
            lines.contains {
                $0.hasPrefix("participations.csv:5:") && $0.contains("participation x3")
                    && $0.contains("counts once, as x4")
            }, "\(result)")

        let report = try directory.sociolab(
            "report", "--store", "s", "--format", "json", "--lang", "en", "--as-of", "2020-12-31")
        #expect(report.exitCode == 0, "\(report)")
        let completion = try Self.figure("training.completion", in: report.standardOutput)
        #expect(completion.value == 3, "\(report.standardOutput)")
        #expect(completion.measure == 3, "\(report.standardOutput)")
        #expect(try Self.figure("OUT-05", in: report.standardOutput).value == 3)
    }
}
