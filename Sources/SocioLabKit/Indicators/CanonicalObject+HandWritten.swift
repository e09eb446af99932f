// The canonical objects of the kinds a large dataset holds millions of, written by hand: the fingerprint
// hashes every one, and the schema's compiled `CanonicalPlan` is still measurably slower here (about
// 1.25× the processor time of the whole fingerprint at 200,000 persons, against 1.6× for the loop it
// replaced). `HandWrittenCanonicalTests` checks that each writes exactly what its schema's plan writes.

extension Person {
    @inline(__always)
    func writeCanonicalObject(to cursor: inout CanonicalWriter.Cursor) {
        cursor.beginObject()
        cursor.day("birth_date", birthDate)
        cursor.key("consent")
        cursor.beginObject()
        cursor.day("given_on", consent.givenOn)
        cursor.day("withdrawn_on", consent.withdrawnOn)
        cursor.endObject()
        cursor.day("details_erased_on", detailsErasedOn)
        cursor.string("disability", disability?.rawValue)
        cursor.string("employment_status", employmentStatus?.rawValue)
        cursor.day("entry_date", entryDate)
        cursor.string("gender", gender?.rawValue)
        cursor.bool("homeless", homeless)
        cursor.string("id", id.rawValue)
        cursor.int("isced", isced)
        cursor.string("migrant_minority", migrantOrMinority?.rawValue)
        cursor.string("municipality", municipality?.rawValue)
        cursor.string("organisation", organisation?.rawValue)
        cursor.string("other_disadvantaged", otherDisadvantaged?.rawValue)
        cursor.bool("rural", rural)
        cursor.strings("target_groups", targetGroups) { $0.rawValue }
        cursor.endObject()
    }
}

extension PersonalDetails {
    @inline(__always)
    func writeCanonicalObject(to cursor: inout CanonicalWriter.Cursor) {
        cursor.beginObject()
        cursor.string("email", email)
        cursor.string("emso", emso?.digits)
        cursor.string("family_name", familyName)
        cursor.string("given_name", givenName)
        cursor.string("id", id.rawValue)
        cursor.string("phone", phone)
        cursor.endObject()
    }
}

extension Participation {
    @inline(__always)
    func writeCanonicalObject(to cursor: inout CanonicalWriter.Cursor) {
        cursor.beginObject()
        cursor.string("activity", activity.rawValue)
        cursor.bool("completed", completed)
        cursor.evidence(evidence)
        cursor.quantity("hours", hours)
        cursor.string("id", id.rawValue)
        cursor.string("organisation", organisation?.rawValue)
        cursor.string("person", person?.rawValue)
        cursor.string("role", role.rawValue)
        cursor.string("status", status.rawValue)
        cursor.endObject()
    }
}
