'use strict';

// Request hooks (`client.on`/`off`/`once`): request, response, retry, error
// and cancelled events with stripe-node's field names, delivered on the JS
// thread before the call settles; never the API key.

const { describe, it, after } = require('node:test');
const assert = require('node:assert/strict');

const payintent = require('..');
const { fakeApi, sendIntent, silentServer } = require('./fake-api');

const KEY = 'sk_test_hooks_secret_4242';
const closers = [];
after(() => Promise.all(closers.map((c) => c())));

function record(client) {
  const events = [];
  const fns = {};
  for (const name of ['request', 'response', 'retry', 'error', 'cancelled']) {
    fns[name] = (e) => events.push([name, e]);
    client.on(name, fns[name]);
  }
  return { events, fns };
}

describe('request hooks', () => {
  it('a retried POST: request, response 503, retry, request, response 200, in order, without the key', async () => {
    const api = await fakeApi((req, res, n) => {
      if (n === 1) {
        res.writeHead(503, { 'content-type': 'application/json', 'request-id': 'req_503' });
        res.end(JSON.stringify({ error: { type: 'api_error', message: 'try again' } }));
      } else {
        sendIntent(res);
      }
    });
    closers.push(api.close);
    const client = new payintent.Client({ apiKey: KEY, baseUrl: api.url, maxRetries: 2, stripeAccount: 'acct_hooks' });
    const { events } = record(client);
    const before = Date.now();
    const pi = await client.paymentIntents.capture('pi_3MtweELkdIwHu7ix0Dt0gF2H', {}, { idempotencyKey: 'idem-hooks-1' });
    assert.equal(pi.lastResponse.attempts, 2);
    assert.deepEqual(events.map(([k, e]) => [k, e.attempt, e.status]), [
      ['request', 1, undefined],
      ['response', 1, 503],
      ['retry', 1, 503],
      ['request', 2, undefined],
      ['response', 2, 200],
    ]);
    for (const [, e] of events) {
      assert.equal(e.method, 'POST');
      assert.equal(e.path, '/v1/payment_intents/pi_3MtweELkdIwHu7ix0Dt0gF2H/capture');
      assert.equal(e.idempotency_key, 'idem-hooks-1');
      assert.equal(e.account, 'acct_hooks');
      assert.ok(!JSON.stringify(e).includes(KEY), 'no key in events');
    }
    const [, first] = events[0];
    assert.ok(first.request_start_time >= before - 5 && first.request_start_time <= Date.now() + 5);
    const [, ok] = events[4];
    assert.equal(ok.request_id, 'req_fake');
    assert.ok(typeof ok.elapsed === 'number' && ok.elapsed >= 0);
    assert.ok(Math.abs(ok.request_end_time - ok.request_start_time - ok.elapsed) < 1);
    const [, retry] = events[2];
    assert.equal(retry.error_kind, 'api_error');
    assert.equal(retry.request_id, 'req_503');
    assert.ok(retry.retry_delay > 0);
  });

  it('error events for failed attempts, cancelled events for aborted calls', async () => {
    const dead = await fakeApi(() => {});
    await dead.close();
    const client = new payintent.Client({ apiKey: KEY, baseUrl: dead.url, maxRetries: 0 });
    const { events } = record(client);
    await assert.rejects(client.paymentIntents.retrieve('pi_1'), payintent.APIConnectionError);
    assert.deepEqual(events.map(([k]) => k), ['request', 'error']);
    assert.equal(events[1][1].error_kind, 'connection_error');
    assert.equal(typeof events[1][1].elapsed, 'number');

    const silent = await silentServer();
    closers.push(silent.close);
    const c2 = new payintent.Client({ apiKey: KEY, baseUrl: silent.url, maxRetries: 0 });
    const r2 = record(c2);
    const ac = new AbortController();
    const call = c2.paymentIntents.create({ amount: 5, currency: 'usd' }, { signal: ac.signal });
    await silent.received;
    ac.abort();
    const err = await call.catch((e) => e);
    assert.deepEqual(r2.events.map(([k]) => k), ['request', 'cancelled']);
    assert.equal(r2.events[1][1].idempotency_key, err.idempotencyKey);
    assert.ok(!JSON.stringify(r2.events).includes(KEY));
  });

  it('off() and once() stop delivery; unknown names and non-functions are refused', async () => {
    const api = await fakeApi((req, res) => sendIntent(res));
    closers.push(api.close);
    const client = new payintent.Client({ apiKey: KEY, baseUrl: api.url });
    const { events, fns } = record(client);
    let onceCount = 0;
    client.once('response', () => onceCount++);
    await client.paymentIntents.retrieve('pi_1');
    await client.paymentIntents.retrieve('pi_1');
    assert.equal(onceCount, 1);
    assert.equal(events.length, 4);
    for (const [name, fn] of Object.entries(fns)) client.off(name, fn);
    await client.paymentIntents.retrieve('pi_1');
    assert.equal(events.length, 4);
    assert.throws(() => client.on('data', () => {}), TypeError);
    assert.throws(() => client.on('request', 'nope'), TypeError);
    assert.equal(client.on('request', () => {}), client, 'on() chains like EventEmitter');
  });

  it('a throwing listener does not break the call or the other listeners; its error is uncaught', async () => {
    const api = await fakeApi((req, res) => sendIntent(res));
    closers.push(api.close);
    const script = `
      const payintent = require(${JSON.stringify(require.resolve('..'))});
      const client = new payintent.Client({ apiKey: 'sk_test_x', baseUrl: ${JSON.stringify(api.url)} });
      const seen = [];
      process.on('uncaughtException', (e) => seen.push('uncaught: ' + e.message));
      client.on('request', () => { throw new Error('listener bug'); });
      client.on('request', (e) => seen.push(e.path));
      client.paymentIntents.retrieve('pi_1').then((pi) => setImmediate(() => console.log(JSON.stringify([pi.id, ...seen]))));
    `;
    const out = await new Promise((resolve, reject) => {
      require('node:child_process').execFile(process.execPath, ['-e', script], (err, stdout) => (err ? reject(err) : resolve(stdout)));
    });
    assert.deepEqual(JSON.parse(out), ['pi_3MtweELkdIwHu7ix0Dt0gF2H', '/v1/payment_intents/pi_1', 'uncaught: listener bug']);
  });
});
