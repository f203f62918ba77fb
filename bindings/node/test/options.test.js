'use strict';

// Timeouts, deadlines and retry counts of any value never crash the binding:
// non-finite, negative, fractional or out-of-range numbers are
// InvalidArgumentError before anything is sent; large whole numbers of
// milliseconds are passed to the core, which uses or rejects them (with the
// same kind). JSON cannot carry Infinity/NaN, so they are caught in JS.

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');

const payintent = require('..');
const { startSandbox, API_KEY } = require('./helpers');

let sandbox;
let client;
before(async () => {
  sandbox = await startSandbox();
  client = new payintent.Client({ apiKey: API_KEY, baseUrl: sandbox.url, maxRetries: 0 });
});
after(() => sandbox && sandbox.stop());

const A = payintent.InvalidArgumentError;
const BAD = [Infinity, -Infinity, NaN, -1, 0, 1.5, 1e300, 2 ** 64, -(2 ** 70), Number.MIN_VALUE, '100', true, [], {}];

describe('durations and retries', () => {
  it('unusable timeouts and deadlines are InvalidArgumentError, per call and per client', async () => {
    await sandbox.clearRequests();
    for (const value of BAD) {
      for (const [name, param] of [['timeoutMs', 'timeout_ms'], ['deadlineMs', 'deadline_ms']]) {
        const err = await client.paymentIntents.create({ amount: 500, currency: 'usd' }, { [name]: value }).catch((e) => e);
        assert.ok(err instanceof A, `${name}=${String(value)}: ${err}`);
        assert.equal(err.kind, 'invalid_argument_error');
        assert.equal(err.param, param, `${name}=${String(value)}`);
        assert.throws(() => new payintent.Client({ apiKey: API_KEY, [name]: value }), (e) => e instanceof A && e.param === param,
          `client ${name}=${String(value)}`);
      }
      assert.throws(() => new payintent.Client({ apiKey: API_KEY, connectTimeoutMs: value }), (e) => e instanceof A);
      const pager = client.paymentIntents.listAutoPaging({}, { timeoutMs: value });
      await assert.rejects(pager.next(), (e) => e instanceof A, `pager timeoutMs=${String(value)}`);
    }
    assert.deepEqual(await sandbox.requests(), []);
  });

  it('unusable retry counts are InvalidArgumentError', async () => {
    for (const value of [Infinity, NaN, -1, 11, 2 ** 53, 2.5, 'two']) {
      const err = await client.paymentIntents.list({}, { maxRetries: value }).catch((e) => e);
      assert.ok(err instanceof A && err.param === 'max_retries', `maxRetries=${String(value)}: ${err}`);
      assert.throws(() => new payintent.Client({ apiKey: API_KEY, maxRetries: value }), (e) => e instanceof A);
    }
  });

  it("stripe-node's option names timeout and maxNetworkRetries are synonyms of ours", async () => {
    const A = payintent.InvalidArgumentError;
    const bad = await client.paymentIntents.list({}, { maxNetworkRetries: -1 }).catch((e) => e);
    assert.ok(bad instanceof A && bad.param === 'max_retries', String(bad));
    const slow = await client.paymentIntents.list({}, { timeout: 0 }).catch((e) => e);
    assert.ok(slow instanceof A && slow.param === 'timeout_ms', String(slow));
    const both = await client.paymentIntents.list({}, { timeout: 5, timeoutMs: 5 }).catch((e) => e);
    assert.ok(both instanceof A && both.param === 'timeout_ms', String(both));
    assert.throws(() => new payintent.Client({ apiKey: API_KEY, maxNetworkRetries: 11 }), (e) => e instanceof A);
    const ok = new payintent.Client({ apiKey: API_KEY, baseUrl: sandbox.url, maxNetworkRetries: 0, timeout: 5000 });
    const page = await ok.paymentIntents.list({ limit: 1 }, { maxNetworkRetries: 0, timeout: 5000 });
    assert.equal(page.object, 'list');
  });

  it('non-finite numbers inside parameters name the parameter', async () => {
    const err = await client.paymentIntents.create({ amount: Infinity, currency: 'usd' }).catch((e) => e);
    assert.ok(err instanceof A, String(err));
    assert.equal(err.param, 'amount');
    assert.match(err.message, /finite/);
    const nested = await client.paymentIntents
      .create({ amount: 500, currency: 'usd', payment_method_options: { card: { limits: [1, NaN] } } })
      .catch((e) => e);
    assert.equal(nested.param, 'payment_method_options[card][limits][1]');
  });

  it('large whole numbers of milliseconds are used or rejected by the core, never a crash', async () => {
    for (const value of [2 ** 31, 1e12, Number.MAX_SAFE_INTEGER, 2 ** 63]) {
      for (const make of [
        () => new payintent.Client({ apiKey: API_KEY, baseUrl: sandbox.url, timeoutMs: value, deadlineMs: value, connectTimeoutMs: value }),
        () => client,
      ]) {
        let pi;
        try {
          pi = await make().paymentIntents.create({ amount: 500, currency: 'usd' }, { timeoutMs: value, deadlineMs: value });
        } catch (e) {
          assert.ok(e instanceof A, `ms=${value}: ${e && e.kind}: ${e && e.message}`);
          assert.match(e.param, /^(timeout_ms|deadline_ms|connect_timeout_ms|timeout|deadline|connect_timeout)$/);
          continue;
        }
        assert.equal(pi.status, 'requires_payment_method');
      }
    }
  });
});
