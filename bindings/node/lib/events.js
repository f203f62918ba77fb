'use strict';

// The Events resource, `client.events`: the polling fallback for webhooks.
// `retrieve` and `list` run in the Rust core (the native `events` call),
// which also refuses list parameters it has no field for, before sending.

const util = require('node:util');
const { encodeCall } = require('./encode.js');
const { fromNative } = require('./errors.js');
const { unwrap } = require('./outcome.js');
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
    return unwrap(await this.#native.events('retrieve', encodeCall(id, null, options)), redactEventResult);
  }

  /** One page of events, newest first; filters `type`, `types`, `created`, `delivery_success` and cursors. */
  async list(params, options) {
    return unwrap(await this.#native.events('list', encodeCall(null, params, options)), redactEventResult);
  }

  [util.inspect.custom]() {
    return 'Events {}';
  }
}

module.exports = { Events };
