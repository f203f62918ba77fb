'use strict';

// `payintent.webhooks` (also `client.webhooks`): checking the signature of a
// webhook delivery and reading its event, and making a valid signature
// header for tests. The check (HMAC-SHA256, rotated secrets, tolerance,
// constant-time comparison) runs in the Rust core; this file only turns the
// JavaScript arguments into bytes and strings.

const native = require('../native/index.js');
const { fromNative } = require('./errors.js');
const { redactEvent } = require('./redact.js');

/** The default tolerance of `constructEvent`, in seconds. */
const DEFAULT_TOLERANCE = 300;

function invalid(param, message) {
  return fromNative({ kind: 'invalid_argument_error', message, param });
}

function describe(v) {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v;
}

/** The raw body as a Buffer (a string is taken as UTF-8). */
function payloadBytes(payload) {
  if (typeof payload === 'string') return Buffer.from(payload, 'utf8');
  if (Buffer.isBuffer(payload)) return payload;
  if (payload instanceof Uint8Array) return Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
  throw invalid(
    'payload',
    `the webhook payload must be the raw request body (a Buffer, Uint8Array or string), got ${describe(payload)}; ` +
      'a parsed JSON object cannot be verified',
  );
}

/** The `Stripe-Signature` header as text; a missing header is '' (the core reports it). */
function headerText(header) {
  if (header === undefined || header === null) return '';
  if (typeof header === 'string') return header;
  if (Buffer.isBuffer(header)) return header.toString('utf8');
  if (Array.isArray(header) && header.every((h) => typeof h === 'string')) return header.join(',');
  throw invalid('header', `the Stripe-Signature header must be a string, got ${describe(header)}`);
}

function secretText(secret) {
  if (typeof secret !== 'string') throw invalid('secret', `the webhook secret must be a string, got ${describe(secret)}`);
  return secret;
}

/**
 * Verify a delivery and return its event (plain object, API spelling).
 * `payload` is the raw body, `header` the `Stripe-Signature` header,
 * `secret` the endpoint's `whsec_...` secret, `tolerance` the accepted age
 * of the signature in seconds (default 300; 0 accepts any age).
 */
function constructEvent(payload, header, secret, tolerance) {
  const bytes = payloadBytes(payload);
  const text = headerText(header);
  const key = secretText(secret);
  if (tolerance !== undefined && tolerance !== null && typeof tolerance !== 'number') {
    throw invalid('tolerance', `tolerance must be a number of seconds, got ${describe(tolerance)}`);
  }
  const out = native.webhookConstructEvent(bytes, text, key, tolerance ?? undefined);
  if (typeof out !== 'string') throw fromNative(out);
  return redactEvent(JSON.parse(out));
}

const HEADER_OPTIONS = ['payload', 'secret', 'timestamp'];

/** A valid `Stripe-Signature` header for `{ payload, secret, timestamp? }` (Unix seconds; now when absent), for tests. */
function generateTestHeaderString(opts) {
  if (opts === null || typeof opts !== 'object' || Array.isArray(opts)) {
    throw new TypeError('generateTestHeaderString needs { payload, secret, timestamp? }');
  }
  for (const k of Object.keys(opts)) {
    if (!HEADER_OPTIONS.includes(k)) throw invalid(k, `generateTestHeaderString has no option ${k}; expected ${HEADER_OPTIONS.join(', ')}`);
  }
  const { timestamp } = opts;
  if (timestamp !== undefined && timestamp !== null && !Number.isSafeInteger(timestamp)) {
    throw invalid('timestamp', `timestamp must be a whole number of Unix seconds, got ${String(timestamp)}`);
  }
  return native.webhookGenerateTestHeader(payloadBytes(opts.payload), secretText(opts.secret), timestamp ?? undefined);
}

module.exports = Object.freeze({ constructEvent, generateTestHeaderString, DEFAULT_TOLERANCE });
