'use strict';

// A native result made into a JavaScript value: the one JSON text
// `[meta | null, value]` (src/reply.rs) parsed once; the value (API spelling)
// gets its redacted renderings and a non-enumerable `lastResponse` with the
// HTTP facts: requestId, statusCode (also as httpStatus), headers (lower-case
// names), idempotencyKey, idempotentReplayed, attempts.

/** The value of result text `text`, given its redacted renderings by `redact`. */
function result(text, redact) {
  const [meta, value] = JSON.parse(text);
  redact(value);
  if (meta !== null) {
    meta.statusCode = meta.httpStatus;
    Object.defineProperty(value, 'lastResponse', {
      value: meta,
      enumerable: false,
      writable: false,
      configurable: true,
    });
  }
  return value;
}

module.exports = { result };
