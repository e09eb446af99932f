// swift-tools-version:6.0
import PackageDescription

// The PostgreSQL store lives in a package of its own, so that the root package keeps no dependencies.
let package = Package(
    name: "SocioLabPostgreSQL",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "SocioLabPostgreSQL", targets: ["SocioLabPostgreSQL"]),
        // `sociolab` with `--store postgresql://…` as well as store directories.
        .executable(name: "sociolab-postgresql", targets: ["SocioLabPostgreSQLTool"]),
        .executable(name: "sociolab-postgresql-bench", targets: ["SocioLabPostgreSQLBench"]),
    ],
    dependencies: [
        .package(name: "SocioLabKit", path: "../.."),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .target(
            name: "SocioLabPostgreSQL",
            dependencies: [
                .product(name: "SocioLabKit", package: "SocioLabKit"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        // The store opener of `sociolab-postgresql` (`postgresql://…` locations, libpq's PG* variables).
        .target(
            name: "SocioLabPostgreSQLCLI",
            dependencies: [
                "SocioLabPostgreSQL",
                .product(name: "SocioLabKit", package: "SocioLabKit"),
                .product(name: "SocioLabCommandLine", package: "SocioLabKit"),
            ]
        ),
        .executableTarget(
            name: "SocioLabPostgreSQLTool",
            dependencies: [
                "SocioLabPostgreSQLCLI",
                .product(name: "SocioLabCommandLine", package: "SocioLabKit"),
            ]
        ),
        .executableTarget(
            name: "PostgreSQLEmbedding",
            dependencies: [
                "SocioLabPostgreSQL",
                .product(name: "SocioLabKit", package: "SocioLabKit"),
                .product(name: "SocioLabPlugins", package: "SocioLabKit"),
            ],
            path: "Examples/Embedding"
        ),
        .executableTarget(
            name: "SocioLabPostgreSQLBench",
            dependencies: [
                "SocioLabPostgreSQL",
                .product(name: "SocioLabBenchSupport", package: "SocioLabKit"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "SocioLabKit", package: "SocioLabKit"),
                .product(name: "SocioLabStorage", package: "SocioLabKit"),
                .product(name: "SocioLabPlugins", package: "SocioLabKit"),
                .product(name: "SocioLabTesting", package: "SocioLabKit"),
            ],
            path: "Benchmarks/SocioLabPostgreSQLBench"
        ),
        .testTarget(
            name: "SocioLabPostgreSQLTests",
            dependencies: [
                "SocioLabPostgreSQL",
                "SocioLabPostgreSQLCLI",
                .product(name: "SocioLabCommandLine", package: "SocioLabKit"),
                .product(name: "SocioLabKit", package: "SocioLabKit"),
                .product(name: "SocioLabStorage", package: "SocioLabKit"),
                .product(name: "SocioLabTesting", package: "SocioLabKit"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
