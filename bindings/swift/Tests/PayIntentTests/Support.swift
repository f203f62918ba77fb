// Test support: the sandbox binary started once per run, its control endpoints, and clients for it.
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import PayIntent

/// The sandbox binary, started once for the run (and again, with other flags, by tests that need them).
enum Sandbox {
    /// Every sandbox this process started, killed when it exits.
    nonisolated(unsafe) static var processes: [Process] = []
    private static let started = NSLock()

    static let url: String = launch()

    /// Starts a sandbox on a free port with `arguments` added (e.g. `--webhook-backoff-ms`); returns its base URL.
    static func launch(_ arguments: [String] = []) -> String {
        let exe = ProcessInfo.processInfo.environment["PAYINTENT_SANDBOX"] ?? "../../target/debug/payintent-sandbox"
        let proc = Process()
        proc.executableURL = URL(fileURLWithPath: exe)
        proc.arguments = ["--port", "0"] + arguments
        let pipe = Pipe()
        proc.standardOutput = pipe
        // Not the test runner's stderr: an inherited descriptor would keep
        // `swift test` waiting for EOF after the tests end.
        proc.standardError = FileHandle.nullDevice
        try! proc.run()
        started.lock()
        processes.append(proc)
        if processes.count == 1 {
            // Foundation's Process on Linux starts the child with the spawning
            // thread's signal mask, in which SIGTERM is blocked, so terminate()
            // would not stop it: SIGKILL (the sandbox keeps nothing on disk).
            atexit { for p in Sandbox.processes where p.isRunning { kill(p.processIdentifier, SIGKILL) } }
        }
        started.unlock()
        // test.sh kills whatever is listed here if this process dies without
        // running atexit handlers (a crash).
        if let list = ProcessInfo.processInfo.environment["PAYINTENT_SANDBOX_PIDS"],
           let fh = FileHandle(forWritingAtPath: list) {
            fh.seekToEndOfFile()
            fh.write(Data("\(proc.processIdentifier)\n".utf8))
            fh.closeFile()
        }
        var line = Data()
        while true {
            let byte = pipe.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty || byte == Data([0x0a]) { break }
            line.append(byte)
        }
        let text = String(decoding: line, as: UTF8.self)
        precondition(text.hasPrefix("payintent-sandbox listening on "), text)
        return String(text.split(separator: " ").last!)
    }

    /// `method path` with a JSON body to the shared sandbox (or the one at `base`); the decoded JSON answer.
    static func send(_ method: String, _ path: String, _ body: Any? = nil, base: String? = nil) -> Any {
        var req = URLRequest(url: URL(string: (base ?? url) + path)!)
        req.httpMethod = method
        req.setValue("application/json", forHTTPHeaderField: "content-type")
        if let body = body { req.httpBody = try! JSONSerialization.data(withJSONObject: body) }
        let done = DispatchSemaphore(value: 0)
        final class Box: @unchecked Sendable { var data = Data() }
        let box = Box()
        URLSession.shared.dataTask(with: req) { data, _, _ in box.data = data ?? Data(); done.signal() }.resume()
        done.wait()
        return (try? JSONSerialization.jsonObject(with: box.data)) ?? [:]
    }

    static func clear() {
        _ = send("DELETE", "/__sandbox/faults")
        _ = send("DELETE", "/__sandbox/requests")
    }

    static func fault(_ spec: [String: Any]) { _ = send("POST", "/__sandbox/faults", spec) }

    static func requests() -> [[String: Any]] {
        ((send("GET", "/__sandbox/requests") as? [String: Any])?["data"] as? [[String: Any]]) ?? []
    }

    /// A client for the sandbox; `options.baseUrl` and `profile` are set here.
    static func client(key: String = "sk_test_swift_suite", profile: Profile = .stripe,
                       options: ClientOptions = ClientOptions()) throws -> Client {
        var o = options
        o.baseUrl = url
        o.profile = profile
        return try Client(apiKey: key, options: o)
    }
}
