package dev.payintent

/**
 * The fields of any [PayIntentException], whichever subclass it is
 * (each subclass also has them as its own `details`).
 */
val PayIntentException.details: ErrorDetails
    get() = when (this) {
        is PayIntentException.Card -> details
        is PayIntentException.InvalidRequest -> details
        is PayIntentException.Authentication -> details
        is PayIntentException.Permission -> details
        is PayIntentException.RateLimit -> details
        is PayIntentException.Idempotency -> details
        is PayIntentException.Api -> details
        is PayIntentException.Connection -> details
        is PayIntentException.Timeout -> details
        is PayIntentException.InvalidArgument -> details
    }

/** The stable error code shared by every payintent language, e.g. `card_error`. */
val PayIntentException.kind: String
    get() = details.kind
