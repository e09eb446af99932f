extension Job {
    /// The stored fields of a job (`jobs.csv`).
    package static let schema = EntitySchema<Job>([
        .id(\.id, "The job's identifier."),
        .reference(
            "organisation_id", sl: "organizacija", \.organisation, required: true, storedAs: "organisation",
            "The organisation the job is in."),
        .reference("person_id", sl: "oseba", \.person, storedAs: "person", "The person employed, if known."),
        .enumeration("kind", sl: "vrsta", \.kind, required: true, "Created or retained."),
        .day(
            "start_date", sl: "datum_začetka", \.startDate, required: true,
            "The day it was created or retained."),
        .quantity("fte", sl: "delež_zaposlitve", \.fte, required: true, "Full-time equivalent, in (0, 1]."),
        .evidence(\.evidence, "The documents that prove it."),
    ])
}
