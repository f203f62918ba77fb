'use strict';

// Native calls in flight. Each call gets a number; the client's channel
// (src/channel.rs) calls `deliver(id, text, error, event)` on the JS thread
// with its outcome, and `id` 0 carries a request event for the client's
// hooks. A call given an AbortSignal gets a native cancel switch: aborting
// (or a signal already aborted) ends the call in the core, which rejects it
// with RequestCancelledError carrying the idempotency key; its `cause` is the
// signal's `reason`.

const native = require('../native/index.js');
const { fromNative } = require('./errors.js');

// Call `n` is slot n - 1 of `inFlight`; the number of an ended call is used
// again (the native side delivers each call's outcome exactly once). An
// array and a free list, not a Map: a Map shrinks its table each time it
// empties, which a sequence of single calls would pay on every call.
const inFlight = [];
const freeIds = [];

function register(call) {
  const id = freeIds.length > 0 ? freeIds.pop() : inFlight.push(undefined);
  inFlight[id - 1] = call;
  return id;
}

/** The call numbered `id`, taken out of flight (undefined if none). */
function take(id) {
  const call = inFlight[id - 1];
  if (call === undefined) return undefined;
  inFlight[id - 1] = undefined;
  freeIds.push(id);
  return call;
}

function isAbortSignal(s) {
  return s !== null && typeof s === 'object' && typeof s.aborted === 'boolean' && typeof s.addEventListener === 'function';
}

/** A native cancel switch wired to `signal` (none without one); `release()` unhooks it. */
function cancelFor(signal) {
  if (signal === undefined || signal === null) return null;
  if (!isAbortSignal(signal)) throw new TypeError('options.signal must be an AbortSignal');
  const cancel = new native.NativeCancel();
  if (signal.aborted) {
    cancel.cancel();
    return { cancel, signal, release() {} };
  }
  const onAbort = () => cancel.cancel();
  signal.addEventListener('abort', onAbort, { once: true });
  return { cancel, signal, release: () => signal.removeEventListener('abort', onAbort) };
}

/**
 * Start a call with `start(id, cancelSwitch)`; resolves with `finish(text)`
 * of its JSON text (or `undefined` at a pager's end), or rejects with its
 * error. `hook` is from `cancelFor` (or null); `keep` leaves it hooked (pagers).
 */
function invoke(start, finish, hook, keep) {
  return new Promise((resolve, reject) => {
    const id = register({ resolve, reject, finish, hook, keep });
    try {
      start(id, hook ? hook.cancel : undefined);
    } catch (e) {
      take(id);
      reject(e);
    }
  });
}

function settle(id, text, error) {
  const call = take(id);
  if (call === undefined) return;
  const { hook } = call;
  if (hook && !call.keep) hook.release();
  if (error) {
    const e = fromNative(error);
    if (hook && e.kind === 'cancelled_error' && hook.signal.aborted) e.cause = hook.signal.reason;
    call.reject(e);
    return;
  }
  try {
    call.resolve(text === null || text === undefined ? undefined : call.finish(text));
  } catch (e) {
    call.reject(e);
  }
}

/** The `deliver` function of one native client; events go to `onEvent`. */
function deliverTo(onEvent) {
  return (id, text, error, event) => {
    if (id === 0) {
      if (event) onEvent(event);
      return;
    }
    settle(id, text, error);
  };
}

module.exports = { invoke, cancelFor, deliverTo };
