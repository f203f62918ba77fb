'use strict';

// The base class of every payintent error, with the fields every error has.
// Every field comes from the native error object, which the Rust binding fills
// from the core error (src/error.rs); the subclasses are in error-classes.js.

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
    /** The HTTP status, as stripe-node's StripeError names it (same as httpStatus). */
    this.statusCode = this.httpStatus;
    /** The response headers (lower-case names), when a response arrived. */
    this.headers = f.headersJson ? JSON.parse(f.headersJson) : null;
    this.param = f.param ?? null;
    this.declineCode = f.declineCode ?? null;
    this.requestId = f.requestId ?? null;
    this.idempotencyKey = f.idempotencyKey ?? null;
    this.type = f.errorType ?? null;
    this.docUrl = f.docUrl ?? null;
    this.paymentIntent = f.paymentIntentJson ? redactPaymentIntent(JSON.parse(f.paymentIntentJson)) : null;
  }
}

module.exports = { PayIntentError };
