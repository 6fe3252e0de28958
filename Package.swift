// swift-tools-version: 6.0
import PackageDescription

/// Yardstick: dated economic claims from news text, kept as time series and checked with GSL.
let package = Package(
    name: "Yardstick",
    platforms: [.macOS(.v15)],  // Synchronization.Atomic (ParallelMap)
    products: [
        .executable(name: "yardstick", targets: ["yardstick"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .target(name: "Claims"),
        .target(
            name: "Extraction",
            dependencies: ["Claims"],
            // The scanner's classes are only touched from one thread at a time; dynamic exclusivity checks on
            // every property access cost about 3% of extraction time in release builds.
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]
        ),
        .target(name: "Store", dependencies: ["Claims"]),
        .target(name: "StoreSQLite", dependencies: [
            "Claims", "Store", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ]),
        .target(name: "StorePostgres", dependencies: [
            "Claims", "Store", .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "Logging", package: "swift-log"),
        ]),
        .systemLibrary(
            name: "CGSL",
            pkgConfig: "gsl",
            providers: [.apt(["libgsl-dev"])]
        ),
        .target(name: "GSL", dependencies: ["CGSL"]),
        .target(name: "Analysis", dependencies: ["Claims", "GSL"]),
        .target(name: "Reports", dependencies: ["Claims", "Analysis"]),
        .target(name: "CFileSystem"),
        .target(
            name: "Pipeline",
            dependencies: [
                "Claims", "Extraction", "Store", "StoreSQLite", "StorePostgres", "Analysis", "Reports", "CFileSystem",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .executableTarget(
            name: "yardstick",
            dependencies: [
                "Pipeline", "Claims", "Extraction", "Analysis", "Store",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ClaimsTests", dependencies: ["Claims"]),
        .testTarget(
            name: "ExtractionTests",
            dependencies: [
                "Extraction", "Claims",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(name: "StoreTests", dependencies: ["Store", "StoreSQLite", "Claims"]),
        .testTarget(name: "StorePostgresTests", dependencies: ["Store", "StorePostgres", "StoreSQLite", "Claims", "Pipeline"]),
        .testTarget(name: "GSLTests", dependencies: ["GSL"]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "Claims"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Analysis", "Claims"]),
        .testTarget(name: "PipelineTests", dependencies: [
            "Pipeline", "Store", "StoreSQLite", "Analysis", "Reports", "Claims", "Extraction",
            .product(name: "Logging", package: "swift-log"),
        ]),
    ]
)
