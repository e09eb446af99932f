import Foundation

/// Decides which backend serves the store a command names with `--store` (or `$SOCIOLAB_STORE`).
///
/// The `sociolab` tool uses ``jsonFile``: every location is a directory of the JSON file store. A package
/// that adds a backend builds its own tool with an opener that recognises its locations and leaves the rest
/// to the JSON file store, so its tool does everything `sociolab` does:
///
/// ```swift
/// let opener = StoreOpener { location, environment in
///     guard location.hasPrefix("postgresql://") else { return nil }  // a directory: the JSON file store
///     return try PostgreSQLLocation(parsing: location, environment: environment)
/// }
/// exit(await SocioLabCommandLine.run(arguments, environment: variables, stores: opener))
/// ```
public struct StoreOpener: Sendable {
    /// The backend's store at a location, or `nil` for a JSON file store's directory.
    let locate: @Sendable (_ location: String, _ environment: [String: String]) throws -> (any StoreLocation)?

    /// Creates an opener.
    /// - Parameter locate: Given `--store`'s value (or `$SOCIOLAB_STORE`'s) and the environment variables,
    ///   returns the store of another backend, or `nil` to let the JSON file store take the location as a
    ///   directory. It only reads its arguments; it throws an error with a `usage.` code for a location of
    ///   its backend written wrong (exit code 2).
    public init(
        _ locate:
            @escaping @Sendable (_ location: String, _ environment: [String: String]) throws -> (
                any StoreLocation
            )?
    ) {
        self.locate = locate
    }

    /// Every location is a directory of the JSON file store: the opener of `sociolab`.
    public static let jsonFile = StoreOpener { _, _ in nil }
}
