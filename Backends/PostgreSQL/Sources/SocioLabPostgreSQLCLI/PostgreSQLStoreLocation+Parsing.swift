import Foundation
import SocioLabKit
import SocioLabPostgreSQL

extension PostgreSQLStoreLocation {
    /// The schemes of a PostgreSQL location.
    static let schemes = ["postgresql://", "postgres://"]

    /// Whether `location` is written as a PostgreSQL location (`postgresql://` or `postgres://`).
    static func isPostgreSQL(_ location: String) -> Bool {
        schemes.contains { location.lowercased().hasPrefix($0) }
    }

    /// Reads `postgresql://[user@]host[:port]/database[?schema=name]` (or `postgres://…`).
    ///
    /// What the location leaves out comes from libpq's variables: the host from `PGHOST` (a name or
    /// address, or the directory of the server's Unix socket; `/var/run/postgresql` when unset), the port
    /// from `PGPORT` (5432), the user from `PGUSER` (else `USER`), the database from `PGDATABASE` (else the
    /// user's name). A socket directory may also be given as the host, percent-encoded
    /// (`postgresql://%2Ftmp%2Fpg/db`), or as `?host=/tmp/pg`. The schema holding the store is `sociolab`
    /// unless `?schema=` names another. The password comes from `PGPASSWORD`, else from the password file
    /// (`PGPASSFILE`, else `~/.pgpass`), never from the location.
    /// - Parameters:
    ///   - location: The value of `--store` or `$SOCIOLAB_STORE`.
    ///   - environment: The environment variables.
    /// - Throws: `usage.store-password` when the location holds a password (which is never repeated);
    ///   `usage.invalid-value` when it cannot be read, saying what to write instead.
    public init(parsing location: String, environment: [String: String]) throws {
        guard let components = URLComponents(string: location), components.scheme != nil else {
            throw Self.invalid(
                LocalizedText(
                    sl: "mesta shrambe PostgreSQL ni mogoče prebrati",
                    en: "the PostgreSQL store location cannot be read"))
        }
        let query = components.queryItems ?? []
        if components.password != nil || query.contains(where: { $0.name == "password" }) {
            throw SocioLabError(
                SocioLabError.Code(rawValue: "usage.store-password"),
                LocalizedText(
                    sl:
                        "mesto shrambe PostgreSQL ne sme vsebovati gesla (videlo bi se na seznamu procesov in v "
                        + "zgodovini lupine); odstranite ga iz --store oziroma $SOCIOLAB_STORE in ga podajte s "
                        + "PGPASSWORD ali v datoteki z gesli (~/.pgpass ali PGPASSFILE)",
                    en:
                        "a PostgreSQL store location may not hold a password (it would show in the process list "
                        + "and the shell's history); remove it from --store or $SOCIOLAB_STORE and give it with "
                        + "PGPASSWORD or in a password file (~/.pgpass or PGPASSFILE)"))
        }
        var values: [String: String] = [:]
        for item in query {
            guard ["host", "port", "user", "dbname", "schema"].contains(item.name) else {
                throw Self.invalid(
                    LocalizedText(
                        sl:
                            "mesto shrambe PostgreSQL ne pozna parametra '\(item.name)'; dovoljeni so host, port, "
                            + "user, dbname in schema",
                        en:
                            "the PostgreSQL store location has an unknown parameter '\(item.name)'; use host, "
                            + "port, user, dbname or schema"))
            }
            values[item.name] = item.value ?? ""
        }
        let host =
            Self.nonEmpty(values["host"]) ?? Self.nonEmpty(components.host.map(Self.decoded))
            ?? Self.nonEmpty(environment["PGHOST"]) ?? "/var/run/postgresql"
        let portText = values["port"] ?? components.port.map(String.init) ?? environment["PGPORT"]
        guard let port = Self.nonEmpty(portText).map({ Int($0) }) ?? 5432, (1...65535).contains(port) else {
            throw Self.invalid(
                LocalizedText(
                    sl: "vrata '\(portText ?? "")' niso število med 1 in 65535",
                    en: "the port '\(portText ?? "")' is not a number from 1 to 65535"))
        }
        let user =
            Self.nonEmpty(values["user"]) ?? Self.nonEmpty(components.user.map(Self.decoded))
            ?? Self.nonEmpty(environment["PGUSER"]) ?? Self.nonEmpty(environment["USER"]) ?? "postgres"
        let path = Self.decoded(String(components.path.drop(while: { $0 == "/" })))
        let database =
            Self.nonEmpty(values["dbname"]) ?? Self.nonEmpty(path) ?? Self.nonEmpty(environment["PGDATABASE"])
            ?? user
        let password =
            Self.nonEmpty(environment["PGPASSWORD"])
            ?? PasswordFile(environment: environment)?.password(
                host: host, port: port, database: database, user: user)
        self.init(
            configuration: PostgreSQLStore.Configuration(
                host: host, port: port, user: user, password: password, database: database,
                schema: Self.nonEmpty(values["schema"]) ?? "sociolab"))
    }

    /// A location that cannot be read (exit 2), with an example of one that can.
    private static func invalid(_ reason: LocalizedText) -> SocioLabError {
        SocioLabError(
            .usageInvalidValue,
            LocalizedText(
                sl: reason.sl + "; napišite ga kot postgresql://uporabnik@strežnik:vrata/baza?schema=ime",
                en: reason.en + "; write it as postgresql://user@host:port/database?schema=name"))
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text, !text.isEmpty else { return nil }
        return text
    }

    private static func decoded(_ text: String) -> String { text.removingPercentEncoding ?? text }
}

extension SocioLabError.Code {
    /// A value that could not be read (the same code as the tool's own usage errors).
    static let usageInvalidValue = Self(rawValue: "usage.invalid-value")
}
