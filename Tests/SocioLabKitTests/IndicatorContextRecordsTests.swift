import Testing

@testable import SocioLabKit

/// The records behind an attendance's slots, as a plugin's indicator reads them.
struct IndicatorContextRecordsTests {
    let context = IndicatorContext(dataset: Fixture.outputs, plugins: Fixture.plugins, asOf: Fixture.asOf)

    @Test func anAttendanceLeadsToItsRecords() throws {
        let dataset = context.dataset
        #expect(!context.attendances.isEmpty)
        for attendance in context.attendances {
            let participation = context.participation(of: attendance)
            #expect(dataset.participations[participation.id] == participation)
            let activity = try #require(context.activity(inSlot: attendance.activity))
            #expect(activity.id == participation.activity)
            if let slot = attendance.person {
                #expect(context.person(inSlot: slot)?.id == participation.person)
            }
            if let slot = attendance.organisation {
                #expect(context.organisation(inSlot: slot) != nil)
            }
        }
    }

    @Test(arguments: [-1, Int.min, Int.max, 1_000_000_000])
    func slotsOutOfRangeAreNil(_ slot: Int) {
        #expect(context.activity(inSlot: slot) == nil)
        #expect(context.person(inSlot: slot) == nil)
        #expect(context.organisation(inSlot: slot) == nil)
    }
}
