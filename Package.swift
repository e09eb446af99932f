// swift-tools-version:6.0
import PackageDescription

// SocioLabKit has no package dependencies: that is its promise to embedders.
let package = Package(
    name: "SocioLabKit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "SocioLabKit", targets: ["SocioLabKit"]),
        .library(name: "SocioLabStorage", targets: ["SocioLabStorage"]),
        .library(name: "SocioLabPlugins", targets: ["SocioLabPlugins"]),
        .library(name: "SocioLabTesting", targets: ["SocioLabTesting"]),
        .library(name: "SocioLabCommandLine", targets: ["SocioLabCommandLine"]),
        .executable(name: "sociolab", targets: ["SocioLabTool"]),
        .executable(name: "sociolab-bench", targets: ["SocioLabBench"]),
        // What the benchmarks share (timing, memory, child processes, figure lines), for a backend's own.
        .library(name: "SocioLabBenchSupport", targets: ["SocioLabBenchSupport"]),
    ],
    targets: [
        .target(name: "SocioLabKit"),
        .target(name: "SocioLabStorage", dependencies: ["SocioLabKit"]),
        .target(name: "SocioLabPlugins", dependencies: ["SocioLabKit"]),
        .target(
            name: "SocioLabTesting",
            dependencies: ["SocioLabKit", "SocioLabStorage", "SocioLabPlugins"]
        ),
        // The commands of `sociolab` as a library, so another package can run them on a store of its own
        // backend (Backends/PostgreSQL builds `sociolab-postgresql` from it); the executable is a few lines.
        .target(
            name: "SocioLabCommandLine",
            dependencies: ["SocioLabKit", "SocioLabStorage", "SocioLabPlugins", "SocioLabTesting"],
            path: "Examples/SocioLabCLI"
        ),
        .executableTarget(
            name: "SocioLabTool",
            dependencies: ["SocioLabCommandLine"],
            path: "Examples/SocioLabTool"
        ),
        .executableTarget(
            name: "Embedding",
            dependencies: ["SocioLabKit", "SocioLabStorage", "SocioLabPlugins"],
            path: "Examples/Embedding"
        ),
        .executableTarget(
            name: "CustomPlugin",
            dependencies: ["SocioLabKit", "SocioLabStorage", "SocioLabPlugins"],
            path: "Examples/CustomPlugin"
        ),
        .executableTarget(
            name: "Partners",
            dependencies: ["SocioLabKit", "SocioLabStorage", "SocioLabPlugins"],
            path: "Examples/Partners"
        ),
        .target(name: "SocioLabBenchSupport", path: "Benchmarks/SocioLabBenchSupport"),
        .executableTarget(
            name: "SocioLabBench",
            dependencies: [
                "SocioLabKit", "SocioLabStorage", "SocioLabPlugins", "SocioLabTesting",
                "SocioLabBenchSupport",
            ],
            path: "Benchmarks/SocioLabBench"
        ),
        .executableTarget(
            name: "StoreCrashWriter",
            dependencies: ["SocioLabKit", "SocioLabStorage"],
            path: "Tests/StoreCrashWriter"
        ),
        .testTarget(name: "SocioLabKitTests", dependencies: ["SocioLabKit"]),
        .testTarget(
            name: "SocioLabStorageTests",
            dependencies: ["SocioLabKit", "SocioLabStorage", "SocioLabTesting", "StoreCrashWriter"]
        ),
        .testTarget(
            name: "SocioLabPluginsTests",
            dependencies: ["SocioLabKit", "SocioLabPlugins", "SocioLabStorage", "SocioLabTesting"]
        ),
        .testTarget(
            name: "SocioLabTestingTests",
            dependencies: ["SocioLabKit", "SocioLabStorage", "SocioLabPlugins", "SocioLabTesting"]
        ),
        .testTarget(
            name: "SocioLabCLITests",
            dependencies: [
                "SocioLabCommandLine", "SocioLabTool", "Embedding", "CustomPlugin", "Partners", "SocioLabKit",
            ]
        ),
        .testTarget(
            name: "HarnessExampleTests",
            dependencies: ["SocioLabKit", "SocioLabPlugins", "SocioLabTesting"],
            path: "Examples/Harness"
        ),
        // Every ```swift block of README.md and Documentation/ compiles here, and a test keeps the two alike.
        .testTarget(
            name: "SnippetTests",
            dependencies: ["SocioLabKit", "SocioLabStorage", "SocioLabPlugins", "SocioLabTesting"],
            path: "Examples/Snippets"
        ),
    ],
    swiftLanguageModes: [.v6]
)
