'use strict';

// Public JavaScript API of payintent. The work (validation, encoding,
// retries, error mapping) happens in the Rust core through the native addon
// in ../native; this layer turns arguments into JSON text, parses results
// (outcome.js), wires AbortSignals and request hooks (calls.js, hooks.js) and
// raises the error subclass that matches the native error's `kind`.

const util = require('node:util');
const native = require('../native/index.js');
const errors = require('./errors.js');
const { encodeCall, encodeConfig, isBareCall, isPlainObjectArg } = require('./encode.js');
const { redactPaymentIntent, redactResult } = require('./redact.js');
const { result } = require('./outcome.js');
const { invoke, cancelFor, deliverTo } = require('./calls.js');
const { Hooks } = require('./hooks.js');
const { Events } = require('./events.js');
const webhooks = require('./webhooks.js');
const { checkParamNames } = require('./check-params.js');

const { fromNative } = errors;

/** Async iterator over every PaymentIntent of a list or search. */
class AutoPager {
  #client;
  #kind;
  #params;
  #options;
  #pager = null;
  #hook = null;
  #finished = false;

  constructor(client, kind, params, options) {
    this.#client = client;
    this.#kind = kind;
    this.#params = params;
    this.#options = options;
  }

  async next() {
    if (this.#finished) return { done: true, value: undefined };
    if (this.#pager === null) {
      try {
        checkParamNames(this.#kind, this.#params);
        const { text, signal } = encodeCall(null, this.#params, this.#options);
        this.#hook = cancelFor(signal);
        this.#pager = this.#client.pager(this.#kind, text, this.#hook ? this.#hook.cancel : undefined);
      } catch (e) {
        this.#finish();
        throw e;
      }
    }
    const pager = this.#pager;
    let value;
    try {
      value = await invoke((id) => pager.next(id), (out) => redactPaymentIntent(result(out, (v) => v)), this.#hook, true);
    } catch (e) {
      this.#finish();
      throw e;
    }
    if (value === undefined) {
      this.#finish();
      return { done: true, value: undefined };
    }
    return { done: false, value };
  }

  #finish() {
    this.#finished = true;
    if (this.#hook) this.#hook.release();
    this.#hook = null;
  }

  async return() {
    this.#finish();
    return { done: true, value: undefined };
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  /** Collect the remaining items (at most `limit` if given) into an array. */
  async toArray(limit) {
    const out = [];
    while (limit === undefined || out.length < limit) {
      const r = await this.next();
      if (r.done) break;
      out.push(r.value);
    }
    return out;
  }
}

const finishResult = (text) => result(text, redactResult);

/** The PaymentIntents resource: `client.paymentIntents`. */
class PaymentIntents {
  #native;

  constructor(nativeClient) {
    this.#native = nativeClient;
  }

  #call(op, id, params, options) {
    if (isBareCall(id, params, options)) {
      const intent = id ?? null;
      return invoke((n) => this.#native.call(n, op, intent, null), finishResult, null);
    }
    let text;
    let hook;
    try {
      checkParamNames(op, params);
      let signal;
      ({ text, signal } = encodeCall(id, params, options));
      hook = cancelFor(signal);
    } catch (e) {
      return Promise.reject(e);
    }
    return invoke((n, cancel) => this.#native.call(n, op, null, text, cancel), finishResult, hook);
  }

  create(params, options) {
    return this.#call('create', null, params, options);
  }
  retrieve(id, params, options) {
    return this.#call('retrieve', id, params, options);
  }
  update(id, params, options) {
    return this.#call('update', id, params, options);
  }
  list(params, options) {
    return this.#call('list', null, params, options);
  }
  search(params, options) {
    return this.#call('search', null, params, options);
  }
  confirm(id, params, options) {
    return this.#call('confirm', id, params, options);
  }
  capture(id, params, options) {
    return this.#call('capture', id, params, options);
  }
  cancel(id, params, options) {
    return this.#call('cancel', id, params, options);
  }
  incrementAuthorization(id, params, options) {
    return this.#call('increment_authorization', id, params, options);
  }
  applyCustomerBalance(id, params, options) {
    return this.#call('apply_customer_balance', id, params, options);
  }
  verifyMicrodeposits(id, params, options) {
    return this.#call('verify_microdeposits', id, params, options);
  }

  listAutoPaging(params, options) {
    return new AutoPager(this.#native, 'list', params, options);
  }
  searchAutoPaging(params, options) {
    return new AutoPager(this.#native, 'search', params, options);
  }

  [util.inspect.custom]() {
    return 'PaymentIntents {}';
  }
}

/** A client for one account of Stripe or LeanRails. */
class Client {
  #native;
  #hooks;

  constructor(config) {
    if (!isPlainObjectArg(config)) {
      throw new TypeError('new Client(config) needs a config object such as { apiKey: "sk_test_..." }');
    }
    // The hooks hold no reference to the client (the native side keeps the
    // delivering function alive, which must not keep the client alive).
    let setObserving = () => {};
    const hooks = new Hooks((on) => setObserving(on));
    const created = native.createClient(encodeConfig(config), deliverTo((e) => hooks.emit(e)));
    if (!(created instanceof native.NativeClient)) throw fromNative(created);
    const weak = new WeakRef(created);
    setObserving = (on) => weak.deref()?.setObserving(on);
    this.#native = created;
    this.#hooks = hooks;
    Object.defineProperty(this, 'paymentIntents', {
      value: new PaymentIntents(created),
      enumerable: false,
      writable: false,
    });
    Object.defineProperty(this, 'events', {
      value: new Events(created),
      enumerable: false,
      writable: false,
    });
    // The same functions as the package's `webhooks`, as `stripe.webhooks`.
    Object.defineProperty(this, 'webhooks', {
      value: webhooks,
      enumerable: false,
      writable: false,
    });
  }

  /**
   * Call `fn(event)` for every `request`, `response`, `retry`, `error` or
   * `cancelled` step of this client's calls (see README, "Request hooks").
   */
  on(name, fn) {
    this.#hooks.on(name, fn);
    return this;
  }

  /** Stop calling `fn` for `name`. */
  off(name, fn) {
    this.#hooks.off(name, fn);
    return this;
  }

  /** Call `fn` for the next `name` event only. */
  once(name, fn) {
    this.#hooks.once(name, fn);
    return this;
  }

  /** The base URL requests go to (no trailing slash). */
  get baseUrl() {
    return this.#native.baseUrl;
  }

  /** The wire profile: 'stripe' or 'leanrails'. */
  get profile() {
    return this.#native.profile;
  }

  toJSON() {
    return { baseUrl: this.baseUrl, profile: this.profile, apiKey: this.#native.redactedKey };
  }

  [util.inspect.custom](depth, opts, inspect) {
    return `Client ${(inspect || util.inspect)(this.toJSON(), opts)}`;
  }

  toString() {
    return `Client(${this.profile}, ${this.baseUrl}, ${this.#native.redactedKey})`;
  }
}

// The error classes come from the generated table (error-classes.js); the
// generated index.mjs re-exports each by name for ESM.
// eslint-disable-next-line no-unused-vars
const { fromNative: _fromNative, ...errorClasses } = errors;
const VERSION = require('../package.json').version;

module.exports = {
  Client,
  PaymentIntents,
  Events,
  webhooks,
  ...errorClasses,
  VERSION,
};
