import Foundation

extension CSVExport {
    /// Blank spreadsheets for partner staff: the ten CSV files of the exchange, each with its header and one
    /// example row, and a codebook that explains every column.
    ///
    /// The files are written as Excel opens them with a double click (``CSVWriter/excel``: UTF-8 with a byte
    /// order mark, `;`, CR LF). In Slovenian the headers are the Slovenian column names and the example rows
    /// use the Slovenian words for fixed values (`izvedeno`, `udeleženka`); the file names stay English
    /// (`persons.csv`), because the import takes a file's table from its name. The example rows refer to
    /// each other and import cleanly into a new store of `operation`. The codebook (`README.txt`, or
    /// `šifrant.txt` in Slovenian) is plain text, UTF-8 with a byte order mark and CR LF: each file, each
    /// column's meaning, whether it is required, its allowed values, the operation's partners, target
    /// groups and outputs, the activity kinds of `plugins`, and every Slovenian municipality with its code.
    ///
    /// ```swift
    /// for file in CSVExport.templates(language: .slovenian, plugins: registry) {
    ///     try file.data.write(to: directory.appending(path: file.name))
    /// }
    /// ```
    /// - Parameters:
    ///   - language: The language of the headers, the example rows and the codebook.
    ///   - plugins: The activity kinds the codebook lists (the example activity is the first of them, else
    ///     `training`).
    ///   - operation: The operation whose partners, target groups and outputs the files use.
    /// - Returns: The ten CSV files in table order, then the codebook.
    public static func templates(
        language: Language, plugins: PluginRegistry, operation: ESFOperation = .socioLabPodravje
    ) -> [ExportedFile] {
        let kind =
            plugins.kinds.contains(ActivityKind(rawValue: "training"))
            ? "training" : plugins.kinds.first?.rawValue
        let files = ExchangeTable.allCases.map { table in
            let header = language == .slovenian ? table.slovenianColumns : table.columns
            let example = ExchangeTemplates.example(table, language: language, operation: operation)
            var row = table.columns.map { example[$0] ?? "" }
            if table == .activities, let kind, let index = table.columns.firstIndex(of: "kind") {
                row[index] = kind
            }
            return ExportedFile(name: table.fileName, data: CSVWriter.excel.data(header: header, rows: [row]))
        }
        let codebook = ExchangeTemplates.codebook(language: language, plugins: plugins, operation: operation)
        return files + [ExportedFile(name: ExchangeTemplates.codebookName(language), data: codebook)]
    }
}

/// The parts of ``CSVExport/templates(language:plugins:operation:)``: example rows, the codebook and its
/// Slovenian texts.
package enum ExchangeTemplates {
    /// The codebook's file name: `README.txt`, or `šifrant.txt` in Slovenian.
    package static func codebookName(_ language: Language) -> String {
        language == .slovenian ? "šifrant.txt" : "README.txt"
    }

    /// The example row of a table, by English column name (columns not named are empty).
    ///
    /// The rows form one small dataset: an organisation, a person working for it who attended a held
    /// training at an information point, a job, a product, a development plan, a support programme and a
    /// milestone. In Slovenian, fixed values are written with their Slovenian words, numbers with a
    /// decimal comma, Booleans as `da`/`ne`.
    package static func example(_ table: ExchangeTable, language: Language, operation: ESFOperation)
        -> [String: String]
    {
        let sl = language == .slovenian
        func word<V: Vocabulary>(_ value: V) -> String {
            sl ? value.slovenian.first ?? value.rawValue : value.rawValue
        }
        let yes = sl ? "da" : "yes"
        let no = sl ? "ne" : "no"
        let partner = operation.partners.first?.id.description ?? ""
        let otherPartner = operation.partners.dropFirst().first?.id.description ?? partner
        switch table {
        case .organisations:
            return [
                "id": "o-dobrina", "name": "Zadruga Dobrina, z.o.o., so.p.",
                "legal_form": word(LegalForm.zadruga),
                "social_enterprise": yes, "registration_number": "5000009", "tax_number": "12345679",
                "municipality": "Ptuj", "stage": word(OrganisationStage.growth),
            ]
        case .persons:
            return [
                "id": "p-0001", "given_name": "Špela", "family_name": "Novak",
                "email": "spela.novak@example.si",
                "gender": sl ? "ž" : "f", "birth_date": "1990-05-17", "municipality": "Ptuj",
                "employment_status": sl
                    ? "dolgotrajno brezposelna" : EmploymentStatus.longTermUnemployed.rawValue,
                "isced": "3", "migrant_minority": word(SensitiveAnswer.no),
                "disability": word(SensitiveAnswer.no),
                "other_disadvantaged": word(SensitiveAnswer.refused), "homeless": no, "rural": yes,
                "target_groups": operation.targetGroups.first?.id.description ?? "",
                "consent_date": "2019-09-01", "organisation_id": "o-dobrina", "entry_date": "2019-09-02",
                "phone": "041 123 456",
            ]
        case .infoPoints:
            return [
                "id": "ip-ptuj", "name": sl ? "Informacijska točka Ptuj" : "Ptuj information point",
                "municipality": "Ptuj", "host_partner": partner, "opened_on": "2018-06-01",
            ]
        case .activities:
            return [
                "id": "a-0001", "kind": "training", "title": "Osnove socialnega podjetništva", "pillar": "3",
                "partners": partner + ";" + otherPartner, "info_point": "ip-ptuj", "municipality": "Ptuj",
                "start_date": "2019-10-03", "end_date": "2019-10-04", "status": word(ActivityStatus.held),
                "details": "{\"hours\":8}",
            ]
        case .participations:
            return [
                "id": "x-0001", "activity_id": "a-0001", "person_id": "p-0001",
                "role": sl ? "udeleženka" : ParticipationRole.participant.rawValue,
                "status": sl ? "udeležena" : ParticipationStatus.attended.rawValue,
                "hours": sl ? "7,5" : "7.5",
                "completed": yes,
            ]
        case .jobs:
            return [
                "id": "j-0001", "organisation_id": "o-dobrina", "person_id": "p-0001",
                "kind": word(JobKind.created),
                "start_date": "2020-03-01", "fte": sl ? "0,5" : "0.5",
            ]
        case .products:
            return [
                "id": "pr-0001", "organisation_id": "o-dobrina",
                "name": sl ? "Zelenjavni zabojček" : "Vegetable box", "kind": word(ProductKind.service),
                "stage": sl ? "prototip" : "prototype", "supported_on": "2020-06-30",
            ]
        case .developmentPlans:
            return [
                "id": "dp-0001", "organisation_id": "o-dobrina", "partner_id": otherPartner,
                "diagnosed_on": "2019-02-01", "plan_adopted_on": "2019-03-01",
            ]
        case .supportProgrammes:
            return [
                "id": "sp-1",
                "title": sl ? "Pospeševalnik družbenih inovacij" : "Social innovation accelerator",
                "approved_on": "2019-11-11",
                "materials": sl ? "Priročnik;Delovni zvezek" : "Handbook;Workbook",
            ]
        case .milestones:
            return [
                "id": "m-01", "output": operation.outputs.first?.id.description ?? "OUT-01",
                "title": sl
                    ? "Regionalni mrežni laboratorij vzpostavljen" : "Regional network lab established",
                "achieved_on": "2018-09-30",
            ]
        case .budgetLines, .costItems, .paymentClaims, .paymentClaimItems:
            return financeExample(table, language: language, operation: operation)
        }
    }
}
