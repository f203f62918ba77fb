// Accessors on PayIntentException (generated in dev.payintent.types): the details and kind of any subclass.
package dev.payintent

import dev.payintent.types.ErrorDetails
import dev.payintent.types.PayIntentException

/**
 * The fields of any [PayIntentException], whichever subclass it is. Every
 * generated subclass (one per error kind) declares its own `details`, and the
 * sealed base class declares none, so this reads that property by its getter:
 * no list of kinds to keep in step with the API description. Printing the
 * details, like printing the exception, never shows the attached
 * PaymentIntent's client secret: their `toString` is the core's redacting
 * `Debug`.
 */
val PayIntentException.details: ErrorDetails
    get() = javaClass.getMethod("getDetails").invoke(this) as ErrorDetails

/** The stable error code shared by every payintent language, e.g. `card_error` (one of [errorKinds]). */
val PayIntentException.kind: String
    get() = details.kind

/** The API's (or payintent's) own message, without the other details. */
val PayIntentException.apiMessage: String
    get() = details.message
