import Testing

@testable import SocioLabKit

struct FingerprintTests {
    @Test func sameRecordsInAnyOrderGiveTheSameFingerprint() {
        let a = Fixture.outputs
        let b = Dataset(operation: a.operation, records: a.allRecords)
        let fingerprint = DatasetFingerprint.sha256(of: a)
        #expect(fingerprint.count == 64)
        #expect(fingerprint.allSatisfy { "0123456789abcdef".contains($0) })
        #expect(DatasetFingerprint.sha256(of: b) == fingerprint)
    }

    @Test func anyChangeChangesIt() {
        var a = Fixture.outputs
        let before = DatasetFingerprint.sha256(of: a)
        a.upsert(.person(Person(id: "p2", gender: .female)))
        #expect(DatasetFingerprint.sha256(of: a) != before)
    }

    @Test func personalDetailsAreNotPartOfIt() {
        var a = Fixture.outputs
        let before = DatasetFingerprint.sha256(of: a)
        a.upsert(.personalDetails(PersonalDetails(person: "p1", givenName: "Other")))
        #expect(DatasetFingerprint.sha256(of: a) == before)
    }

    @Test func sha256StillMatchesNIST() {
        #expect(
            SHA256Hasher.hex(SHA256Hasher.hash(Array("abc".utf8)))
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func reportRecordsTheFingerprint() {
        let dataset = Fixture.outputs
        let report = ReportBuilder(plugins: Fixture.plugins).build(dataset, asOf: Fixture.asOf)
        #expect(report.fingerprint == DatasetFingerprint.sha256(of: dataset))
    }
}
