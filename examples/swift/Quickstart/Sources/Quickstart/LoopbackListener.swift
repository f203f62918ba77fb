// A small HTTP/1.1 listener on 127.0.0.1 for the quickstart's webhook endpoint (Foundation on Linux has no HTTP
// server): BSD sockets only, one request per connection (headers, then a Content-Length body, kept as raw bytes),
// answered with the status the handler returns and `Connection: close`.
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

/// One request as received: its method, path, headers (names lower-cased) and raw body.
struct HTTPRequest {
    let method: String
    let path: String
    let headers: [String: String]
    let body: Data
}

struct ListenerError: Error, CustomStringConvertible {
    let description: String
    init(_ what: String) { description = "\(what): \(String(cString: strerror(errno)))" }
}

/// Accepts connections on a free loopback port on its own thread and hands each request to `handler`,
/// whose return value is the response status. `stop()` closes the socket and ends the thread.
final class LoopbackListener: @unchecked Sendable {
    let port: UInt16
    private let fd: Int32
    private let handler: (HTTPRequest) -> Int
    private let stopped = NSLock()
    private var isStopped = false

    /// Largest header block and body accepted (a webhook event is a few kB).
    private static let maxHeader = 16 * 1024
    private static let maxBody = 1024 * 1024

    init(handler: @escaping (HTTPRequest) -> Int) throws {
        signal(SIGPIPE, SIG_IGN)  // a peer that hung up makes send() fail instead of killing the process
        let fd = socket(AF_INET, streamSocket, 0)
        guard fd >= 0 else { throw ListenerError("socket") }
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
            let error = ListenerError("bind/listen on 127.0.0.1")
            closeSocket(fd)
            throw error
        }
        self.fd = fd
        self.port = UInt16(bigEndian: addr.sin_port)
        self.handler = handler
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "webhook-listener"
        thread.start()
    }

    func stop() {
        stopped.lock()
        let first = !isStopped
        isStopped = true
        stopped.unlock()
        if first {
            _ = shutdown(fd, Int32(SHUT_RDWR))  // wakes the blocked accept()
            closeSocket(fd)
        }
    }

    private var running: Bool {
        stopped.lock()
        defer { stopped.unlock() }
        return !isStopped
    }

    private func acceptLoop() {
        while running {
            let conn = accept(fd, nil, nil)
            if conn < 0 {
                if errno == EINTR { continue }
                return  // stopped (or the socket failed): no more requests
            }
            serve(conn)
            closeSocket(conn)
        }
    }

    /// Reads one request from `conn` and answers it.
    private func serve(_ conn: Int32) {
        var timeout = timeval(tv_sec: 5, tv_usec: 0)  // a stalled peer does not hold the listener
        _ = setsockopt(conn, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard let request = read(conn) else {
            respond(conn, status: 400)
            return
        }
        respond(conn, status: handler(request))
    }

    private func read(_ conn: Int32) -> HTTPRequest? {
        var buffer = Data()
        let size = 8192
        var chunk = [UInt8](repeating: 0, count: size)
        let blank = Data("\r\n\r\n".utf8)
        // The header block, up to the blank line.
        var headerEnd: Range<Data.Index>?
        while headerEnd == nil {
            guard buffer.count <= Self.maxHeader else { return nil }
            let n = recv(conn, &chunk, size, 0)
            guard n > 0 else { return nil }
            buffer.append(contentsOf: chunk[0..<n])
            headerEnd = buffer.range(of: blank)
        }
        let head = String(decoding: buffer[..<headerEnd!.lowerBound], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let start = lines.removeFirst().split(separator: " ")
        guard start.count == 3, start[2].hasPrefix("HTTP/1.") else { return nil }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            headers[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        guard headers["transfer-encoding"] == nil else { return nil }  // only Content-Length bodies
        let length = Int(headers["content-length"] ?? "0") ?? -1
        guard length >= 0, length <= Self.maxBody else { return nil }
        // The body: exactly Content-Length bytes, as received.
        var body = Data(buffer[headerEnd!.upperBound...])
        while body.count < length {
            let want = min(size, length - body.count)
            let n = recv(conn, &chunk, want, 0)
            guard n > 0 else { return nil }
            body.append(contentsOf: chunk[0..<n])
        }
        guard body.count == length else { return nil }
        return HTTPRequest(method: String(start[0]), path: String(start[1]), headers: headers, body: body)
    }

    private func respond(_ conn: Int32, status: Int) {
        let reason = [200: "OK", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed"][status] ?? "Error"
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
