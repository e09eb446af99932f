import Testing

@testable import SocioLabKit

/// The typed accessors a plugin's indicator reads: they agree with the package's flat columns, and an
/// indicator written only with them counts what the built-in one counts.
struct IndicatorContextAttendanceTests {
    let context = IndicatorContext(dataset: Fixture.outputs, plugins: Fixture.plugins, asOf: Fixture.asOf)

    /// OUT-05's rule written with the public accessors only, as the `Indicator` documentation shows.
    struct TrainedPersons: Indicator {
        let id = "X-TRAINED"
        let title = LocalizedText(sl: "Usposobljeni", en: "Trained")
        let unit = LocalizedText(sl: "osebe", en: "persons")
        let countingRule = LocalizedText(sl: "…", en: "Distinct persons who attended a held training.")
        var countsPersons: Bool { true }
        func events(in context: IndicatorContext, into sink: inout QualifyingEventSink) {
            let training = context.activities(qualifying: .training)
            for attendance in context.attendances where training[attendance.activity] {
                guard let person = attendance.person, attendance.role != .staff else { continue }
                sink.add(unit: person, activity: attendance.activity, person: person)
            }
        }
    }

    @Test func attendancesMirrorTheColumns() {
        let attendances = context.attendances
        #expect(!attendances.isEmpty)
        #expect(attendances.count == context.attendedActivity.count)
        for (i, attendance) in attendances.enumerated() {
            #expect(attendance.activity == Int(context.attendedActivity[i]))
            #expect(
                attendance.person == (context.attendedPerson[i] < 0 ? nil : Int(context.attendedPerson[i])))
            #expect(
                attendance.organisation
                    == (context.attendedOrganisation[i] < 0 ? nil : Int(context.attendedOrganisation[i])))
            #expect(attendance.role == context.attendedRole[i])
            #expect(attendance.participation == Int(context.attendedParticipation[i]))
            #expect(context.isHeld(activity: attendance.activity))
        }
    }

    @Test func activityAccessorsAreSafeOutsideTheSlots() {
        #expect(context.activitySlotCount == Fixture.outputs.activities.slots.count)
        #expect(!context.isHeld(activity: -1))
        #expect(!context.isHeld(activity: context.activitySlotCount))
        #expect(context.startDay(ofActivity: -1) == nil)
        #expect(context.startDay(ofActivity: context.activitySlotCount) == nil)
        for slot in 0..<context.activitySlotCount {
            #expect(context.startDay(ofActivity: slot) == Fixture.outputs.activities.slots[slot]?.startDate)
            #expect(
                context.isHeld(activity: slot) == (Fixture.outputs.activities.slots[slot]?.status == .held))
        }
    }

    @Test(arguments: [Scope.wholeOperation, Scope(period: .year(2018)), Scope(partners: ["citilab"])])
    func anIndicatorOnThePublicAccessorsCountsAsTheBuiltInOne(scope: Scope) {
        let own = IndicatorEngine.evaluate(TrainedPersons(), scope: scope, context: context)
        let builtIn = IndicatorEngine.evaluate(
            OutputIndicators.trainedPersons, scope: scope, context: context)
        #expect(own.value == builtIn.value)
        #expect(own.series == builtIn.series)
        #expect(own.breakdowns == builtIn.breakdowns)
    }
}
