'use strict';

// Redacted rendering of PaymentIntents: `util.inspect` / `console.log` and
// `toString()` never show `client_secret`, which stays a plain, readable
// (and JSON-serialisable) property of the object. Also for the PaymentIntent
// inside an event's `data.object`.

const util = require('node:util');

const REDACTED = '[redacted]';

function shortForm(pi) {
  const amount = pi.currency ? `${pi.amount} ${pi.currency}` : `${pi.amount}`;
  return `PaymentIntent(${pi.id}, status=${pi.status}, amount=${amount})`;
}

function inspectPaymentIntent(depth, options, inspect) {
  if (depth < 0) return options.stylize(`[${shortForm(this)}]`, 'special');
  // Own enumerable properties only: the hidden helpers are not copied.
  const shown = Object.assign({}, this);
  if (shown.client_secret !== undefined && shown.client_secret !== null) shown.client_secret = REDACTED;
  const nested = { ...options, depth: options.depth === null || options.depth === undefined ? options.depth : options.depth - 1 };
  return `PaymentIntent ${(inspect || util.inspect)(shown, nested)}`;
}

function toString() {
  return shortForm(this);
}

/** Give a PaymentIntent object (parsed JSON) its redacted renderings. */
function redactPaymentIntent(pi) {
  if (pi === null || typeof pi !== 'object') return pi;
  Object.defineProperty(pi, util.inspect.custom, { value: inspectPaymentIntent, enumerable: false, configurable: true, writable: true });
  Object.defineProperty(pi, 'toString', { value: toString, enumerable: false, configurable: true, writable: true });
  return pi;
}

/** A result: one PaymentIntent, or a list/search page of them. */
function redactResult(value) {
  if (value !== null && typeof value === 'object' && Array.isArray(value.data)) {
    value.data.forEach(redactPaymentIntent);
    return value;
  }
  return redactPaymentIntent(value);
}

/** An event: its `data.object` when that is a PaymentIntent. */
function redactEvent(event) {
  const obj = event !== null && typeof event === 'object' && event.data ? event.data.object : null;
  if (obj !== null && typeof obj === 'object' && obj.object === 'payment_intent') redactPaymentIntent(obj);
  return event;
}

/** An event, or a list page of them. */
function redactEventResult(value) {
  if (value !== null && typeof value === 'object' && value.object === 'list' && Array.isArray(value.data)) {
    value.data.forEach(redactEvent);
    return value;
  }
  return redactEvent(value);
}

module.exports = { redactPaymentIntent, redactResult, redactEvent, redactEventResult, REDACTED };
