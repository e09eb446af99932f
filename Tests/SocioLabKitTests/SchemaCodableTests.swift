import Foundation
import Testing

@testable import SocioLabKit

/// The `Codable` form of persons, personal details and participations comes from their schemas: what it
/// accepts, what it fills in when a member is missing, and what it rejects.
struct SchemaCodableTests {
    static func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(json.utf8))
    }

    /// The key a decoding error is about.
    static func key(of error: any Error) -> String? {
        switch error as? DecodingError {
        case .keyNotFound(let key, _): key.stringValue
        case .valueNotFound(_, let context), .typeMismatch(_, let context), .dataCorrupted(let context):
            context.codingPath.last?.stringValue
        default: nil
        }
    }

    @Test func aPersonWithoutTargetGroupsOrConsentHasNone() throws {
        let person = try Self.decode(Person.self, #"{"id":"P1","gender":"female","isced":3}"#)
        #expect(person == Person(id: "P1", gender: .female, isced: 3))
        #expect(person.targetGroups.isEmpty && person.consent == Consent())
    }

    @Test func nullAndUnknownMembersAreIgnoredAsBefore() throws {
        let person = try Self.decode(
            Person.self, #"{"id":"P1","gender":null,"target_groups":null,"consent":null,"shoe_size":44}"#)
        #expect(person == Person(id: "P1"))
    }

    @Test func everyStoredMemberOfAPersonIsRead() throws {
        let json = """
            {"birth_date":"1990-05-04","consent":{"given_on":"2019-01-02","withdrawn_on":"2020-03-04"},
            "details_erased_on":"2020-03-05","disability":"refused","employment_status":"long_term_unemployed",
            "entry_date":"2019-01-03","gender":"non_binary","homeless":false,"id":"P7","isced":8,
            "migrant_minority":"yes","municipality":"070","organisation":"O2","other_disadvantaged":"no",
            "rural":true,"target_groups":["TG1","TG3"]}
            """
        let person = try Self.decode(Person.self, json)
        let expected = Person(
            id: "P7", gender: .nonBinary, birthDate: Day(year: 1990, month: 5, day: 4),
            employmentStatus: .longTermUnemployed, isced: 8, migrantOrMinority: .yes, disability: .refused,
            otherDisadvantaged: .no, homeless: false, rural: true, targetGroups: ["TG1", "TG3"],
            municipality: Municipality.Code(70), organisation: "O2",
            entryDate: Day(year: 2019, month: 1, day: 3),
            consent: Consent(
                givenOn: Day(year: 2019, month: 1, day: 2), withdrawnOn: Day(year: 2020, month: 3, day: 4)),
            detailsErasedOn: Day(year: 2020, month: 3, day: 5))
        #expect(person == expected)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let back = try JSONDecoder().decode(Person.self, from: encoder.encode(person))
        #expect(back == expected)
    }

    @Test(arguments: [
        (#"{"gender":"female"}"#, "id"),
        (#"{"id":null}"#, "id"),
        (#"{"id":"P1","gender":"woman"}"#, "gender"),
        (#"{"id":"P1","isced":"three"}"#, "isced"),
        (#"{"id":"P1","birth_date":"1990-13-01"}"#, "birth_date"),
    ])
    func aPersonThatDoesNotFitIsRejectedNamingTheMember(json: String, member: String) {
        #expect {
            _ = try Self.decode(Person.self, json)
        } throws: { error in
            Self.key(of: error) == member
        }
    }

    @Test func aParticipationWithoutRoleOrEvidenceIsAParticipantWithNone() throws {
        let participation = try Self.decode(
            Participation.self, #"{"id":"PA1","activity":"A1","person":"P1","status":"attended","hours":1.5}"#
        )
        #expect(
            participation
                == Participation(
                    id: "PA1", activity: "A1", person: "P1", status: .attended,
                    hours: Quantity(hundredths: 150)))
    }

    @Test(arguments: [
        (#"{"id":"PA1","status":"attended"}"#, "activity"),
        (#"{"id":"PA1","activity":"A1"}"#, "status"),
        (#"{"id":"PA1","activity":null,"status":"attended"}"#, "activity"),
    ])
    func aParticipationWithoutARequiredMemberIsRejected(json: String, member: String) {
        #expect {
            _ = try Self.decode(Participation.self, json)
        } throws: { error in
            Self.key(of: error) == member
        }
    }

    @Test func personalDetailsLeaveOutWhatIsAbsent() throws {
        let details = PersonalDetails(person: "P1", givenName: "Ana", email: "ana@example.si")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = String(decoding: try encoder.encode(details), as: UTF8.self)
        #expect(text == #"{"email":"ana@example.si","given_name":"Ana","id":"P1"}"#)
        #expect(try Self.decode(PersonalDetails.self, text) == details)
    }
}
