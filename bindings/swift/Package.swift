// swift-tools-version:5.9
// The development manifest of payintent's Swift package (module PayIntent), with the XCTest suite; consumers use
// the repository root's Package.swift, which has the same library targets. Sources/PayIntent holds the Swift code
// uniffi generates from bindings/uniffi (PayIntent.swift: Client, options, pages, pager; PayIntentTypes.swift:
// params, PaymentIntent, enums, PayIntentError), gen-swift.py's PayIntentMirrors.swift, all committed and kept
// current by generate.sh (the api suite fails when they are stale), plus the hand-written Extensions.swift.
// The native library libpayintent_uniffi: PayIntentFFI.xcframework when it exists (Apple; scripts/xcframework.sh),
// else the module map in Sources/payintent_uniffiFFI links it (pass its directory with `-Xlinker -L<dir>`).
// Tools version 5.9 so that Xcode 15 can use it too; tested with Swift 6.0.3 (Debian trixie's swiftlang).
import Foundation
import PackageDescription

let xcframework = "PayIntentFFI.xcframework"
let packageDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path
let ffi: Target = FileManager.default.fileExists(atPath: "\(packageDir)/\(xcframework)")
    ? .binaryTarget(name: "PayIntentFFI", path: xcframework)
    : .systemLibrary(name: "payintent_uniffiFFI", path: "Sources/payintent_uniffiFFI")

let package = Package(
    name: "PayIntent",
    platforms: [.macOS(.v12), .iOS(.v15)],
    products: [
        .library(name: "PayIntent", targets: ["PayIntent"]),
    ],
    targets: [
        ffi,
        .target(name: "PayIntent", dependencies: [.target(name: ffi.name)], path: "Sources/PayIntent"),
        .testTarget(name: "PayIntentTests", dependencies: ["PayIntent"], path: "Tests/PayIntentTests"),
    ]
)
