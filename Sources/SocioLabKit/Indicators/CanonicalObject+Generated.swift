// GENERATED FILE — do not edit. Rendered by `CanonicalSourceRenderer`
// (Tests/SocioLabKitTests/CanonicalSourceRenderer.swift) from the stored members of `Person.schema`,
// `PersonalDetails.schema` and `Participation.schema` (each member's `CanonicalSource`, given by its
// `StoredField` factory). After changing one of those schemas, regenerate it:
//
//     SOCIOLAB_REGENERATE=1 swift test --filter CanonicalSourceTests
//
// If it no longer compiles (a field removed or renamed), delete it first: the kinds then fall back to
// their schema's `CanonicalPlan`, and the command writes it again.
//
// Why it exists: the fingerprint hashes every one of these objects, and the compiled plan measured
// 1.22–1.34× the processor time of the whole fingerprint at 200,000 persons. `GeneratedCanonicalTests`
// checks that each writer writes exactly what its schema's plan writes; `CanonicalSourceTests` that
// this file is what the schemas render.

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
        cursor.string("enrolled_by", enrolledBy?.rawValue)
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
        cursor.string("emso", emso?.description)
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
