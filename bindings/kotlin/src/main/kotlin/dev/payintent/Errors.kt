// Accessors on PayIntentException (generated in dev.payintent.types): the details and kind of any subclass.
package dev.payintent

import dev.payintent.types.ErrorDetails
import dev.payintent.types.PayIntentException

/**
 * The fields of any [PayIntentException], whichever subclass it is
 * (each subclass also has them as its own `details`). Printing them, like
 * printing the exception, never shows the attached PaymentIntent's client
 * secret: their `toString` is the core's redacting `Debug`.
 */
val PayIntentException.details: ErrorDetails
    get() = when (this) {
        is PayIntentException.CardException -> details
        is PayIntentException.InvalidRequestException -> details
        is PayIntentException.AuthenticationException -> details
        is PayIntentException.PermissionException -> details
        is PayIntentException.RateLimitException -> details
        is PayIntentException.IdempotencyException -> details
        is PayIntentException.ApiException -> details
        is PayIntentException.ApiConnectionException -> details
        is PayIntentException.ApiTimeoutException -> details
        is PayIntentException.InvalidArgumentException -> details
    }

/** The stable error code shared by every payintent language, e.g. `card_error` (one of [errorKinds]). */
val PayIntentException.kind: String
    get() = details.kind

/** The API's (or payintent's) own message, without the other details. */
val PayIntentException.apiMessage: String
    get() = details.message
