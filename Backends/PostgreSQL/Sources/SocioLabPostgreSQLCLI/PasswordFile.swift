import Foundation

/// libpq's password file: `PGPASSFILE`, else `~/.pgpass`; one `host:port:database:user:password` a line,
/// `*` matching anything, `\:` and `\\` standing for `:` and `\`, `#` starting a comment.
///
/// As libpq does, a file that its group or others may read is not used.
struct PasswordFile {
    /// The lines, each split into its five fields.
    var entries: [[String]]

    /// The file the environment names, or `nil` when there is none, it cannot be read, or others may read it.
    init?(environment: [String: String]) {
        let path: String
        if let given = environment["PGPASSFILE"], !given.isEmpty {
            path = given
        } else if let home = environment["HOME"], !home.isEmpty {
            path = home + "/.pgpass"
        } else {
            return nil
        }
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_mode & 0o077 == 0,
            let data = FileManager.default.contents(atPath: path)
        else { return nil }
        entries = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).compactMap {
            line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = Self.fields(of: Substring(line))
            return fields.count == 5 ? fields : nil
        }
    }

    /// The password of the first line that matches, or `nil`. A socket directory matches the host `localhost`.
    func password(host: String, port: Int, database: String, user: String) -> String? {
        let hosts = host.hasPrefix("/") ? [host, "localhost"] : [host]
        let wanted: [[String]] = [hosts, [String(port)], [database], [user]]
        for entry in entries
        where zip(entry.prefix(4), wanted).allSatisfy({ field, values in
            field == "*" || values.contains(field)
        }) {
            return entry[4]
        }
        return nil
    }

    /// The fields of a line, split at unescaped colons.
    static func fields(of line: Substring) -> [String] {
        var fields: [String] = []
        var field = ""
        var escaped = false
        for character in line {
            if escaped {
                field.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" {
                fields.append(field)
                field = ""
            } else {
                field.append(character)
            }
        }
        fields.append(field)
        return fields
    }
}
