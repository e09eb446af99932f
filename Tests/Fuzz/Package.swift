// swift-tools-version:6.0
import PackageDescription

// A libFuzzer target for the readers of outside data, in its own package so that the root package's
// `swift build` and `swift test` never build it (it links only with `-sanitize=fuzzer`). Build and run it
// with `Tests/Fuzz/run.sh`.
let package = Package(
    name: "SocioLabFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "SocioLabKit", path: "../..")],
    targets: [
        .target(name: "FuzzerDriver"),
        .executableTarget(
            name: "SocioLabFuzz",
            dependencies: [
                "FuzzerDriver",
                .product(name: "SocioLabKit", package: "SocioLabKit"),
                .product(name: "SocioLabPlugins", package: "SocioLabKit"),
            ],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ],
    swiftLanguageModes: [.v6]
)
