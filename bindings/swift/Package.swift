// swift-tools-version:5.9
// The Swift package of payintent, module PayIntent: the Swift code uniffi
// generates from bindings/uniffi (Sources/PayIntent/PayIntent.swift: Client,
// options, pages, pager) and from the core (PayIntentTypes.swift: params,
// PaymentIntent, enums, PayIntentError), PayIntentMirrors.swift (gen-swift.py)
// and the FFI headers, all made by test.sh and not committed, plus the
// hand-written Extensions.swift; over the native library libpayintent_uniffi
// (the module map links it; pass its directory with `-Xlinker -L<dir>`).
// Tools version 5.9 so that Xcode 15 can use it too; tested with Swift 6.0.3
// (Debian trixie's swiftlang).
import PackageDescription

let package = Package(
    name: "PayIntent",
    platforms: [.macOS(.v12), .iOS(.v15)],
    products: [
        .library(name: "PayIntent", targets: ["PayIntent"]),
    ],
    targets: [
        .systemLibrary(name: "payintent_uniffiFFI", path: "Sources/payintent_uniffiFFI"),
        .target(name: "PayIntent", dependencies: ["payintent_uniffiFFI"], path: "Sources/PayIntent"),
        .testTarget(name: "PayIntentTests", dependencies: ["PayIntent"], path: "Tests/PayIntentTests"),
    ]
)
