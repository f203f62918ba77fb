// Test helpers: tiny local TCP servers (silent, answering once per connection, TLS with the core's test CA).
package dev.payintent

import java.io.File
import java.net.ServerSocket
import java.net.Socket
import java.security.KeyFactory
import java.security.KeyStore
import java.security.cert.CertificateFactory
import java.security.spec.PKCS8EncodedKeySpec
import java.util.Base64
import java.util.concurrent.CompletableFuture
import java.util.concurrent.CopyOnWriteArrayList
import javax.net.ssl.KeyManagerFactory
import javax.net.ssl.SSLContext

const val PI_JSON = """{"id":"pi_local","object":"payment_intent","amount":100,"currency":"usd","status":"succeeded"}"""

/** The core's test CA and `localhost` server certificate (core/tests/fixtures/tls). */
val TLS_FIXTURES = File("../../core/tests/fixtures/tls")

/** Reads one request head; its first line ("" when the peer closed first). */
fun readHead(s: Socket): String {
    val input = s.getInputStream()
    val head = StringBuilder()
    while (!head.endsWith("\r\n\r\n")) {
        val b = input.read()
        if (b < 0) break
        head.append(b.toChar())
    }
    return head.lineSequence().firstOrNull() ?: ""
}

/**
 * Accepts one connection, reads and never answers; [receivedAt] completes (System.nanoTime) when the request
 * arrives, [closedAt] when the client closes the connection.
 */
class SilentServer : AutoCloseable {
    private val server = ServerSocket(0)
    val url = "http://127.0.0.1:${server.localPort}"
    val receivedAt = CompletableFuture<Long>()
    val closedAt = CompletableFuture<Long>()

    init {
        Thread {
            runCatching {
                server.accept().use { s ->
                    s.soTimeout = 10_000
                    val buf = ByteArray(4096)
                    while (s.getInputStream().read(buf) >= 0) receivedAt.complete(System.nanoTime())
                }
            }
            closedAt.complete(System.nanoTime())
        }.apply { isDaemon = true }.start()
    }

    override fun close() = server.close()
}

/**
 * Answers the first request of each connection with the next status of [statuses] (a PaymentIntent for 200,
 * an api_error otherwise), headers `request-id: req_<status>` and `x-extra: a`, `x-extra: b`; [lines] are
 * the request lines seen. With [tls], speaks HTTPS with the test server certificate.
 */
class AnsweringServer(private val statuses: List<Int>, tls: Boolean = false) : AutoCloseable {
    private val server: ServerSocket = if (tls) tlsContext().serverSocketFactory.createServerSocket(0) else ServerSocket(0)
    val url = "${if (tls) "https://localhost" else "http://127.0.0.1"}:${server.localPort}"
    val lines = CopyOnWriteArrayList<String>()

    init {
        Thread {
            for (status in statuses) {
                runCatching {
                    server.accept().use { s ->
                        lines.add(readHead(s))
                        val body = if (status == 200) PI_JSON else """{"error":{"type":"api_error","message":"boom"}}"""
                        val answer = "HTTP/1.1 $status X\r\ncontent-type: application/json\r\nrequest-id: req_$status\r\n" +
                            "x-extra: a\r\nx-extra: b\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n$body"
                        s.getOutputStream().apply { write(answer.toByteArray()); flush() }
                    }
                }
            }
        }.apply { isDaemon = true }.start()
    }

    override fun close() = server.close()

    private fun tlsContext(): SSLContext {
        fun der(pem: String) = Base64.getMimeDecoder().decode(pem.lines().filter { !it.startsWith("-----") }.joinToString(""))
        val cert = CertificateFactory.getInstance("X.509")
            .generateCertificate(File(TLS_FIXTURES, "server.pem").inputStream())
        val key = KeyFactory.getInstance("EC").generatePrivate(PKCS8EncodedKeySpec(der(File(TLS_FIXTURES, "server.key").readText())))
        val store = KeyStore.getInstance("PKCS12").apply { load(null, null); setKeyEntry("server", key, CharArray(0), arrayOf(cert)) }
        val kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm()).apply { init(store, CharArray(0)) }
        return SSLContext.getInstance("TLS").apply { init(kmf.keyManagers, null, null) }
    }
}
