// Request logging in Kotlin: a RequestLogger made from a function, for ClientOptions.logger.
package dev.payintent

import dev.payintent.types.RequestEvent

/**
 * A [RequestLogger] that hands every event to [onEvent]:
 * `ClientOptions(logger = requestLogger { e -> log.info("${e.method} ${e.path} ${e.status}") })`.
 * Called on the thread running the call, once per step (request, response,
 * error, retry, cancelled); keep it quick. An exception it throws is
 * contained and never fails the call. Events never carry the API key.
 */
fun requestLogger(onEvent: (RequestEvent) -> Unit): RequestLogger = object : RequestLogger {
    override fun onEvent(event: RequestEvent) = onEvent(event)
}
