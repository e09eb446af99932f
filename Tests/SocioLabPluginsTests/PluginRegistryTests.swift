import SocioLabKit
import SocioLabPlugins
import Testing

struct PluginRegistryTests {
    @Test func standardSetIsOneCall() {
        let registry = PluginRegistry.standard
        #expect(registry.kinds == [.campaign, .competition, .conference, .fair, .mentoring, .training])
        #expect(registry.plugin(for: .fair) is FairPlugin)
        #expect(registry.displayName(of: .training) == LocalizedText(sl: "Usposabljanje", en: "Training"))
        #expect(registry.displayName(of: "study_visit").en == "study_visit")
    }

    @Test func rulesHaveStableUniqueIdentifiersPerKind() {
        let rules = PluginRegistry.standard.validationRules
        let ids = rules.map(\.id)
        // Two automatic rules per plugin, then each plugin's own rules, then the unregistered-kind rule.
        #expect(ids.filter { $0 == "plugin.details" }.count == 6)
        #expect(ids.filter { $0 == "plugin.details-unknown-field" }.count == 6)
        #expect(ids.last == "core.unregistered-kind")
        let own = ids.filter { !$0.rawValue.hasPrefix("plugin.") && !$0.rawValue.hasPrefix("core.") }
        #expect(Set(own).count == own.count)
        #expect(own.contains("training.participation-hours"))
    }

    @Test func registeringReplacesTheSameKind() {
        struct Replacement: ActivityPlugin {
            var kind: ActivityKind { .fair }
            var displayName: LocalizedText { LocalizedText(sl: "Sejem", en: "Fair") }
        }
        let registry = PluginRegistry.standard.registering(Replacement())
        #expect(registry.kinds.count == 6)
        #expect(registry.plugin(for: .fair) is Replacement)
        #expect(
            registry.qualifications(
                of: PluginFixtures.activity(kind: .fair, details: #"{"open_day_hosts":["o1"]}"#)
            ).isEmpty)
    }

    @Test func onlyHeldActivitiesQualify() {
        let registry = PluginRegistry.standard
        for status in [ActivityStatus.planned, .cancelled] {
            #expect(
                registry.qualifications(
                    of: PluginFixtures.activity(kind: .campaign, details: "{}", status: status)
                ).isEmpty)
        }
    }

    @Test func aPluginWithoutTypedDetailsKeepsItsPayloadAsJSON() throws {
        struct Untyped: ActivityPlugin {
            var kind: ActivityKind { "untyped" }
            var displayName: LocalizedText { LocalizedText(sl: "Brez", en: "Untyped") }
        }
        let activity = PluginFixtures.activity(kind: "untyped", details: #"{"anything":[1,2.5,"x"]}"#)
        #expect(try Untyped().details(of: activity) == activity.details)
        let issues = Validator(rules: PluginRegistry([Untyped()]).validationRules).validate(
            PluginFixtures.dataset([activity.record]))
        #expect(issues.isEmpty)
    }
}
