'use strict';

// The Events resource, `client.events`: the polling fallback for webhooks.
// `retrieve` and `list` run in the Rust core (the native `events` call),
// which also refuses list parameters it has no field for, before sending.
// Both take `{ signal }` among their options, like every call.

const util = require('node:util');
const { encodeCall } = require('./encode.js');
const { fromNative } = require('./errors.js');
const { result } = require('./outcome.js');
const { invoke, cancelFor } = require('./calls.js');
const { redactEventResult } = require('./redact.js');

class Events {
  #native;

  constructor(nativeClient) {
    this.#native = nativeClient;
  }

  /** One event by id (`evt_...`). */
  async retrieve(id, options) {
    if (typeof id !== 'string') {
      throw fromNative({
        kind: 'invalid_argument_error',
        message: `events.retrieve needs an event id string, got ${id === null ? 'null' : typeof id}`,
        param: 'id',
      });
    }
    return this.#call('retrieve', encodeCall(id, null, options));
  }

  /** One page of events, newest first; filters `type`, `types`, `created`, `delivery_success` and cursors. */
  async list(params, options) {
    return this.#call('list', encodeCall(null, params, options));
  }

  #call(op, { text, signal }) {
    return invoke(
      (id, cancel) => this.#native.events(id, op, text, cancel),
      (out) => result(out, redactEventResult),
      cancelFor(signal),
    );
  }

  [util.inspect.custom]() {
    return 'Events {}';
  }
}

module.exports = { Events };
