// Issue 8 in Swift: Task cancellation and the cancel token against a silent server, the request
// logger (a call, a retry), response headers and status on results and errors, option checks.
import Foundation
import XCTest
import PayIntent
#if canImport(Glibc)
import Glibc
#endif

/// Accepts one connection on 127.0.0.1, reads and never answers; `receivedAt()` is when the request
/// arrived, `closedAt()` when the client closed the connection.
final class SilentServer: @unchecked Sendable {
    let port: UInt16
    private let fd: Int32
    private let lock = NSLock()
    private var received: Date?
    private var closed: Date?

    init() {
        let sock = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = 0
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        withUnsafeMutablePointer(to: &addr) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { sa in
                precondition(bind(sock, sa, len) == 0 && listen(sock, 4) == 0 && getsockname(sock, sa, &len) == 0)
            }
        }
        fd = sock
        port = UInt16(bigEndian: addr.sin_port)
        let listener = sock
        Thread { [self] in
            let conn = accept(listener, nil, nil)
            guard conn >= 0 else { return }
            var buf = [UInt8](repeating: 0, count: 4096)
            while read(conn, &buf, buf.count) > 0 {
                lock.lock(); if received == nil { received = Date() }; lock.unlock()
            }
            lock.lock(); closed = Date(); lock.unlock()
            close(conn)
        }.start()
    }

    var url: String { "http://127.0.0.1:\(port)" }

    /// When the client closed the connection, waiting up to `timeout` seconds.
    func closedAt(timeout: TimeInterval = 2) -> Date? { wait(timeout) { $0.closed } }

    /// When the request arrived, waiting up to `timeout` seconds.
    func receivedAt(timeout: TimeInterval = 5) -> Date? { wait(timeout) { $0.received } }

    private func wait(_ timeout: TimeInterval, _ what: (SilentServer) -> Date?) -> Date? {
        let end = Date().addingTimeInterval(timeout)
        while Date() < end {
            lock.lock(); let d = what(self); lock.unlock()
            if let d { return d }
            usleep(1000)
        }
        return nil
    }

    deinit { close(fd) }
}

/// The events a logger received, in order.
final class Events: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [RequestEvent] = []
    func add(_ e: RequestEvent) { lock.lock(); list.append(e); lock.unlock() }
    var all: [RequestEvent] { lock.lock(); defer { lock.unlock() }; return list }
}

final class ObservabilityTests: XCTestCase {
    override func setUp() {
        Sandbox.clear()
    }

    private let params = CreateParams(amount: 100, currency: "usd")

    func testCancellingTheTaskCancelsTheRequestAndLogsTheKey() async throws {
        let server = SilentServer()
        let events = Events()
        let client = try Client(apiKey: "sk_test_x",
                                options: ClientOptions(baseUrl: server.url, maxRetries: 0, timeout: 5,
                                                       logger: requestLogger { events.add($0) }))
        let params = self.params
        let task = Task { try await client.create(params: params, options: RequestOptions(idempotencyKey: "ik_swift_cancel")) }
        // Cancel once the request is on the wire, and not before 50 ms.
        try await Task.sleep(nanoseconds: 50_000_000)
        XCTAssertNotNil(server.receivedAt(), "the request never arrived")
        let t0 = Date()
        task.cancel()
        do {
            _ = try await task.value
            XCTFail("the silent server answered")
        } catch is CancellationError {
        }
        XCTAssertLessThan(Date().timeIntervalSince(t0), 0.1, "the call took too long to end")
        let closed = try XCTUnwrap(server.closedAt(), "the server saw no close")
        XCTAssertLessThan(closed.timeIntervalSince(t0), 0.1)
        let last = try XCTUnwrap(events.all.last)
        XCTAssertEqual(last.kind, .cancelled)
        XCTAssertEqual(last.idempotencyKey, "ik_swift_cancel")
        XCTAssertEqual(last.method, "POST")
    }

    func testAnAlreadyCancelledTaskSendsNothing() async throws {
        let client = try Sandbox.client()
        let params = self.params
        let task = Task {
            while !Task.isCancelled { await Task.yield() }
            return try await client.create(params: params)
        }
        task.cancel()
        do {
            _ = try await task.value
            XCTFail("a cancelled task's call went through")
        } catch is CancellationError {
        }
        XCTAssertEqual(Sandbox.requests().count, 0)
    }

    func testACancelTokenEndsTheCallWithItsIdempotencyKey() async throws {
        let server = SilentServer()
        let client = try Client(apiKey: "sk_test_x", options: ClientOptions(baseUrl: server.url, maxRetries: 0, timeout: 5))
        let token = CancelToken()
        Task {
            try await Task.sleep(nanoseconds: 50_000_000)
            _ = server.receivedAt()
            token.cancel()
        }
        do {
            _ = try await client.create(params: params, options: RequestOptions(cancelToken: token))
            XCTFail("the silent server answered")
        } catch let e as PayIntentError {
            let t0 = Date()
            guard case .RequestCancelledError = e else { return XCTFail("\(e)") }
            XCTAssertEqual(e.kind, "cancelled_error")
            let key = try XCTUnwrap(e.idempotencyKey)
            XCTAssertTrue(e.message.contains(key), e.message)
            let closed = try XCTUnwrap(server.closedAt(), "the server saw no close")
            XCTAssertLessThan(closed.timeIntervalSince(t0), 0.1)
        }
        XCTAssertTrue(token.isCancelled())
    }

    func testTheLoggerSeesACallAndItsRetryWithoutTheKey() async throws {
        Sandbox.fault(["kind": "status", "status": 503, "count": 1])
        let events = Events()
        let client = try Sandbox.client(key: "sk_test_swiftloggersecret",
                                        options: ClientOptions(maxRetries: 1, logger: requestLogger { events.add($0) }))
        let pi = try await client.create(params: params)
        XCTAssertEqual(events.all.map(\.kind), [.request, .response, .retry, .request, .response])
        let meta = try XCTUnwrap(pi.lastResponse)
        for e in events.all {
            XCTAssertEqual(e.method, "POST")
            XCTAssertEqual(e.path, "/v1/payment_intents")
            XCTAssertEqual(e.idempotencyKey, meta.idempotencyKey)
            XCTAssertFalse(String(describing: e).contains("swiftloggersecret"))
        }
        XCTAssertEqual(events.all[1].status, 503)
        XCTAssertNotNil(events.all[1].duration)
        XCTAssertEqual(events.all[4].status, 200)
        XCTAssertEqual(events.all[4].attempt, 2)
        XCTAssertEqual(events.all[4].requestId, meta.requestId)
    }

    func testResultsAndErrorsCarryHeadersAndStatus() async throws {
        let client = try Sandbox.client()
        let pi = try await client.create(params: params)
        let meta = try XCTUnwrap(pi.lastResponse)
        XCTAssertEqual(meta.httpStatus, 200)
        XCTAssertEqual(meta.headers["request-id"], meta.requestId)
        Sandbox.fault(["kind": "status", "status": 503, "count": 1])
        do {
            _ = try await client.retrieve(id: pi.id, options: RequestOptions(maxRetries: 0))
            XCTFail("no error")
        } catch let e as PayIntentError {
            XCTAssertEqual(e.httpStatus, 503)
            XCTAssertNotNil(e.requestId)
            XCTAssertEqual(e.responseHeaders?["request-id"], e.requestId, "\(String(describing: e.responseHeaders))")
        }
    }

    func testProxyAndRootCertificatesAreChecked() throws {
        let ca = try String(contentsOfFile: #filePath.components(separatedBy: "/bindings/swift/")[0]
                            + "/core/tests/fixtures/tls/ca.pem", encoding: .utf8)
        XCTAssertNoThrow(try Client(apiKey: "sk_test_x", options: ClientOptions(proxy: "http://u:hunter2@127.0.0.1:3128",
                                                                                rootCertificatesPem: [ca])))
        XCTAssertThrowsError(try Client(apiKey: "sk_test_x", options: ClientOptions(rootCertificatesPem: ["not a pem"]))) {
            XCTAssertEqual(($0 as? PayIntentError)?.param, "root_certificates")
        }
        XCTAssertThrowsError(try Client(apiKey: "sk_test_x", options: ClientOptions(proxy: "ftp://127.0.0.1:21"))) {
            XCTAssertEqual(($0 as? PayIntentError)?.param, "proxy")
        }
    }
}
