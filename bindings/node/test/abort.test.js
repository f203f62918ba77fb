'use strict';

// AbortSignal per call: aborting rejects at once with RequestCancelledError
// (its `cause` the signal's reason, its idempotencyKey the one the POST used)
// and closes the HTTP connection; an already-aborted signal sends nothing.

const { describe, it, after } = require('node:test');
const assert = require('node:assert/strict');

const payintent = require('..');
const { silentServer } = require('./fake-api');

const servers = [];
after(() => Promise.all(servers.map((s) => s.close())));

async function clientOnSilentServer() {
  const server = await silentServer();
  servers.push(server);
  return { server, client: new payintent.Client({ apiKey: 'sk_test_abort', baseUrl: server.url, maxRetries: 0, timeoutMs: 30000 }) };
}

describe('AbortSignal', () => {
  it('aborting a POST rejects within 100 ms with its idempotency key and closes the connection', async () => {
    const { server, client } = await clientOnSilentServer();
    const ac = new AbortController();
    const call = client.paymentIntents.create({ amount: 500, currency: 'usd' }, { signal: ac.signal });
    await server.received;
    const reason = new Error('user went away');
    setTimeout(() => ac.abort(reason), 50);
    const err = await call.catch((e) => e);
    const aborted = Date.now();
    assert.ok(err instanceof payintent.RequestCancelledError, String(err));
    assert.equal(err.kind, 'cancelled_error');
    assert.match(err.idempotencyKey, /^[0-9a-f-]{36}$/);
    assert.ok(err.message.includes(err.idempotencyKey), err.message);
    assert.equal(err.cause, reason);
    const closedAt = await Promise.race([server.closed, new Promise((r) => setTimeout(() => r(null), 2000))]);
    assert.ok(closedAt !== null, 'the server saw the connection closed');
    assert.ok(closedAt - aborted < 1000, `closed ${closedAt - aborted} ms after the rejection`);
  });

  it('the rejection arrives within 100 ms of abort()', async () => {
    const { server, client } = await clientOnSilentServer();
    const ac = new AbortController();
    const call = client.paymentIntents.cancel('pi_123', {}, { signal: ac.signal, idempotencyKey: 'key-abort-1' });
    await server.received;
    await new Promise((r) => setTimeout(r, 50));
    const t = performance.now();
    ac.abort();
    const err = await call.catch((e) => e);
    const ms = performance.now() - t;
    assert.ok(ms < 100, `rejected ${ms.toFixed(1)} ms after abort()`);
    assert.ok(err instanceof payintent.RequestCancelledError);
    assert.equal(err.idempotencyKey, 'key-abort-1');
    assert.equal(err.cause?.name, 'AbortError');
  });

  it('an already-aborted signal rejects without sending', async () => {
    const { server, client } = await clientOnSilentServer();
    const err = await client.paymentIntents.create({ amount: 1, currency: 'usd' }, { signal: AbortSignal.abort() }).catch((e) => e);
    assert.ok(err instanceof payintent.RequestCancelledError, String(err));
    assert.ok(err.idempotencyKey);
    const get = await client.paymentIntents.retrieve('pi_1', {}, { signal: AbortSignal.abort() }).catch((e) => e);
    assert.ok(get instanceof payintent.RequestCancelledError);
    assert.equal(get.idempotencyKey, null);
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(server.sockets.length, 0, 'no connection was made');
  });

  it('works for events, pagers and auto-paging; a signal that is not an AbortSignal is a TypeError', async () => {
    const { client } = await clientOnSilentServer();
    const ac = new AbortController();
    const pager = client.paymentIntents.listAutoPaging({ limit: 3 }, { signal: ac.signal });
    const first = pager.next();
    setTimeout(() => ac.abort(), 30);
    await assert.rejects(first, payintent.RequestCancelledError);
    assert.deepEqual(await pager.next(), { done: true, value: undefined });
    await assert.rejects(client.events.list({}, { signal: AbortSignal.abort() }), payintent.RequestCancelledError);
    await assert.rejects(client.paymentIntents.list({}, { signal: { aborted: true } }), TypeError);
  });

  it('a signal that never fires leaves the call alone', async () => {
    const { client } = await clientOnSilentServer();
    const ac = new AbortController();
    const err = await client.paymentIntents.retrieve('pi_1', {}, { signal: ac.signal, timeoutMs: 100 }).catch((e) => e);
    assert.ok(err instanceof payintent.APITimeoutError, `${err.name}: ${err.kind}`);
  });
});
