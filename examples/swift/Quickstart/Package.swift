// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "PayIntentQuickstart",
    platforms: [.macOS(.v12)],
    dependencies: [.package(path: "../../../bindings/swift")],
    targets: [
        .executableTarget(name: "Quickstart", dependencies: [.product(name: "PayIntent", package: "swift")], path: "Sources/Quickstart"),
    ]
)
