import Foundation

/// The whole dataset as one JSON document: what `sociolab export --format json` writes and `import` reads.
///
/// ```json
/// {
///   "activities" : [ … ],
///   "development_plans" : [ … ],
///   "format" : "sociolab-dataset",
///   "info_points" : [ … ],
///   …
///   "operation" : { … },
///   …
///   "version" : 1
/// }
/// ```
///
/// Every entity list is sorted by id and encoded with the entities' own snake_case keys; object keys are
/// sorted and the text is pretty-printed, so the same dataset always gives the same bytes. On reading,
/// a missing list means none, `format` must be `sociolab-dataset` and `version` at most
/// ``currentVersion``. Activity details are kept as they were written, whatever the kind.
public struct DatasetDocument: Hashable, Sendable {
    /// The value of the `format` key.
    public static let formatName = "sociolab-dataset"
    /// The version this library writes and the newest it reads.
    public static let currentVersion = 1

    /// The operation the document was exported from, if it names one.
    public var operation: ESFOperation?
    /// The records, ready for ``ImportPlanner``.
    public var batch: ImportBatch

    /// Creates a document.
    /// - Parameters:
    ///   - operation: The operation.
    ///   - batch: The records.
    public init(operation: ESFOperation?, batch: ImportBatch) {
        self.operation = operation
        self.batch = batch
    }

    /// Encodes a dataset as the document's bytes (UTF-8, ending with a newline).
    /// - Parameter dataset: The dataset.
    /// - Returns: The JSON text; the same dataset always gives the same bytes.
    /// - Complexity: O(*n* log *n*) in the number of entities.
    public static func encode(_ dataset: Dataset) -> Data {
        let body = Body(
            format: formatName, version: currentVersion, operation: dataset.operation,
            organisations: dataset.organisations.sortedByID, persons: dataset.persons.sortedByID,
            personalDetails: dataset.personalDetails.sortedByID, infoPoints: dataset.infoPoints.sortedByID,
            activities: dataset.activities.sortedByID, participations: dataset.participations.sortedByID,
            jobs: dataset.jobs.sortedByID, products: dataset.products.sortedByID,
            developmentPlans: dataset.developmentPlans.sortedByID,
            supportProgrammes: dataset.supportProgrammes.sortedByID, milestones: dataset.milestones.sortedByID
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Every value in a dataset is encodable: entities hold validated values and numbers as text.
        var data = (try? encoder.encode(body)) ?? Data()
        data.append(0x0A)
        return data
    }

    /// Reads a document.
    /// - Parameters:
    ///   - data: The document's bytes (UTF-8).
    ///   - file: The file name for errors.
    /// - Returns: The operation and the records.
    /// - Throws: ``ImportFailure``: ``SocioLabError/Code/importBadDocument`` naming the JSON path of the value
    ///   that does not fit (`persons[3].birth_date`), ``SocioLabError/Code/importDocumentTooNew``, or
    ///   ``SocioLabError/Code/importDuplicateID`` for every repeated id.
    /// - Complexity: O(*n*) in the size of the document.
    public static func decode(_ data: Data, file: String? = nil) throws(ImportFailure) -> DatasetDocument {
        struct Header: Decodable {
            var format: String?
            var version: Int?
        }
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: data)
        } catch {
            throw ImportFailure(errors: [
                SocioLabError(
                    .importBadDocument,
                    "The file is not a JSON object. Give a document written by `sociolab export --format json`, "
                        + "or CSV files named after their tables.",
                    at: .init(file: file))
            ])
        }
        guard header.format == formatName else {
            throw ImportFailure(errors: [
                SocioLabError(
                    .importBadDocument,
                    "The document's format is \(header.format.map { "'\($0)'" } ?? "missing"), not "
                        + "'\(formatName)'. Give a document written by `sociolab export --format json`.",
                    at: .init(file: file, field: "format"))
            ])
        }
        guard let version = header.version, version <= currentVersion, version >= 1 else {
            throw ImportFailure(errors: [
                SocioLabError(
                    .importDocumentTooNew,
                    "The document has version \(header.version.map(String.init) ?? "none"); this SocioLabKit "
                        + "reads version \(currentVersion). Update SocioLabKit, or export again with this version.",
                    at: .init(file: file, field: "version"))
            ])
        }
        let body: Body
        do {
            body = try JSONDecoder().decode(Body.self, from: data)
        } catch let error as DecodingError {
            throw ImportFailure(errors: [describe(error, file: file)])
        } catch {
            throw ImportFailure(errors: [SocioLabError(.importBadDocument, "\(error)", at: .init(file: file))]
            )
        }
        var records: [EntityRecord] = []
        records.reserveCapacity(body.count)
        var errors: [SocioLabError] = []
        func add<E: Entity>(_ list: [E]?, key: String) {
            var seen: [E.ID: Int] = [:]
            for (index, entity) in (list ?? []).enumerated() {
                if let first = seen.updateValue(index, forKey: entity.id) {
                    seen[entity.id] = first
                    errors.append(
                        SocioLabError(
                            .importDuplicateID,
                            "The id '\(entity.id)' is already used by \(key)[\(first)]. Give every entity its own id.",
                            at: .init(file: file, field: "\(key)[\(index)].id")))
                } else {
                    records.append(entity.record)
                }
            }
        }
        add(body.organisations, key: "organisations")
        add(body.persons, key: "persons")
        add(body.personalDetails, key: "personal_details")
        add(body.infoPoints, key: "info_points")
        add(body.activities, key: "activities")
        add(body.participations, key: "participations")
        add(body.jobs, key: "jobs")
        add(body.products, key: "products")
        add(body.developmentPlans, key: "development_plans")
        add(body.supportProgrammes, key: "support_programmes")
        add(body.milestones, key: "milestones")
        guard errors.isEmpty else { throw ImportFailure(errors: errors) }
        return DatasetDocument(operation: body.operation, batch: ImportBatch(records: records))
    }

    /// Checks that the document belongs to a dataset's operation (same operation id), if it names one.
    /// - Parameters:
    ///   - dataset: The dataset being imported into.
    ///   - file: The file name for the error.
    /// - Throws: ``ImportFailure`` with ``SocioLabError/Code/importOtherOperation``.
    public func checkOperation(of dataset: Dataset, file: String? = nil) throws(ImportFailure) {
        guard let operation, operation.id != dataset.operation.id else { return }
        throw ImportFailure(errors: [
            SocioLabError(
                .importOtherOperation,
                "The document belongs to the operation '\(operation.id)', but the store is for "
                    + "'\(dataset.operation.id)'. Import it into a store made for '\(operation.id)'.",
                at: .init(file: file, field: "operation.id"))
        ])
    }

    /// A decoding error as a located ``SocioLabError``.
    private static func describe(_ error: DecodingError, file: String?) -> SocioLabError {
        func path(_ keys: [any CodingKey]) -> String {
            var text = ""
            for key in keys {
                if let index = key.intValue {
                    text += "[\(index)]"
                } else {
                    text += (text.isEmpty ? "" : ".") + key.stringValue
                }
            }
            return text
        }
        let message: String
        let keys: [any CodingKey]
        switch error {
        case .keyNotFound(let key, let context):
            keys = context.codingPath + [key]
            message = "The key '\(key.stringValue)' is missing; add it."
        case .valueNotFound(_, let context):
            keys = context.codingPath
            message = "The value is null here; give a value."
        case .typeMismatch(let type, let context):
            keys = context.codingPath
            message = "The value has the wrong type; it should be \(type)."
        case .dataCorrupted(let context):
            keys = context.codingPath
            message =
                keys.isEmpty
                ? "The file is not valid JSON. Check it in a JSON validator."
                : "The value does not fit: \(context.debugDescription)"
        @unknown default:
            keys = []
            message = "The document does not decode: \(error)"
        }
        let field = path(keys)
        return SocioLabError(
            .importBadDocument, message, at: .init(file: file, field: field.isEmpty ? nil : field))
    }

    /// The document's JSON shape.
    private struct Body: Codable {
        var format: String
        var version: Int
        var operation: ESFOperation?
        var organisations: [Organisation]?
        var persons: [Person]?
        var personalDetails: [PersonalDetails]?
        var infoPoints: [InfoPoint]?
        var activities: [Activity]?
        var participations: [Participation]?
        var jobs: [Job]?
        var products: [Product]?
        var developmentPlans: [DevelopmentPlan]?
        var supportProgrammes: [SupportProgramme]?
        var milestones: [Milestone]?

        var count: Int {
            [
                organisations?.count, persons?.count, personalDetails?.count, infoPoints?.count,
                activities?.count, participations?.count, jobs?.count, products?.count,
                developmentPlans?.count, supportProgrammes?.count, milestones?.count,
            ].reduce(0) { $0 + ($1 ?? 0) }
        }

        private enum CodingKeys: String, CodingKey {
            case format, version, operation, organisations, persons, activities, participations, jobs,
                products
            case milestones
            case personalDetails = "personal_details"
            case infoPoints = "info_points"
            case developmentPlans = "development_plans"
            case supportProgrammes = "support_programmes"
        }
    }
}
