'use strict';

// Arguments to the JSON text the native addon reads. JSON has no Infinity
// or NaN (JSON.stringify would silently turn them into null, i.e. "not
// given"), so a non-finite number anywhere is refused here with
// InvalidArgumentError, naming the parameter in API spelling. stripe-node's
// option names `timeout` and `maxNetworkRetries` are accepted as synonyms.
// A call's `signal` option is taken out here (it cannot travel as JSON).

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
  if (value === null) return;
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

/**
 * Whether a call has neither parameters nor options, and no id or a string
 * one (`retrieve(id)`, say): it needs no JSON text, the native side takes
 * the id as it is.
 */
function isBareCall(id, params, options) {
  return params == null && options == null && (id == null || typeof id === 'string');
}

/**
 * `[id, params, options]` of one call as JSON `text`, and the AbortSignal
 * given as `options.signal` (null without one), which is not sent.
 */
function encodeCall(id, params, options) {
  const p = checkObject(params, 'params');
  let o = checkObject(options, 'options');
  let signal = null;
  if (o !== null && Object.prototype.hasOwnProperty.call(o, 'signal')) {
    signal = o.signal ?? null;
    o = { ...o };
    delete o.signal;
  }
  o = renameSynonyms(o, 'option');
  refuseNonFinite(p, 'parameter');
  refuseNonFinite(o, 'option');
  return { text: JSON.stringify([id === undefined ? null : id, p, o]), signal };
}

/** One root certificate: PEM text, or a Buffer/Uint8Array of it. */
function pemText(v) {
  if (typeof v === 'string') return v;
  if (v instanceof Uint8Array) return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('latin1');
  throw fromNative({
    kind: 'invalid_argument_error',
    message: `ca must be PEM text, a Buffer or an array of them, got ${v === null ? 'null' : typeof v}`,
    param: 'root_certificates',
  });
}

/** Client settings as JSON text; `ca` (PEM text, Buffer, or an array of them) becomes an array of text. */
function encodeConfig(config) {
  let c = renameSynonyms(config, 'client option');
  if (c.ca !== undefined && c.ca !== null) {
    c = { ...c, ca: (Array.isArray(c.ca) ? c.ca : [c.ca]).map(pemText) };
  }
  refuseNonFinite(c, 'client option');
  return JSON.stringify(c);
}

module.exports = { encodeCall, encodeConfig, isBareCall, isPlainObjectArg };
