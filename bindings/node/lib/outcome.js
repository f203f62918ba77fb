'use strict';

// A native outcome made into a JavaScript result: the parsed object (API
// spelling) with a non-enumerable `lastResponse` holding the HTTP facts, or
// the error subclass that matches the native error's `kind`, thrown.

const { fromNative } = require('./errors.js');

function meta(m) {
  return {
    requestId: m.requestId ?? null,
    httpStatus: m.httpStatus,
    idempotencyKey: m.idempotencyKey ?? null,
    idempotentReplayed: m.idempotentReplayed,
    attempts: m.attempts,
  };
}

/** The result of `out`, given its redacted renderings by `redact`, or throw its error. */
function unwrap(out, redact) {
  if (out.error) throw fromNative(out.error);
  const value = redact(JSON.parse(out.body));
  if (out.meta) {
    Object.defineProperty(value, 'lastResponse', {
      value: meta(out.meta),
      enumerable: false,
      writable: false,
      configurable: true,
    });
  }
  return value;
}

module.exports = { unwrap };
