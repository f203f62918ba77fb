// Webhook verification under Kotlin names (Webhook.constructEvent over the raw body) and Event.paymentIntent.
package dev.payintent

import dev.payintent.types.Event
import dev.payintent.types.EventObject
import dev.payintent.types.PaymentIntent
import kotlin.time.Duration
import kotlin.time.Duration.Companion.seconds

/**
 * Checks webhook deliveries: the core's check of the `Stripe-Signature`
 * header (its `t=` timestamp and every `v1=` signature, so a rotated secret's
 * old and new signatures both work), HMAC-SHA256 over `"{t}.{body}"`
 * compared in constant time, and the timestamp's age against a tolerance.
 */
object Webhook {
    /**
     * The event of a delivery whose signature is valid. [payload] is the raw
     * request body exactly as received (a body parsed and serialised again
     * does not verify), [sigHeader] the `Stripe-Signature` header, [secret]
     * the endpoint's `whsec_…` secret, [tolerance] the oldest accepted
     * signature ([Duration.ZERO]: any age).
     *
     * @throws dev.payintent.types.PayIntentException.SignatureVerificationException
     *   saying which check failed (never showing the secret);
     *   [dev.payintent.types.PayIntentException.InvalidArgumentException] for
     *   a signed body that is not an event, an empty secret or a negative
     *   or infinite tolerance.
     */
    fun constructEvent(payload: ByteArray, sigHeader: String, secret: String, tolerance: Duration = 300.seconds): Event =
        webhookConstructEvent(payload, sigHeader, secret, tolerance)

    /** [constructEvent] for a body held as text: its UTF-8 bytes are checked. */
    fun constructEvent(payload: String, sigHeader: String, secret: String, tolerance: Duration = 300.seconds): Event =
        constructEvent(payload.toByteArray(Charsets.UTF_8), sigHeader, secret, tolerance)

    /**
     * A valid `Stripe-Signature` header for [payload] signed with [secret]
     * at [timestamp] (Unix seconds; now when null), for tests.
     */
    fun generateTestHeader(payload: ByteArray, secret: String, timestamp: Long? = null): String =
        webhookGenerateTestHeader(payload, secret, timestamp)

    /** [generateTestHeader] for a body held as text (its UTF-8 bytes). */
    fun generateTestHeader(payload: String, secret: String, timestamp: Long? = null): String =
        generateTestHeader(payload.toByteArray(Charsets.UTF_8), secret, timestamp)
}

/** The PaymentIntent this event is about (every `payment_intent.*` event); null for other objects. */
val Event.paymentIntent: PaymentIntent?
    get() = (data.`object` as? EventObject.Intent)?.v1
