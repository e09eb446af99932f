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
    /// The records, ready for ``ImportBatch/changes(against:)``.
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
    ///
    /// Pretty-printed with two spaces an indent level, `"key" : value`, object keys sorted by their UTF-8
    /// bytes, `[]` and `{}` for empty ones; numbers of activity details are written as their stored text.
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
            supportProgrammes: dataset.supportProgrammes.sortedByID,
            milestones: dataset.milestones.sortedByID,
            budgetLines: dataset.budgetLines.sortedByID.nonEmpty,
            costItems: dataset.costItems.sortedByID.nonEmpty,
            paymentClaims: dataset.paymentClaims.sortedByID.nonEmpty,
            paymentClaimItems: dataset.paymentClaimItems.sortedByID.nonEmpty
        )
        // Every value in a dataset is encodable: entities hold validated values, and numbers in details
        // are JSON numbers (the rule core.stored-value).
        guard let tree = try? JSONValueEncoding.encode(body) else { return Data() }
        var writer = JSONWriter(capacity: 256 + dataset.totalCount * 200)
        do { try writer.prettyValue(tree) } catch { return Data() }
        writer.raw(UInt8(ascii: "\n"))
        return Data(writer.bytes)
    }

    /// Reads a document.
    ///
    /// The text must be strict JSON (RFC 8259, UTF-8, a leading byte-order mark allowed): no key twice in
    /// one object, numbers of at most ``JSONValue/maximumNumberLength`` characters, kept exactly as
    /// written. Every entity must hold only values the store keeps (the rule `core.stored-value`): no
    /// control character but tab and line breaks in a text, details at most ``JSONValue/maximumDepth``
    /// levels deep, days within 0001-01-01 … 9999-12-31, quantities within ``Quantity/validRange``.
    /// - Parameters:
    ///   - data: The document's bytes (UTF-8).
    ///   - file: The file name for errors.
    /// - Returns: The operation and the records.
    /// - Throws: ``ImportFailure``: ``SocioLabError/Code/importBadDocument`` naming the line, the column and
    ///   the JSON path of the value that does not fit (`persons[3].birth_date`),
    ///   ``SocioLabError/Code/importDocumentTooNew``, or ``SocioLabError/Code/importDuplicateID`` for every
    ///   repeated id.
    /// - Complexity: O(*n*) in the size of the document.
    public static func decode(_ data: Data, file: String? = nil) throws(ImportFailure) -> DatasetDocument {
        let result = data.withUnsafeBytes { bytes in DocumentReader(bytes: bytes, file: file).read() }
        return try result.get()
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
                LocalizedText(
                    sl:
                        "Dokument pripada operaciji '\(operation.id)', shramba pa je za '\(dataset.operation.id)'. "
                        + "Uvozite ga v shrambo, ustvarjeno za '\(operation.id)'.",
                    en: "The document belongs to the operation '\(operation.id)', but the store is for "
                        + "'\(dataset.operation.id)'. Import it into a store made for '\(operation.id)'."),
                at: .init(file: file, field: "operation.id"))
        ])
    }

    /// Reads one document's bytes into a ``DatasetDocument``, locating every error by line, column and
    /// JSON path.
    private struct DocumentReader {
        let bytes: UnsafeRawBufferPointer
        let file: String?

        /// An error about a JSON path of the document, before its line and column are known.
        private struct Pending {
            var code: SocioLabError.Code
            var message: String
            /// The message in Slovenian, when there is one.
            var slovenian: String?
            /// The value the error is about, named in the error.
            var path: JSONPath
            /// Where the error is placed: the value, or the object that lacks a key.
            var place: JSONPath

            init(
                code: SocioLabError.Code, message: String, sl slovenian: String? = nil, path: JSONPath,
                place: JSONPath? = nil
            ) {
                self.code = code
                self.message = message
                self.slovenian = slovenian
                self.path = path
                self.place = place ?? path
            }
        }

        func read() -> Result<DatasetDocument, ImportFailure> {
            let root: JSONValue
            do {
                root = try JSONText.parse(bytes, depthLimit: JSONReader.maximumDepth)
            } catch {
                let path = error.path.flatMap { $0.isEmpty ? nil : $0.description }
                return .failure(
                    ImportFailure(errors: [
                        SocioLabError(
                            .importBadDocument,
                            LocalizedText(
                                sl:
                                    "Datoteka ni veljaven JSON: \(error.message). Popravite jo na tem mestu ali "
                                    + "dokument znova izvozite z `sociolab export --format json`.",
                                en:
                                    "The file is not valid JSON: \(error.message). Correct it there, or export the "
                                    + "document again with `sociolab export --format json`."),
                            at: .init(
                                file: file, line: error.position.line, column: error.position.column,
                                field: path))
                    ]))
            }
            guard case .object(let members) = root else {
                return .failure(
                    located([
                        Pending(
                            code: .importBadDocument,
                            message:
                                "The file is not a JSON object. Give a document written by "
                                + "`sociolab export --format json`, or CSV files named after their tables.",
                            path: JSONPath())
                    ]))
            }
            let format = members["format"]?.stringValue
            guard format == formatName else {
                return .failure(
                    located([
                        Pending(
                            code: .importBadDocument,
                            message: "The document's format is \(format.map { "'\($0)'" } ?? "missing"), not "
                                + "'\(formatName)'. Give a document written by `sociolab export --format json`.",
                            sl: "Oblika dokumenta je \(format.map { "'\($0)'" } ?? "manjkajoča"), ne "
                                + "'\(formatName)'. Navedite dokument, ki ga je zapisal `sociolab export --format json`.",
                            path: JSONPath([.key("format")]))
                    ]))
            }
            let versionText = members["version"].map { $0.jsonText }
            let version = members["version"].flatMap {
                try? JSONValueDecoder.decode(Int.self, from: $0, at: [])
            }
            guard let version, version >= 1, version <= currentVersion else {
                return .failure(
                    located([
                        Pending(
                            code: .importDocumentTooNew,
                            message: "The document has version \(versionText ?? "none"); this SocioLabKit "
                                + "reads version \(currentVersion). Update SocioLabKit, or export again with "
                                + "this version.",
                            sl:
                                "Dokument ima različico \(versionText ?? "brez"); ta SocioLabKit bere različico "
                                + "\(currentVersion). Posodobite SocioLabKit ali dokument izvozite znova s to "
                                + "različico.",
                            path: JSONPath([.key("version")]))
                    ]))
            }
            let body: Body
            do {
                body = try JSONValueDecoder.decode(Body.self, from: root, at: [])
            } catch let error as DecodingError {
                return .failure(located([describe(error)]))
            } catch {
                return .failure(
                    located([Pending(code: .importBadDocument, message: "\(error)", path: JSONPath())]))
            }
            var records: [EntityRecord] = []
            records.reserveCapacity(body.count)
            var errors: [Pending] = []
            func add<E: Entity>(_ list: [E]?, key: String) {
                var seen: [E.ID: Int] = [:]
                for (index, entity) in (list ?? []).enumerated() {
                    let record = entity.record
                    let at = JSONPath([.key(key), .index(index)])
                    var sound = true
                    for violation in StoredValueLimits.violations(of: record) {
                        sound = false
                        let problem = violation.problem
                        errors.append(
                            Pending(
                                code: .importBadDocument,
                                message: Self.sentence(problem.message.en) + ". " + problem.fix.en,
                                sl: Self.sentence(problem.message.sl) + ". " + problem.fix.sl,
                                path: at.appending(violation.field)))
                    }
                    if let first = seen.updateValue(index, forKey: entity.id) {
                        seen[entity.id] = first
                        errors.append(
                            Pending(
                                code: .importDuplicateID,
                                message:
                                    "The id '\(entity.id)' is already used by \(key)[\(first)]. Give every "
                                    + "entity its own id.",
                                sl:
                                    "Oznaka (id) '\(entity.id)' je že uporabljena v \(key)[\(first)]. Vsakemu "
                                    + "zapisu dajte svojo oznako.",
                                path: at.appending("id")))
                    } else if sound {
                        records.append(record)
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
            add(body.budgetLines, key: "budget_lines")
            add(body.costItems, key: "cost_items")
            add(body.paymentClaims, key: "payment_claims")
            add(body.paymentClaimItems, key: "payment_claim_items")
            guard errors.isEmpty else { return .failure(located(errors)) }
            return .success(DatasetDocument(operation: body.operation, batch: ImportBatch(records: records)))
        }

        /// The errors with their lines and columns, found in one pass over the document.
        private func located(_ pending: [Pending]) -> ImportFailure {
            let positions = JSONText.positions(of: pending.map(\.place), in: bytes)
            return ImportFailure(
                errors: pending.map { error in
                    // The whole document needs no line and column.
                    let position = error.place.isEmpty ? nil : positions[error.place]
                    return SocioLabError(
                        error.code, LocalizedText(sl: error.slovenian ?? error.message, en: error.message),
                        at: .init(
                            file: file, line: position?.line, column: position?.column,
                            field: error.path.isEmpty ? nil : error.path.description))
                })
        }

        /// The text with its first letter in upper case.
        private static func sentence(_ text: String) -> String {
            text.prefix(1).uppercased() + text.dropFirst()
        }

        /// A decoding error as an error at the JSON path of the value that does not fit; a missing key is
        /// placed at the object that lacks it.
        private func describe(_ error: DecodingError) -> Pending {
            switch error {
            case .keyNotFound(let key, let context):
                return Pending(
                    code: .importBadDocument, message: "The key '\(key.stringValue)' is missing; add it.",
                    sl: "Ključ '\(key.stringValue)' manjka; dodajte ga.",
                    path: JSONPath(codingPath: context.codingPath + [key]),
                    place: JSONPath(codingPath: context.codingPath))
            case .valueNotFound(_, let context):
                return Pending(
                    code: .importBadDocument, message: "The value is null here; give a value.",
                    sl: "Vrednost je tu null; navedite vrednost.",
                    path: JSONPath(codingPath: context.codingPath))
            case .typeMismatch(let type, let context):
                return Pending(
                    code: .importBadDocument, message: "The value has the wrong type; it should be \(type).",
                    sl: "Vrednost je napačne vrste; biti bi morala \(type).",
                    path: JSONPath(codingPath: context.codingPath))
            case .dataCorrupted(let context):
                return Pending(
                    code: .importBadDocument, message: "The value does not fit: \(context.debugDescription)",
                    sl: "Vrednost ne ustreza: \(context.debugDescription)",
                    path: JSONPath(codingPath: context.codingPath))
            @unknown default:
                return Pending(
                    code: .importBadDocument, message: "The document does not decode: \(error)",
                    path: JSONPath())
            }
        }
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
        // The finance tables are written only when they hold records, so that a document without
        // finance is the same as before they existed.
        var budgetLines: [BudgetLine]? = nil
        var costItems: [CostItem]? = nil
        var paymentClaims: [PaymentClaim]? = nil
        var paymentClaimItems: [PaymentClaimItem]? = nil

        var count: Int {
            let counts: [Int?] = [
                organisations?.count, persons?.count, personalDetails?.count, infoPoints?.count,
                activities?.count, participations?.count, jobs?.count, products?.count,
                developmentPlans?.count, supportProgrammes?.count, milestones?.count, budgetLines?.count,
                costItems?.count, paymentClaims?.count, paymentClaimItems?.count,
            ]
            return counts.reduce(0) { $0 + ($1 ?? 0) }
        }

        private enum CodingKeys: String, CodingKey {
            case format, version, operation, organisations, persons, activities, participations, jobs,
                products
            case milestones
            case personalDetails = "personal_details"
            case infoPoints = "info_points"
            case developmentPlans = "development_plans"
            case supportProgrammes = "support_programmes"
            case budgetLines = "budget_lines"
            case costItems = "cost_items"
            case paymentClaims = "payment_claims"
            case paymentClaimItems = "payment_claim_items"
        }
    }
}

extension Array {
    /// The array, or `nil` when it is empty (a table the document leaves out).
    fileprivate var nonEmpty: Self? { isEmpty ? nil : self }
}
