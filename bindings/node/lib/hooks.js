'use strict';

// Request hooks of a client, like stripe-node's `stripe.on('request', fn)`:
// `request`, `response`, `retry`, `error` and `cancelled` events built from
// the core's request events, with stripe-node's field names where they match
// (method, path, idempotency_key, account, status, request_id, elapsed,
// request_start_time, request_end_time) plus attempt, error_kind and
// retry_delay. Times are milliseconds. Events never carry the API key. The
// native side forwards events only while at least one listener exists.

const EVENTS = Object.freeze(['request', 'response', 'retry', 'error', 'cancelled']);

/** The JS event of a native one. */
function eventOf(n) {
  const e = { method: n.method, path: n.path, attempt: n.attempt };
  if (n.idempotencyKey != null) e.idempotency_key = n.idempotencyKey;
  if (n.stripeAccount != null) e.account = n.stripeAccount;
  if (n.status != null) e.status = n.status;
  if (n.requestId != null) e.request_id = n.requestId;
  if (n.errorKind != null) e.error_kind = n.errorKind;
  if (n.retryDelayMs != null) e.retry_delay = n.retryDelayMs;
  if (n.durationMs != null) e.elapsed = n.durationMs;
  if (n.kind === 'request') {
    e.request_start_time = n.timeMs;
  } else if (n.kind === 'response' || n.kind === 'error') {
    e.request_start_time = n.timeMs - (n.durationMs ?? 0);
    e.request_end_time = n.timeMs;
  }
  return e;
}

class Hooks {
  #listeners = new Map(EVENTS.map((name) => [name, []]));
  #count = 0;
  #setObserving;

  /** `setObserving(bool)` turns native forwarding on and off. */
  constructor(setObserving) {
    this.#setObserving = setObserving;
  }

  #list(name) {
    const list = this.#listeners.get(name);
    if (list === undefined) throw new TypeError(`unknown event ${String(name)}; expected one of ${EVENTS.join(', ')}`);
    return list;
  }

  on(name, fn) {
    if (typeof fn !== 'function') throw new TypeError('a listener must be a function');
    this.#list(name).push(fn);
    if (this.#count++ === 0) this.#setObserving(true);
  }

  off(name, fn) {
    const list = this.#list(name);
    const i = list.lastIndexOf(fn);
    if (i < 0) return;
    list.splice(i, 1);
    if (--this.#count === 0) this.#setObserving(false);
  }

  once(name, fn) {
    if (typeof fn !== 'function') throw new TypeError('a listener must be a function');
    const wrapped = (e) => {
      this.off(name, wrapped);
      fn(e);
    };
    this.on(name, wrapped);
  }

  /** Deliver a native event to its listeners; a throwing listener does not stop the others. */
  emit(native) {
    const list = this.#listeners.get(native.kind);
    if (list === undefined || list.length === 0) return;
    const event = eventOf(native);
    for (const fn of [...list]) {
      try {
        fn(event);
      } catch (err) {
        process.nextTick(() => {
          throw err;
        });
      }
    }
  }
}

module.exports = { Hooks, EVENTS };
