// Each entity kind's canonical JSON object: its fields under their JSON names, keys in sorted order.

extension Organisation: CanonicalObject {
    func writeCanonicalObject(to cursor: inout CanonicalWriter.Cursor) {
        cursor.beginObject()
        cursor.string("id", id.rawValue)
        cursor.string("legal_form", legalForm.rawValue)
        cursor.string("municipality", municipality?.rawValue)
        cursor.string("name", name)
        cursor.string("registration_number", registrationNumber?.description)
        cursor.bool("social_enterprise", socialEnterprise)
        cursor.string("stage", stage?.rawValue)
        cursor.string("tax_number", taxNumber?.description)
        cursor.endObject()
    }
}

extension Person: CanonicalObject {
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

extension PersonalDetails: CanonicalObject {
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

extension InfoPoint: CanonicalObject {
    func writeCanonicalObject(to cursor: inout CanonicalWriter.Cursor) {
        cursor.beginObject()
        cursor.day("closed_on", closedOn)
        cursor.string("host_partner", hostPartner.rawValue)
        cursor.string("id", id.rawValue)
        cursor.string("municipality", municipality?.rawValue)
        cursor.string("name", name)
        cursor.day("opened_on", openedOn)
        cursor.endObject()
    }
}

extension Activity: CanonicalObject {
    func writeCanonicalObject(to cursor: inout CanonicalWriter.Cursor) {
        cursor.beginObject()
        cursor.json("details", details)
        cursor.day("end_date", endDate)
        cursor.string("id", id.rawValue)
        cursor.string("info_point", infoPoint?.rawValue)
        cursor.string("kind", kind.rawValue)
        cursor.string("municipality", municipality?.rawValue)
        cursor.strings("partners", partners) { $0.rawValue }
        cursor.int("pillar", pillar)
        cursor.day("start_date", startDate)
        cursor.string("status", status.rawValue)
        cursor.string("title", title)
        cursor.endObject()
    }
}

extension Participation: CanonicalObject {
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

extension Job: CanonicalObject {
    func writeCanonicalObject(to cursor: inout CanonicalWriter.Cursor) {
        cursor.beginObject()
        cursor.evidence(evidence)
        cursor.quantity("fte", fte)
        cursor.string("id", id.rawValue)
        cursor.string("kind", kind.rawValue)
        cursor.string("organisation", organisation.rawValue)
        cursor.string("person", person?.rawValue)
        cursor.day("start_date", startDate)
        cursor.endObject()
    }
}

extension Product: CanonicalObject {
    func writeCanonicalObject(to cursor: inout CanonicalWriter.Cursor) {
        cursor.beginObject()
        cursor.evidence(evidence)
        cursor.string("id", id.rawValue)
        cursor.string("kind", kind.rawValue)
        cursor.string("name", name)
        cursor.string("organisation", organisation.rawValue)
        cursor.string("stage", stage)
        cursor.day("supported_on", supportedOn)
        cursor.endObject()
    }
}

extension DevelopmentPlan: CanonicalObject {
    func writeCanonicalObject(to cursor: inout CanonicalWriter.Cursor) {
        cursor.beginObject()
        cursor.day("diagnosed_on", diagnosedOn)
        cursor.evidence(evidence)
        cursor.string("id", id.rawValue)
        cursor.string("organisation", organisation.rawValue)
        cursor.string("partner", partner.rawValue)
        cursor.day("plan_adopted_on", planAdoptedOn)
        cursor.endObject()
    }
}

extension SupportProgramme: CanonicalObject {
    func writeCanonicalObject(to cursor: inout CanonicalWriter.Cursor) {
        cursor.beginObject()
        cursor.day("approved_on", approvedOn)
        cursor.evidence(evidence)
        cursor.string("id", id.rawValue)
        cursor.strings("materials", materials) { $0 }
        cursor.string("title", title)
        cursor.endObject()
    }
}

extension Milestone: CanonicalObject {
    func writeCanonicalObject(to cursor: inout CanonicalWriter.Cursor) {
        cursor.beginObject()
        cursor.day("achieved_on", achievedOn)
        cursor.evidence(evidence)
        cursor.string("id", id.rawValue)
        cursor.string("output", output.rawValue)
        cursor.string("title", title)
        cursor.endObject()
    }
}
