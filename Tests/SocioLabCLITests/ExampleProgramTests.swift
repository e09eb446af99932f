import Foundation
import Testing

/// The embedding examples in `Examples/`, built and run as a reader of the guides would run them: they
/// must keep compiling, exit 0 and print what their comments promise.
struct ExampleProgramTests {
    /// A built example program in the products directory.
    static func program(_ name: String) -> URL {
        SocioLabProcess.productsDirectory.appendingPathComponent(name)
    }

    @Test("Embedding records a training with three participants and prints OUT-05 = 3 of 200")
    func embedding() throws {
        let directory = try TemporaryDirectory()
        // The example makes (and removes) its store under the temporary directory: keep it in the test's.
        let result = try SocioLabProcess.run(
            [], in: directory.url, environment: ["TMPDIR": directory.url.path],
            program: Self.program("Embedding"))
        #expect(result.exitCode == 0, "\(result)")
        #expect(
            result.standardOutput == "OUT-05 Persons included in training programmes: 3 of 200\n", "\(result)"
        )
        #expect(result.standardError.isEmpty, "\(result)")
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
        #expect(!left.contains { $0.hasPrefix("embedding-") }, "the example leaves its store behind: \(left)")
    }

    @Test("CustomPlugin registers study visits, rejects a visit to an unknown host, and counts its indicator")
    func customPlugin() throws {
        let directory = try TemporaryDirectory()
        let result = try SocioLabProcess.run([], in: directory.url, program: Self.program("CustomPlugin"))
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.standardError.isEmpty, "\(result)")
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(
            String.init)
        let expected = [
            "Recorded 3 study visits at revision 1.",
            "Rejected: error [study_visit.host] activity/sv-4.details.host_organisation: the host is not a "
                + "recorded organisation — Record the host organisation first.",
            "",
            "SocioLab Podravje — Study visit, as of 2021-12-31",
            "study_visit.participants  Study visits abroad: 3 visits · 34 participants",
            "  2019-Q2  1  (cumulative 1)",
            "  2019-Q3  1  (cumulative 2)",
            "  2020-Q1  1  (cumulative 3)",
            "  in 2019: 2 visits · 25 participants",
            "",
        ]
        #expect(lines == expected, "\(result)")
    }
}

extension ExampleProgramTests {
    @Test("Partners: three partners' packages consolidated, Ana trained by two of them counted once")
    func partners() throws {
        let directory = try TemporaryDirectory()
        let result = try SocioLabProcess.run([], in: directory.url, program: Self.program("Partners"))
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.standardError.isEmpty, "\(result)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.count == 7, "\(result)")
        #expect(lines.first?.hasPrefix("Key check value: ") == true)
        #expect(lines.contains("citilab: a package of 5 records, personal details in it: none"), "\(result)")
        #expect(lines.contains("tkalka: a package of 5 records, personal details in it: none"), "\(result)")
        #expect(lines.contains("prizma: a package of 3 records, personal details in it: none"), "\(result)")
        #expect(
            lines.contains(
                "Consolidated 3 packages: 5 enrolments, 4 persons, activities citilab:a1, prizma:a1, tkalka:a1"
            ),
            "\(result)")
        #expect(lines.contains("Merged again: 0 changes"), "\(result)")
        #expect(lines.last == "OUT-05 Persons included in training programmes: 4 of 200", "\(result)")
    }
}
