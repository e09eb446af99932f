import Foundation
import Testing

/// `sociolab log`: the store's change sets newest first, and `history` without an id pointing to it.
struct LogCommandTests {
    static let organisations = "id,name,legal_form,social_enterprise,municipality\n"

    /// A store with three change sets: revision 1 by ana, 2 by tester (an update), 3 on another day.
    static func makeStore() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        #expect(try directory.sociolab("init", "--store", "s").exitCode == 0)
        try directory.write(
            organisations + "o1,Zadruga Sonce,zadruga,yes,Ptuj\no2,Zadruga Luna,zadruga,yes,Ormož\n",
            to: "organisations.csv")
        let first = try directory.sociolab(
            "import", "--store", "s", "organisations.csv", "--author", "ana", "--reason", "first list")
        #expect(first.exitCode == 0, "\(first)")
        try directory.write(
            organisations + "o1,Zadruga Sonce z.o.o.,zadruga,yes,Ptuj\n", to: "organisations.csv")
        let second = try directory.sociolab(
            "import", "--store", "s", "organisations.csv", "--reason", "renamed")
        #expect(second.exitCode == 0, "\(second)")
        try directory.write(organisations + "o3,Zavod Sonce,zavod,yes,Ptuj\n", to: "organisations.csv")
        let third = try directory.sociolab(
            arguments: [
                "import", "--store", "s", "organisations.csv", "--author", "bor", "--reason", "later",
            ],
            environment: ["SOCIOLAB_NOW": "2021-02-01T10:00:00.000Z"])
        #expect(third.exitCode == 0, "\(third)")
        return directory
    }

    @Test("log lists every change set newest first with time, author, reason and counts by kind")
    func text() throws {
        let directory = try Self.makeStore()
        let result = try directory.sociolab("log", "--store", "s")
        #expect(result.exitCode == 0, "\(result)")
        #expect(result.standardError.isEmpty, "\(result)")
        let now = SocioLabProcess.now
        #expect(
            result.standardOutput == """
                revision 3  2021-02-01T10:00:00.000Z  bor
                    later
                    organisation        1 insert

                revision 2  \(now)  tester
                    renamed
                    organisation        1 update

                revision 1  \(now)  ana
                    first list
                    organisation        2 inserts

                """, "\(result)")
        let slovenian = try directory.sociolab("log", "--store", "s", "--limit", "1", "--lang", "sl")
        #expect(
            slovenian.standardOutput.hasPrefix("revizija 3  2021-02-01T10:00:00.000Z  bor\n"), "\(slovenian)")
        #expect(slovenian.standardOutput.contains("organisation        1 nov zapis"), "\(slovenian)")
    }

    @Test(
        "--limit, --since and --author choose the change sets",
        arguments: [
            (["--limit", "2"], [3, 2]), (["-n", "1"], [3]), (["--since", "2021-02-01"], [3]),
            (["--since", "15.1.2021"], [3, 2, 1]), (["--author", "ana"], [1]),
            (["--author", "tester", "--limit", "5"], [2]), (["--since", "2021-03-01"], []),
        ])
    func filters(options: [String], revisions: [Int]) throws {
        let directory = try Self.makeStore()
        let result = try directory.sociolab(arguments: ["log", "--store", "s", "--format", "json"] + options)
        #expect(result.exitCode == 0, "\(result)")
        let entries = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
        #expect(entries.compactMap { $0["revision"] as? Int } == revisions, "\(result)")
        #expect(result.standardError.isEmpty == !revisions.isEmpty, "\(result)")
    }

    @Test("--format json has the documented keys, with acting_partner null when none")
    func json() throws {
        let directory = try Self.makeStore()
        let result = try directory.sociolab("log", "--store", "s", "--format", "json", "--limit", "1")
        let entries = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
        let entry = try #require(entries.first)
        #expect(
            Set(entry.keys) == ["revision", "timestamp", "author", "acting_partner", "reason", "changes"])
        #expect(entry["acting_partner"] is NSNull)
        #expect(entry["timestamp"] as? String == "2021-02-01T10:00:00.000Z")
        let changes = try #require(entry["changes"] as? [String: [String: Int]])
        #expect(changes == ["organisation": ["inserts": 1, "updates": 0, "deletions": 0, "erasures": 0]])
    }

    @Test(
        "bad options are usage errors; a missing store is exit 3",
        arguments: [
            (["--limit", "0"], 2), (["--limit", "x"], 2), (["--since", "yesterday"], 2),
            (["--format", "xml"], 2), (["--store", "nowhere"], 3),
        ] as [([String], Int32)])
    func mistakes(options: [String], exit: Int32) throws {
        let directory = try Self.makeStore()
        let store = options.contains("--store") ? [] : ["--store", "s"]
        let result = try directory.sociolab(arguments: ["log"] + store + options)
        #expect(result.exitCode == exit, "\(result)")
        #expect(result.standardOutput.isEmpty, "\(result)")
    }

    @Test("history without an id says to use log, in both languages")
    func historyWithoutID() throws {
        let directory = try Self.makeStore()
        let english = try directory.sociolab("history", "--store", "s")
        #expect(english.exitCode == 2, "\(english)")
        #expect(english.standardError.contains("'sociolab log' lists every change set"), "\(english)")
        let slovenian = try directory.sociolab("history", "--store", "s", "--lang", "sl")
        #expect(slovenian.standardError.contains("vse sklope sprememb izpiše 'sociolab log'"), "\(slovenian)")
    }

    @Test("log reads the history after a compaction and after an erasure")
    func afterCompactionAndErasure() throws {
        let directory = try TemporaryDirectory()
        try DemoStoreTemplate.copy(into: directory)
        #expect(try directory.sociolab("store", "compact", "--store", "store").exitCode == 0)
        let erased = try directory.sociolab("erase-person", "--store", "store", "p001", "--reason", "request")
        #expect(erased.exitCode == 0, "\(erased)")
        let result = try directory.sociolab("log", "--store", "store", "--format", "json")
        let entries = try #require(
            try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
        #expect(entries.compactMap { $0["revision"] as? Int } == [2, 1], "\(result)")
        let erasure = try #require(entries.first?["changes"] as? [String: [String: Int]])
        #expect(erasure["personal_details"]?["erasures"] == 1, "\(result)")
        #expect(entries.first?["author"] as? String == "tester")
    }
}
