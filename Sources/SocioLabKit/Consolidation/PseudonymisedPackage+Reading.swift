import Foundation

extension PseudonymisedPackage {
    /// Reads a package from its files' bytes and checks everything that can be checked without the key
    /// or the consolidated store: the format and version, the records' hash and counts, and that every
    /// line is a record with no personal data.
    /// - Parameters:
    ///   - files: The files' bytes by name (`package.json`, `records.jsonl`).
    ///   - directory: The package's path, to name files in errors.
    /// - Returns: The package.
    /// - Throws: ``SocioLabError`` `consolidation.package-invalid` with the file and line at fault.
    package static func read(files: [String: Data], directory: String) throws(SocioLabError)
        -> PseudonymisedPackage
    {
        let headerFile = directory + "/" + headerFileName
        let recordsFile = directory + "/" + recordsFileName
        guard let headerData = files[headerFileName] else {
            throw .packageInvalid(
                .t(
                    "paket nima datoteke \(headerFileName); je to imenik, ki ga je napisal "
                        + "'sociolab export --pseudonymised'?",
                    "the package has no \(headerFileName); is this a directory written by "
                        + "'sociolab export --pseudonymised'?"), file: headerFile)
        }
        guard let header = try? JSONDecoder().decode(Header.self, from: headerData),
            header.format == formatName
        else {
            throw .packageInvalid(
                .t(
                    "glava paketa ni v obliki \(formatName); paket naredite znova s "
                        + "'sociolab export --pseudonymised'",
                    "the package header is not in the \(formatName) format; make the package again with "
                        + "'sociolab export --pseudonymised'"), file: headerFile)
        }
        guard header.version == currentVersion else {
            throw .packageInvalid(
                .t(
                    "različica paketa \(header.version) ni podprta (podprta je \(currentVersion)); uporabite "
                        + "isto različico programa kot partner",
                    "package version \(header.version) is not supported (this program reads "
                        + "\(currentVersion)); use the same version of the program as the partner"),
                file: headerFile)
        }
        guard let data = files[recordsFileName] else {
            throw .packageInvalid(
                .t(
                    "paket nima datoteke \(recordsFileName); kopirajte ves imenik paketa",
                    "the package has no \(recordsFileName); copy the whole package directory"),
                file: recordsFile)
        }
        guard header.files[recordsFileName] == SHA256Hasher.hex(SHA256Hasher.hash(data)) else {
            throw .packageInvalid(
                .t(
                    "zgoščena vrednost datoteke se ne ujema z glavo paketa: datoteka je bila spremenjena ali "
                        + "poškodovana; prosite partnerja za nov paket",
                    "the file's hash does not match the package header: it was changed or damaged; ask the "
                        + "partner for a new package"), file: recordsFile)
        }
        var package = PseudonymisedPackage(header: header, records: [], lines: [:])
        try package.readRecords(data, file: recordsFile)
        var counts: [String: Int] = [:]
        for record in package.records { counts[record.kind.rawValue, default: 0] += 1 }
        guard counts == header.counts else {
            throw .packageInvalid(
                .t(
                    "število zapisov ni enako številu v glavi paketa; prosite partnerja za nov paket",
                    "the numbers of records differ from the package header's; ask the partner for a new package"
                ),
                file: recordsFile)
        }
        return package
    }

    /// Reads `records.jsonl`, one record a line.
    private mutating func readRecords(_ data: Data, file: String) throws(SocioLabError) {
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        for (index, line) in lines.enumerated() {
            let number = index + 1
            let value: JSONValue
            let record: EntityRecord
            do {
                value = try JSONValue(parsing: String(line))
                record = try value.decode(EntityRecord.self)
            } catch {
                throw .packageInvalid(
                    .t(
                        "vrstica ni zapis paketa (\(Self.describe(error))); prosite partnerja za nov paket",
                        "the line is not a package record (\(Self.describe(error))); ask the partner for a new "
                            + "package"), file: file, line: number)
            }
            let personal = PersonalData.fields(of: record.kind)
            let members = value["value"]?.objectValue ?? [:]
            if personal.personalOnly || members.keys.contains(where: personal.names.contains) {
                throw .packageInvalid(
                    .t(
                        "vrstica vsebuje osebne podatke (\(record.kind.rawValue)), ki jih paket ne sme imeti; "
                            + "paket naredite znova s 'sociolab export --pseudonymised'",
                        "the line holds personal data (\(record.kind.rawValue)), which a package must not; "
                            + "make it again with 'sociolab export --pseudonymised'"), file: file,
                    line: number)
            }
            guard self.lines[record.reference] == nil else {
                throw .packageInvalid(
                    .t(
                        "zapis \(record.reference) je v paketu dvakrat (prvič v vrstici "
                            + "\(self.lines[record.reference]!)); prosite partnerja za nov paket",
                        "the record \(record.reference) is in the package twice (first on line "
                            + "\(self.lines[record.reference]!)); ask the partner for a new package"),
                    file: file, line: number)
            }
            records.append(record)
            self.lines[record.reference] = number
        }
    }

    /// Checks that the package was made with `key`.
    /// - Throws: ``SocioLabError`` `consolidation.key-mismatch` when its key check value differs.
    package func checkKey(_ key: PseudonymKey, directory: String) throws(SocioLabError) {
        guard header.keyCheck == key.checkValue else {
            throw SocioLabError(
                .consolidationKeyMismatch,
                LocalizedText(
                    sl: "paket partnerja \(header.partner) je narejen z drugim ključem (kontrolna vrednost "
                        + "\(header.keyCheck), vaš ključ ima \(key.checkValue)); nič ni bilo zapisano — "
                        + "uporabite ključ, ki ste ga razdelili partnerjem, ali prosite partnerja za nov paket",
                    en: "the package of partner \(header.partner) was made with another key (check value "
                        + "\(header.keyCheck), your key's is \(key.checkValue)); nothing was written — use the "
                        + "key you gave the partners, or ask the partner for a new package"),
                at: .init(file: directory + "/" + Self.headerFileName, field: "key_check"))
        }
    }

    private static func describe(_ error: any Error) -> String {
        (error as? SocioLabError)?.message ?? String(describing: error)
    }
}
