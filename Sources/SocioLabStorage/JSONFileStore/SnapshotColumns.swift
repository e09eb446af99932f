import SocioLabKit

/// The snapshot's column sets of the kinds written column by column: each entity schema's stored members
/// (``SocioLabKit/EntitySchema/stored``), so a field added to a schema is stored without code here.
///
/// Persons, their personal details and participations — the kinds a large store holds millions of — are
/// written and read column by column; the parallel reader reads each column through its stored member's
/// column kernel (``SnapshotColumnReaders``). The other kinds go through their `Codable` form.
enum SnapshotColumns {
    /// The columns of the person table.
    static let person: [StoredField<Person>] = Person.schema.stored
    /// The columns of the personal-details table.
    static let personalDetails: [StoredField<PersonalDetails>] = PersonalDetails.schema.stored
    /// The columns of the participation table.
    static let participation: [StoredField<Participation>] = Participation.schema.stored
}
