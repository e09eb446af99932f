extension EntityRecord {
    /// The record with every person reference (its own id, if a person) replaced through `tokens`.
    func replacingPersons(_ tokens: [Person.ID: Person.ID]) -> EntityRecord {
        func token(_ id: Person.ID) -> Person.ID { tokens[id] ?? id }
        switch self {
        case .person(var person):
            person.id = token(person.id)
            return .person(person)
        case .participation(var participation):
            participation.person = participation.person.map(token)
            return .participation(participation)
        case .job(var job):
            job.person = job.person.map(token)
            return .job(job)
        default:
            return self
        }
    }
}
