// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Rapport",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "rapport", targets: ["rapport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // Property-based tests of every input and output path; no dependencies of its own.
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        // sqlite3_db_config, which is variadic, for loading a network into an empty database.
        .systemLibrary(name: "CSQLiteConfig", path: "Sources/CSQLiteConfig"),
        // libpq, PostgreSQL's client library, for team mode: opened when team mode first connects.
        .target(name: "CLibPQ"),
        .target(name: "PeerNetwork"),
        // Team mode's server side: the schema, its row-level security, and the admin's work.
        .target(name: "TeamServer", dependencies: ["CLibPQ"]),
        // Team mode on the member's machine: the cache of their team, the outbox, and sync, the
        // one step that talks to PostgreSQL.
        .target(name: "TeamStore", dependencies: ["TeamServer", "PeerNetwork", "PeerStore", .product(name: "GRDB", package: "GRDB.swift")]),
        .target(name: "PeerStore", dependencies: [
            "PeerNetwork",
            .product(name: "GRDB", package: "GRDB.swift"),
            "CSQLiteConfig",
        ]),
        .target(name: "TerminalUI"),
        // Contact and calendar formats (vCard, CSV, iCalendar): no store. TerminalUI for its
        // TextSanitizer, which every output format shares.
        .target(name: "Interchange", dependencies: ["PeerNetwork", "TerminalUI", .product(name: "CSV", package: "CSV.swift")]),
        .target(name: "Dashboard", dependencies: ["TerminalUI", "PeerNetwork"]),
        .target(name: "NcursesTerminal", dependencies: ["TerminalUI", "CNcurses"]),
        // The app behind the commands: the store-backed data source, the demo network, JSON and
        // text reports, export formats. The executable only parses arguments and wires.
        .target(name: "RapportApp", dependencies: [
            "PeerNetwork", "PeerStore", "Dashboard", "TerminalUI", "Interchange", "TeamStore",
        ]),
        .executableTarget(
            name: "rapport",
            dependencies: [
                "PeerNetwork", "PeerStore", "Dashboard", "TerminalUI", "NcursesTerminal", "Interchange", "RapportApp", "TeamServer", "TeamStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "rapport-bench", dependencies: ["PeerNetwork", "PeerStore", "TeamServer", "TeamStore"]),
        .testTarget(name: "PeerNetworkTests", dependencies: ["PeerNetwork"]),
        .testTarget(name: "PeerStoreTests", dependencies: ["PeerStore", "PeerNetwork"]),
        // The display-width fixture is read by path from the source tree.
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"], exclude: ["Fixtures"]),
        // The recurrence fixture is read by path from the source tree.
        .testTarget(name: "InterchangeTests", dependencies: ["Interchange", "PeerNetwork"], exclude: ["Fixtures"]),
        .testTarget(name: "DashboardTests", dependencies: ["Dashboard", "TerminalUI", "PeerNetwork"]),
        .testTarget(
            name: "RapportAppTests", dependencies: [
                "RapportApp", "Dashboard", "TerminalUI", "PeerNetwork", "PeerStore", "Interchange",
                .product(name: "PropertyBased", package: "swift-property-based"),
                // SpreadsheetCSV is checked against the library's writer.
                .product(name: "CSV", package: "CSV.swift"),
                // The demo's image is compared with a load, table by table.
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            // Snapshot frames are read by path from the source tree, not bundled.
            exclude: ["Snapshots"]),
        // Against a real PostgreSQL: RAPPORT_TEST_PG names an administrator's connection.
        .testTarget(name: "TeamServerTests", dependencies: ["TeamServer", "TeamStore", "PeerNetwork"]),
        .testTarget(name: "RapportCLITests", dependencies: [
            "PeerNetwork", "PeerStore", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
