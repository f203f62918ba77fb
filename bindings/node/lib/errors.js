'use strict';

// Error classes. Every field comes from the native error object, which the
// Rust binding fills from the core error (src/error.rs); this file only picks
// the subclass that matches `kind`.

const { redactPaymentIntent } = require('./redact.js');

class PayIntentError extends Error {
  constructor(fields) {
    const f = fields || {};
    super(typeof f.message === 'string' ? f.message : 'payintent error');
    this.name = new.target.name;
    /** Stable taxonomy code shared by every language, e.g. 'card_error'. */
    this.kind = f.kind || 'api_error';
    this.code = f.code ?? null;
    this.httpStatus = f.httpStatus ?? null;
    this.param = f.param ?? null;
    this.declineCode = f.declineCode ?? null;
    this.requestId = f.requestId ?? null;
    this.idempotencyKey = f.idempotencyKey ?? null;
    this.type = f.errorType ?? null;
    this.docUrl = f.docUrl ?? null;
    this.paymentIntent = f.paymentIntentJson ? redactPaymentIntent(JSON.parse(f.paymentIntentJson)) : null;
  }
}

class CardError extends PayIntentError {}
class InvalidRequestError extends PayIntentError {}
class AuthenticationError extends PayIntentError {}
class PermissionError extends PayIntentError {}
class RateLimitError extends PayIntentError {}
class IdempotencyError extends PayIntentError {}
class APIError extends PayIntentError {}
class APIConnectionError extends PayIntentError {}
class APITimeoutError extends PayIntentError {}
class InvalidArgumentError extends PayIntentError {}

const BY_KIND = {
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
};

/** Build the matching subclass from a native error object. */
function fromNative(native) {
  const Cls = BY_KIND[native && native.kind] || PayIntentError;
  return new Cls(native);
}

module.exports = {
  PayIntentError,
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
  fromNative,
};
