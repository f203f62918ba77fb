// Generated from api/payment_intents.json by api/codegen.py; do not edit (run `python3 api/codegen.py`).
// One error class per kind of the description, and the class of each kind;
// errors.js builds them from native errors, error-base.js holds the fields.
'use strict';

const { PayIntentError } = require('./error-base.js');

/**
 * The card was declined or could not be charged; the decline code says why. Its `kind` is
 * `'card_error'`; it comes from HTTP 402.
 */
class CardError extends PayIntentError {}
/**
 * The API refused the request: its parameters, the object's state, or a missing object. Its `kind`
 * is `'invalid_request_error'`; it comes from HTTP 400 or 404.
 */
class InvalidRequestError extends PayIntentError {}
/**
 * The API key was missing, wrong or refused. Its `kind` is `'authentication_error'`; it comes from
 * HTTP 401.
 */
class AuthenticationError extends PayIntentError {}
/**
 * The key may not perform this request. Its `kind` is `'permission_error'`; it comes from HTTP
 * 403.
 */
class PermissionError extends PayIntentError {}
/**
 * Too many requests; retried automatically up to the client's maximum number of retries. Its
 * `kind` is `'rate_limit_error'`; it comes from HTTP 429.
 */
class RateLimitError extends PayIntentError {}
/**
 * An idempotency key was reused with other parameters, or is in use by another request. Its `kind`
 * is `'idempotency_error'`; it comes from HTTP 400 or 409.
 */
class IdempotencyError extends PayIntentError {}
/**
 * The API failed on its side, or answered with something that could not be read. Its `kind` is
 * `'api_error'`; it comes from HTTP 500, 502, 503 or 504.
 */
class APIError extends PayIntentError {}
/**
 * The API could not be reached: DNS, TCP, TLS or a dropped connection. Its `kind` is
 * `'connection_error'`.
 */
class APIConnectionError extends PayIntentError {}
/**
 * A per-attempt timeout or the overall deadline passed before an answer came. Its `kind` is
 * `'timeout_error'`.
 */
class APITimeoutError extends APIConnectionError {}
/**
 * Bad input, refused on the client before anything was sent. Its `kind` is
 * `'invalid_argument_error'`.
 */
class InvalidArgumentError extends PayIntentError {}
/**
 * A webhook delivery failed verification: no or malformed signature header, no matching signature,
 * or a timestamp outside the tolerance. Its `kind` is `'signature_verification_error'`.
 */
class SignatureVerificationError extends PayIntentError {}
/**
 * The caller cancelled the call before it had an outcome; a POST may have reached the API, so
 * retry it with the error's idempotency key. Its `kind` is `'cancelled_error'`.
 */
class RequestCancelledError extends PayIntentError {}

/** The class of each `kind`. */
const BY_KIND = Object.freeze({
  card_error: CardError,
  invalid_request_error: InvalidRequestError,
  authentication_error: AuthenticationError,
  permission_error: PermissionError,
  rate_limit_error: RateLimitError,
  idempotency_error: IdempotencyError,
  api_error: APIError,
  connection_error: APIConnectionError,
  timeout_error: APITimeoutError,
  invalid_argument_error: InvalidArgumentError,
  signature_verification_error: SignatureVerificationError,
  cancelled_error: RequestCancelledError,
});

module.exports = {
  CardError,
  InvalidRequestError,
  AuthenticationError,
  PermissionError,
  RateLimitError,
  IdempotencyError,
  APIError,
  APIConnectionError,
  APITimeoutError,
  InvalidArgumentError,
  SignatureVerificationError,
  RequestCancelledError,
  BY_KIND,
};
