import SocioLabKit

/// The hand-coded column sets.
enum SnapshotColumns {
    typealias V = ColumnValue

    static var person: [SnapshotColumn<Person>] {
        [
            .optional(
                "birth_date", { $0.birthDate }, { $0.birthDate = $1 }, write: V.writeDay, read: V.readDay),
            .defaulted(
                "consent", { $0.consent }, { $0.consent = $1 }, write: V.writeConsent, read: V.readConsent),
            .optional(
                "details_erased_on", { $0.detailsErasedOn }, { $0.detailsErasedOn = $1 }, write: V.writeDay,
                read: V.readDay),
            .optional(
                "disability", { $0.disability }, { $0.disability = $1 }, write: V.writeRaw, read: V.readRaw),
            .optional(
                "employment_status", { $0.employmentStatus }, { $0.employmentStatus = $1 }, write: V.writeRaw,
                read: V.readRaw),
            .optional(
                "entry_date", { $0.entryDate }, { $0.entryDate = $1 }, write: V.writeDay, read: V.readDay),
            .optional("gender", { $0.gender }, { $0.gender = $1 }, write: V.writeRaw, read: V.readRaw),
            .optional(
                "homeless", { $0.homeless }, { $0.homeless = $1 }, write: V.writeBool, read: V.readBool),
            .required("id", { $0.id }, { $0.id = $1 }, write: V.writeID, read: V.readID),
            .optional("isced", { $0.isced }, { $0.isced = $1 }, write: V.writeInt, read: V.readInt),
            .optional(
                "migrant_minority", { $0.migrantOrMinority }, { $0.migrantOrMinority = $1 },
                write: V.writeRaw,
                read: V.readRaw),
            .optional(
                "municipality", { $0.municipality }, { $0.municipality = $1 }, write: V.writeRaw,
                read: V.readRaw),
            .optional(
                "organisation", { $0.organisation }, { $0.organisation = $1 }, write: V.writeID,
                read: V.readID),
            .optional(
                "other_disadvantaged", { $0.otherDisadvantaged }, { $0.otherDisadvantaged = $1 },
                write: V.writeRaw,
                read: V.readRaw),
            .optional("rural", { $0.rural }, { $0.rural = $1 }, write: V.writeBool, read: V.readBool),
            .defaulted(
                "target_groups", { $0.targetGroups.map(\.rawValue) },
                { $0.targetGroups = $1.map { TargetGroup.ID($0) } }, write: V.writeStrings,
                read: V.readStrings),
        ]
    }

    static var personalDetails: [SnapshotColumn<PersonalDetails>] {
        [
            .optional("email", { $0.email }, { $0.email = $1 }, write: V.writeString, read: V.readString),
            .optional(
                "emso", { $0.emso }, { $0.emso = $1 }, write: { w, emso in w.string(emso.digits) },
                read: { (r: inout JSONReader) throws(JSONSyntaxError) -> EMSO in
                    let start = r.offset
                    let text = try r.readString()
                    guard let emso = try? EMSO(text, allowingRemainderOne: true) else {
                        throw r.error("\"\(text)\" is not a valid EMŠO", at: start)
                    }
                    return emso
                }),
            .optional(
                "family_name", { $0.familyName }, { $0.familyName = $1 }, write: V.writeString,
                read: V.readString),
            .optional(
                "given_name", { $0.givenName }, { $0.givenName = $1 }, write: V.writeString,
                read: V.readString),
            .required("id", { $0.id }, { $0.id = $1 }, write: V.writeID, read: V.readID),
            .optional("phone", { $0.phone }, { $0.phone = $1 }, write: V.writeString, read: V.readString),
        ]
    }

    static var participation: [SnapshotColumn<Participation>] {
        [
            .required("activity", { $0.activity }, { $0.activity = $1 }, write: V.writeID, read: V.readID),
            .optional(
                "completed", { $0.completed }, { $0.completed = $1 }, write: V.writeBool, read: V.readBool),
            .defaulted(
                "evidence", { $0.evidence }, { $0.evidence = $1 }, write: V.writeEvidence,
                read: V.readEvidence),
            .optional("hours", { $0.hours }, { $0.hours = $1 }, write: V.writeQuantity, read: V.readQuantity),
            .required("id", { $0.id }, { $0.id = $1 }, write: V.writeID, read: V.readID),
            .optional(
                "organisation", { $0.organisation }, { $0.organisation = $1 }, write: V.writeID,
                read: V.readID),
            .optional("person", { $0.person }, { $0.person = $1 }, write: V.writeID, read: V.readID),
            .defaulted("role", { $0.role }, { $0.role = $1 }, write: V.writeRaw, read: V.readRaw),
            .required("status", { $0.status }, { $0.status = $1 }, write: V.writeRaw, read: V.readRaw),
        ]
    }
}
