import Foundation
import SocioLabTesting
import Testing

@testable import SocioLabKit
@testable import SocioLabStorage

/// Every entity schema's stored members, written column by column, give exactly the snapshot table the
/// entity's `Codable` form gives, and read back as the same entities: the schemas are a complete account
/// of the stored form of every kind, not only of the kinds the snapshot writes by columns today.
struct SchemaColumnsTests {
    static var dataset: Dataset {
        var dataset = Dataset(operation: ConformanceFixtures.operation)
        for record in ConformanceFixtures.everyKind + ConformanceFixtures.updates.map(\.withOtherID) {
            dataset.upsert(record)
        }
        return dataset
    }

    func check<E: Entity>(_ entities: [E], _ schema: EntitySchema<E>, blank: E) throws {
        var columns = JSONWriter()
        var codable = JSONWriter()
        try SnapshotCodec.writeColumns(entities, schema.stored, into: &columns)
        try SnapshotCodec.writeThroughCodable(entities, into: &codable)
        #expect(columns.bytes == codable.bytes, "\(E.kind)")
        let back = try columns.bytes.withUnsafeBytes { raw throws(JSONSyntaxError) in
            var r = JSONReader(raw)
            return try SnapshotCodec.readColumns(schema.stored, blank: blank, &r)
        }
        #expect(back == entities, "\(E.kind)")
    }

    @Test func everyKindsStoredMembersWriteWhatItsCodableFormWrites() throws {
        let d = Self.dataset
        try check(
            d.organisations.sortedByID, Organisation.schema,
            blank: Organisation(id: "", name: "", legalForm: .drustvo))
        try check(d.persons.sortedByID, Person.schema, blank: Person(id: ""))
        try check(d.personalDetails.sortedByID, PersonalDetails.schema, blank: PersonalDetails(person: ""))
        try check(
            d.infoPoints.sortedByID, InfoPoint.schema, blank: InfoPoint(id: "", name: "", hostPartner: ""))
        try check(
            d.activities.sortedByID, Activity.schema,
            blank: Activity(
                id: "", kind: "", title: "", startDate: Day(year: 2000, month: 1, day: 1)!, status: .held))
        try check(
            d.participations.sortedByID, Participation.schema, blank: Participation(id: "", activity: ""))
        try check(
            d.jobs.sortedByID, Job.schema,
            blank: Job(
                id: "", organisation: "", kind: .created, startDate: Day(year: 2000, month: 1, day: 1)!)
        )
        try check(d.products.sortedByID, Product.schema, blank: Product(id: "", organisation: "", name: ""))
        try check(
            d.developmentPlans.sortedByID, DevelopmentPlan.schema,
            blank: DevelopmentPlan(id: "", organisation: "", partner: ""))
        try check(
            d.supportProgrammes.sortedByID, SupportProgramme.schema,
            blank: SupportProgramme(id: "", title: ""))
        try check(d.milestones.sortedByID, Milestone.schema, blank: Milestone(id: "", output: "", title: ""))
    }
}

extension EntityRecord {
    /// The same entity under another identifier (`…-2`), so that a table holds two versions side by side.
    fileprivate var withOtherID: EntityRecord {
        guard case .object(var members) = try? JSONValueEncoding.encode(self),
            case .object(var value) = members["value"], case .string(let id) = value["id"]
        else { return self }
        value["id"] = .string(id + "-2")
        members["value"] = .object(value)
        return (try? JSONValueDecoding.decode(EntityRecord.self, from: .object(members))) ?? self
    }
}
