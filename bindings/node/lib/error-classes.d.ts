// Generated from api/payment_intents.json by api/codegen.py; do not edit (run `python3 api/codegen.py`).
// The error kinds and one declared class per kind; index.d.ts declares the base class and re-exports these.

import { PayIntentError } from './index';

/** Stable error codes, identical in every payintent language. */
export type ErrorKind =
  | 'card_error'
  | 'invalid_request_error'
  | 'authentication_error'
  | 'permission_error'
  | 'rate_limit_error'
  | 'idempotency_error'
  | 'api_error'
  | 'connection_error'
  | 'timeout_error'
  | 'invalid_argument_error'
  | 'signature_verification_error'
  | 'cancelled_error';

/**
 * The card was declined or could not be charged; the decline code says why. Its `kind` is
 * `'card_error'`; it comes from HTTP 402.
 */
export declare class CardError extends PayIntentError {
  readonly kind: 'card_error';
}
/**
 * The API refused the request: its parameters, the object's state, or a missing object. Its `kind`
 * is `'invalid_request_error'`; it comes from HTTP 400 or 404.
 */
export declare class InvalidRequestError extends PayIntentError {
  readonly kind: 'invalid_request_error';
}
/**
 * The API key was missing, wrong or refused. Its `kind` is `'authentication_error'`; it comes from
 * HTTP 401.
 */
export declare class AuthenticationError extends PayIntentError {
  readonly kind: 'authentication_error';
}
/**
 * The key may not perform this request. Its `kind` is `'permission_error'`; it comes from HTTP
 * 403.
 */
export declare class PermissionError extends PayIntentError {
  readonly kind: 'permission_error';
}
/**
 * Too many requests; retried automatically up to the client's maximum number of retries. Its
 * `kind` is `'rate_limit_error'`; it comes from HTTP 429.
 */
export declare class RateLimitError extends PayIntentError {
  readonly kind: 'rate_limit_error';
}
/**
 * An idempotency key was reused with other parameters, or is in use by another request. Its `kind`
 * is `'idempotency_error'`; it comes from HTTP 400 or 409.
 */
export declare class IdempotencyError extends PayIntentError {
  readonly kind: 'idempotency_error';
}
/**
 * The API failed on its side, or answered with something that could not be read. Its `kind` is
 * `'api_error'`; it comes from HTTP 500, 502, 503 or 504.
 */
export declare class APIError extends PayIntentError {
  readonly kind: 'api_error';
}
/**
 * The API could not be reached: DNS, TCP, TLS or a dropped connection. Its `kind` is
 * `'connection_error'`.
 */
export declare class APIConnectionError extends PayIntentError {
  readonly kind: 'connection_error' | 'timeout_error';
}
/**
 * A per-attempt timeout or the overall deadline passed before an answer came. Its `kind` is
 * `'timeout_error'`.
 */
export declare class APITimeoutError extends APIConnectionError {
  readonly kind: 'timeout_error';
}
/**
 * Bad input, refused on the client before anything was sent. Its `kind` is
 * `'invalid_argument_error'`.
 */
export declare class InvalidArgumentError extends PayIntentError {
  readonly kind: 'invalid_argument_error';
}
/**
 * A webhook delivery failed verification: no or malformed signature header, no matching signature,
 * or a timestamp outside the tolerance. Its `kind` is `'signature_verification_error'`.
 */
export declare class SignatureVerificationError extends PayIntentError {
  readonly kind: 'signature_verification_error';
}
/**
 * The caller cancelled the call before it had an outcome; a POST may have reached the API, so
 * retry it with the error's idempotency key. Its `kind` is `'cancelled_error'`.
 */
export declare class RequestCancelledError extends PayIntentError {
  readonly kind: 'cancelled_error';
}
