import Testing

@testable import SocioLabKit

/// The table's two ways of finding identifiers — hashing, and binary search over a run loaded in order —
/// must behave identically.
struct EntityTableTests {
    static func persons(_ ids: [String]) -> [Person] { ids.map { Person(id: .init($0)) } }

    /// A table loaded in order from `ids` (which must be ordered).
    static func loaded(_ ids: [String]) -> EntityTable<Person> {
        let entities = persons(ids).map { $0 }
        #expect(EntityTable.isInIdentifierOrder(entities))
        return EntityTable(slots: entities, searchingInOrder: true)
    }

    static let orderedIDs = (0..<500).map { "P" + String(1000 + $0 * 3) }

    @Test func anOrderedLoadFindsEveryIdentifierAndNoOther() {
        let table = Self.loaded(Self.orderedIDs)
        #expect(table.count == 500)
        for (slot, id) in Self.orderedIDs.enumerated() {
            #expect(table.slot(of: .init(id)) == slot)
            #expect(table[.init(id)]?.id.rawValue == id)
        }
        for missing in ["P1001", "P0", "P9999", "", "P10", "Q1000", "P1000 "] {
            #expect(!table.contains(.init(missing)), "\(missing)")
        }
        #expect(table == EntityTable(Self.persons(Self.orderedIDs)))
        #expect(table.sortedByID.map(\.id.rawValue) == Self.orderedIDs)
    }

    @Test(arguments: [
        (["b", "a"], false), (["a", "a"], false), (["a", "ab", "b"], true), (["a", "č"], false),
        ([], true), (["Z", "a"], true),
    ])
    func orderIsCheckedByBytes(_ ids: [String], _ ordered: Bool) {
        #expect(EntityTable.isInIdentifierOrder(Self.persons(ids).map { $0 }) == ordered)
    }

    @Test(arguments: [false, true])
    func anUnorderedLoadHashesAndKeepsTheLaterDuplicate(searchingInOrder: Bool) {
        let entities = [
            Person(id: "b", gender: .male), Person(id: "a"), Person(id: "b", gender: .female), nil,
        ]
        let table = EntityTable(slots: entities, searchingInOrder: searchingInOrder)
        #expect(table.count == 2)
        #expect(table.slotCount == 4)
        #expect(table.slots[2] == nil)
        #expect(table["b"]?.gender == .female)
        #expect(table.slot(of: "a") == 1)
    }

    /// `place` and `take`, which the dataset's indexes rely on, say the slot they filled or emptied.
    @Test(arguments: [false, true])
    func placingAndTakingSayTheSlot(ordered: Bool) {
        var table = ordered ? Self.loaded(Self.orderedIDs) : EntityTable(Self.persons(Self.orderedIDs))
        let id = EntityID<Person>(Self.orderedIDs[7])
        let replaced = table.place(Person(id: id, gender: .female))
        #expect(replaced.replaced?.id == id)
        #expect(replaced.slot == 7)
        let taken = table.take(id)
        #expect(taken?.removed.gender == .female)
        #expect(taken?.slot == 7)
        #expect(table.take(id) == nil)
        let added = table.place(Person(id: "Q1"))
        #expect(added.replaced == nil)
        #expect(added.slot == table.slot(of: "Q1"))
        #expect(table.place(Person(id: id)).slot == (ordered ? 7 : table.slot(of: id)))
    }

    @Test func aRemovedEntityLeavesItsSlotAndComesBackToIt() {
        var table = Self.loaded(Self.orderedIDs)
        let id = EntityID<Person>(Self.orderedIDs[123])
        #expect(table.remove(id)?.id == id)
        #expect(table[id] == nil)
        #expect(table.count == 499)
        #expect(table.slotCount == 500)
        #expect(table.remove(id) == nil)
        // Binary search still passes over the emptied slot.
        #expect(table.slot(of: .init(Self.orderedIDs[124])) == 124)
        #expect(table.slot(of: .init(Self.orderedIDs[122])) == 122)
        #expect(table.upsert(Person(id: id, gender: .female)) == nil)
        #expect(table.slot(of: id) == 123)
        #expect(table.count == 500)
        #expect(table.slotCount == 500)
    }

    @Test func entitiesAddedAfterTheLoadMergeIntoIdentifierOrder() {
        var table = Self.loaded(Self.orderedIDs)
        let added = ["P1001", "A", "P9", "P1000x", "Z"]
        for id in added { table.upsert(Person(id: .init(id))) }
        table.remove(.init(Self.orderedIDs[0]))
        let expected = (Self.orderedIDs.dropFirst() + added).sorted()
        #expect(table.sortedByID.map(\.id.rawValue) == expected)
        #expect(table.count == expected.count)
        #expect(table.slot(of: "P1001") == 500)
    }

    @Test func aNonASCIIIdentifierMakesTheTableHashEverything() {
        var table = Self.loaded(Self.orderedIDs)
        table.remove(.init(Self.orderedIDs[7]))
        table.upsert(Person(id: "Šola"))
        #expect(table.count == 500)
        #expect(table["Šola"] != nil)
        for (slot, id) in Self.orderedIDs.enumerated() where slot != 7 {
            #expect(table.slot(of: .init(id)) == slot)
        }
        #expect(table[.init(Self.orderedIDs[7])] == nil)
        #expect(
            table.sortedByID.map(\.id.rawValue)
                == (Self.orderedIDs + ["Šola"]).filter { $0 != Self.orderedIDs[7] }.sorted())
    }

    /// Keys that are not ASCII but equal an ASCII identifier as `String`s (canonical equivalence: U+212A
    /// KELVIN SIGN is "K", U+037E GREEK QUESTION MARK is ";") are found as a hash table finds them; other
    /// keys that are not ASCII are simply absent.
    @Test(arguments: ["\u{212A}", "\u{037E}", "Šola", "K\u{0301}", "k"])
    func keysThatAreNotASCIIFindWhatAHashTableFinds(_ key: String) {
        let ids = [";", "J", "K", "L", "Sola"]
        let expected = EntityTable(Self.persons(ids)).slot(of: .init(key))
        #expect(Self.loaded(ids).slot(of: .init(key)) == expected)
        #expect((key == "\u{212A}" || key == "\u{037E}") == (expected != nil))
    }

    /// Random inserts, replacements and removals against a dictionary: both kinds of table agree with it.
    @Test(arguments: [1, 2, 3, 4])
    func randomChangesAgreeWithADictionary(_ seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var model: [String: Int] = [:]
        let initial = (0..<300).map { String(format: "E%05d", $0 * 2) }
        for id in initial { model[id] = 0 }
        var ordered = Self.loaded(initial)
        var hashed = EntityTable(Self.persons(initial))
        for step in 1...2_000 {
            let id = String(format: "E%05d", Int(random.next() % 700))
            if random.next() % 3 == 0 {
                #expect(ordered.remove(.init(id))?.id.rawValue == (model[id] != nil ? id : nil))
                hashed.remove(.init(id))
                model[id] = nil
            } else {
                let person = Person(id: .init(id), isced: step)
                ordered.upsert(person)
                hashed.upsert(person)
                model[id] = step
            }
        }
        #expect(ordered.count == model.count)
        #expect(ordered == hashed)
        for id in (0..<700).map({ String(format: "E%05d", $0) }) {
            if let step = model[id] {
                #expect(ordered[.init(id)]?.isced == (step == 0 ? nil : step))
            } else {
                #expect(ordered[.init(id)] == nil)
            }
        }
        #expect(ordered.sortedByID.map(\.id.rawValue) == model.keys.sorted())
    }
}
