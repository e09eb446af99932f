import Foundation

/// A partner's records for the operation's report with every person replaced by their ``PersonToken``: what
/// a partner sends the lead partner for consolidation (`Documentation/Partners-Consolidation.md`).
///
/// A package is two files in a directory: `package.json`, the ``Header``, and `records.jsonl`, one record
/// a line as `{"kind": …, "value": …}` in the stored JSON form, with members sorted. Personal details are
/// left out and every field the schemas mark as personal data is removed, so no name, e-mail, phone or
/// EMŠO is in it. Kit makes and reads the files' bytes; writing them is the caller's (the CLI's) job.
package struct PseudonymisedPackage: Sendable, Hashable {
    /// The header's format name.
    package static let formatName = "sociolab-pseudonymised-package"
    /// The format version this code writes and reads.
    package static let currentVersion = 1
    /// The header's file name.
    package static let headerFileName = "package.json"
    /// The records' file name.
    package static let recordsFileName = "records.jsonl"

    /// The package header: who made it, when, with which key, and what it holds.
    package struct Header: Codable, Hashable, Sendable {
        /// Always ``PseudonymisedPackage/formatName``.
        package var format: String
        /// The format version.
        package var version: Int
        /// The partner whose records these are.
        package var partner: String
        /// The operation's id.
        package var operation: String
        /// When the package was made (`2026-12-04T22:30:00.000Z`).
        package var created: String
        /// The key check value (``PseudonymKey/checkValue``).
        package var keyCheck: String
        /// The number of records of each kind, by kind name.
        package var counts: [String: Int]
        /// The SHA-256 of each other file, in hex, by file name.
        package var files: [String: String]

        enum CodingKeys: String, CodingKey {
            case format, version, partner, operation, created, counts, files
            case keyCheck = "key_check"
        }
    }

    /// The header.
    package var header: Header
    /// The records in file order; persons' ids are tokens.
    package var records: [EntityRecord]
    /// The line of each record in `records.jsonl` (1-based), by reference.
    package var lines: [EntityReference: Int]

    /// The partner whose records these are.
    package var partner: Partner.ID { Partner.ID(header.partner) }
    /// When the package was made.
    package var created: Timestamp? { Timestamp(parsing: header.created) }
}

// MARK: Making a package

extension PseudonymisedPackage {
    /// Makes a partner's package from its dataset.
    /// - Parameters:
    ///   - dataset: The partner's dataset.
    ///   - partner: The partner (one of the operation's).
    ///   - key: The operation's key.
    ///   - created: The time to record as the package's.
    /// - Returns: The package; ``files()`` gives its bytes.
    /// - Complexity: O(*n*) in the dataset's records.
    package static func make(
        from dataset: Dataset, partner: Partner.ID, key: PseudonymKey, created: Timestamp
    ) throws(SocioLabError) -> PseudonymisedPackage {
        var tokens: [Person.ID: Person.ID] = [:]
        for person in dataset.persons.all {
            tokens[person.id] = PersonToken.token(
                for: person, details: dataset.personalDetails[PersonalDetails.ID(person.id.rawValue)],
                partner: partner, key: key)
        }
        var records: [EntityRecord] = []
        var lines: [EntityReference: Int] = [:]
        for kind in EntityKind.allCases where !PersonalData.isPersonalOnly(kind) {
            for record in dataset.records(of: kind) {
                let tokenised = record.replacingPersons(tokens)
                // Two of the partner's records of one person (the same EMŠO, or the same name and birth
                // date without one) are one person in the package: the first by id is kept.
                guard lines[tokenised.reference] == nil else { continue }
                records.append(tokenised)
                lines[tokenised.reference] = records.count
            }
        }
        var counts: [String: Int] = [:]
        for record in records { counts[record.kind.rawValue, default: 0] += 1 }
        let header = Header(
            format: formatName, version: currentVersion, partner: partner.rawValue,
            operation: dataset.operation.id, created: created.description, keyCheck: key.checkValue,
            counts: counts, files: [:])
        return PseudonymisedPackage(header: header, records: records, lines: lines)
    }

    /// The package's files, by name: the records, then the header with their hash.
    /// - Throws: ``SocioLabError`` when a record cannot be written as JSON.
    package func files() throws(SocioLabError) -> [(name: String, data: Data)] {
        var writer = JSONWriter()
        for record in records {
            try writer.value(PersonalData.stripped(record))
            writer.raw(UInt8(ascii: "\n"))
        }
        let recordsData = Data(writer.bytes)
        var header = self.header
        header.files = [Self.recordsFileName: SHA256Hasher.hex(SHA256Hasher.hash(recordsData))]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard var headerData = try? encoder.encode(header) else {
            throw SocioLabError(.invalidValue, "the package header cannot be written as JSON")
        }
        headerData.append(UInt8(ascii: "\n"))
        return [(Self.recordsFileName, recordsData), (Self.headerFileName, headerData)]
    }
}
