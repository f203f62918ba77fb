// A webhook endpoint on 127.0.0.1 for the delivery tests (a trimmed copy of examples/swift/Quickstart's
// LoopbackListener: BSD sockets, one request per connection, Content-Length bodies kept as raw bytes), which
// answers 500 to its first `failFirst` deliveries and 200 after, and keeps every delivery it got.
import Foundation
#if canImport(Glibc)
import Glibc
private let streamSocket = Int32(SOCK_STREAM.rawValue)
private func closeSocket(_ fd: Int32) { _ = Glibc.close(fd) }
#elseif canImport(Darwin)
import Darwin
private let streamSocket = SOCK_STREAM
private func closeSocket(_ fd: Int32) { _ = Darwin.close(fd) }
#endif

/// One delivery as received: its raw body, its Stripe-Signature header and the status it was answered with.
struct Delivery {
    let body: Data
    let signature: String
    let answered: Int
}

final class WebhookReceiver: @unchecked Sendable {
    let url: String
    private let fd: Int32
    private let failFirst: Int
    private let lock = NSLock()
    private var got: [Delivery] = []
    private var stopped = false

    init(failFirst: Int) throws {
        signal(SIGPIPE, SIG_IGN)  // a peer that hung up makes send() fail instead of killing the process
        let fd = socket(AF_INET, streamSocket, 0)
        guard fd >= 0 else {
            throw NSError(domain: "WebhookReceiver", code: 1, userInfo: [NSLocalizedDescriptionKey: "socket: \(String(cString: strerror(errno)))"])
        }
        var addr = sockaddr_in()
        #if canImport(Darwin)
        addr.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
        #endif
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = 0  // any free port
        addr.sin_addr = in_addr(s_addr: inet_addr("127.0.0.1"))
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { sa in
                bind(fd, sa, len) == 0 && listen(fd, 16) == 0 && getsockname(fd, sa, &len) == 0
            }
        }
        guard bound else {
            let reason = String(cString: strerror(errno))
            closeSocket(fd)
            throw NSError(domain: "WebhookReceiver", code: 1, userInfo: [NSLocalizedDescriptionKey: "listen on 127.0.0.1: \(reason)"])
        }
        self.fd = fd
        self.failFirst = failFirst
        url = "http://127.0.0.1:\(UInt16(bigEndian: addr.sin_port))/webhooks"
        Thread { [self] in acceptLoop() }.start()
    }

    /// Every delivery so far, in arrival order.
    var deliveries: [Delivery] {
        lock.lock()
        defer { lock.unlock() }
        return got
    }

    func stop() {
        lock.lock()
        let first = !stopped
        stopped = true
        lock.unlock()
        if first {
            _ = shutdown(fd, Int32(SHUT_RDWR))  // wakes the blocked accept()
            closeSocket(fd)
        }
    }

    private func acceptLoop() {
        while true {
            let conn = accept(fd, nil, nil)
            if conn < 0 {
                if errno == EINTR { continue }
                return  // stopped
            }
            var timeout = timeval(tv_sec: 5, tv_usec: 0)  // a stalled peer does not hold the receiver
            _ = setsockopt(conn, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            respond(conn, status: receive(conn))
            closeSocket(conn)
        }
    }

    /// Reads one request; records it and picks its answer (400 for one that is not a whole HTTP request).
    private func receive(_ conn: Int32) -> Int {
        var buffer = Data()
        var chunk = [UInt8](repeating: 0, count: 8192)
        var headerEnd: Range<Data.Index>?
        while headerEnd == nil {
            guard buffer.count <= 16 * 1024 else { return 400 }
            let n = recv(conn, &chunk, chunk.count, 0)
            guard n > 0 else { return 400 }
            buffer.append(contentsOf: chunk[0..<n])
            headerEnd = buffer.range(of: Data("\r\n\r\n".utf8))
        }
        var headers: [String: String] = [:]
        for line in String(decoding: buffer[..<headerEnd!.lowerBound], as: UTF8.self).components(separatedBy: "\r\n").dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { return 400 }
            headers[line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()] =
                line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        guard let length = Int(headers["content-length"] ?? ""), length >= 0, length <= 1024 * 1024 else { return 400 }
        var body = Data(buffer[headerEnd!.upperBound...])
        while body.count < length {
            let n = recv(conn, &chunk, min(chunk.count, length - body.count), 0)
            guard n > 0 else { return 400 }
            body.append(contentsOf: chunk[0..<n])
        }
        guard body.count == length else { return 400 }
        lock.lock()
        defer { lock.unlock() }
        let status = got.count < failFirst ? 500 : 200
        got.append(Delivery(body: body, signature: headers["stripe-signature"] ?? "", answered: status))
        return status
    }

    private func respond(_ conn: Int32, status: Int) {
        let reason = [200: "OK", 400: "Bad Request", 500: "Internal Server Error"][status] ?? "Error"
        let reply = Data("HTTP/1.1 \(status) \(reason)\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".utf8)
        var sent = 0
        reply.withUnsafeBytes { raw in
            while sent < raw.count {
                let n = send(conn, raw.baseAddress! + sent, raw.count - sent, 0)
                if n <= 0 { return }
                sent += n
            }
        }
    }
}
