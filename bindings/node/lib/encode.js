'use strict';

// Arguments to the JSON text the native addon reads. JSON has no Infinity
// or NaN (JSON.stringify would silently turn them into null, i.e. "not
// given"), so a non-finite number anywhere is refused here with
// InvalidArgumentError, naming the parameter in API spelling. stripe-node's
// option names `timeout` and `maxNetworkRetries` are accepted as synonyms.

const { fromNative } = require('./errors.js');

function isPlainObjectArg(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function checkObject(value, what) {
  if (value === undefined || value === null) return null;
  if (!isPlainObjectArg(value)) {
    throw new TypeError(`${what} must be an object, got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`);
  }
  return value;
}

/** `timeoutMs` → `timeout_ms`, as the native side names parameters. */
function snakeCase(name) {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** `{ path, value }` of the first non-finite number inside `value`, or null. */
function findNonFinite(value, path, seen) {
  if (typeof value === 'number') return Number.isFinite(value) ? null : { path, value };
  if (value === null || typeof value !== 'object' || seen.has(value)) return null;
  seen.add(value);
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
  for (const [k, v] of entries) {
    const found = findNonFinite(v, path === '' ? snakeCase(k) : `${path}[${k}]`, seen);
    if (found !== null) return found;
  }
  return null;
}

function refuseNonFinite(value, what) {
  const found = findNonFinite(value, '', new Set());
  if (found === null) return;
  throw fromNative({
    kind: 'invalid_argument_error',
    message: `${what} ${found.path} must be a finite number, got ${found.value}`,
    param: found.path,
  });
}

// stripe-node's option names, accepted as synonyms of ours (same units).
const SYNONYMS = [
  ['timeout', 'timeoutMs'],
  ['maxNetworkRetries', 'maxRetries'],
];

/** `value` with stripe-node's option names renamed to ours; both spellings at once is an error. */
function renameSynonyms(value, what) {
  if (value === null) return null;
  let out = value;
  for (const [theirs, ours] of SYNONYMS) {
    if (!Object.prototype.hasOwnProperty.call(value, theirs)) continue;
    if (Object.prototype.hasOwnProperty.call(value, ours)) {
      throw fromNative({
        kind: 'invalid_argument_error',
        message: `${what} ${theirs} and ${ours} are the same setting; give one`,
        param: snakeCase(ours),
      });
    }
    if (out === value) out = { ...value };
    out[ours] = out[theirs];
    delete out[theirs];
  }
  return out;
}

/** `[id, params, options]` of one call, as JSON text. */
function encodeCall(id, params, options) {
  const p = checkObject(params, 'params');
  const o = renameSynonyms(checkObject(options, 'options'), 'option');
  refuseNonFinite(p, 'parameter');
  refuseNonFinite(o, 'option');
  return JSON.stringify([id === undefined ? null : id, p, o]);
}

/** Client settings as JSON text. */
function encodeConfig(config) {
  const c = renameSynonyms(config, 'client option');
  refuseNonFinite(c, 'client option');
  return JSON.stringify(c);
}

module.exports = { encodeCall, encodeConfig, isPlainObjectArg };
