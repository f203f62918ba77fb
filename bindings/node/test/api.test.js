'use strict';

// Error classes and fields, pagination, concurrency, key redaction, bad
// input and result shape, against the sandbox.

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const util = require('node:util');
const net = require('node:net');

const payintent = require('..');
const { Client } = payintent;
const { startSandbox, API_KEY } = require('./helpers');

const SECRET = API_KEY.slice('sk_test_'.length);

let sandbox;
let client;

before(async () => {
  sandbox = await startSandbox();
  client = new Client({ apiKey: API_KEY, baseUrl: sandbox.url, maxRetries: 0 });
});
after(() => sandbox && sandbox.stop());

async function rejectsWith(promise, Cls, fields = {}) {
  let err;
  try {
    await promise;
  } catch (e) {
    err = e;
  }
  assert.ok(err, `expected ${Cls.name}, but the call succeeded`);
  assert.ok(err instanceof Cls, `expected ${Cls.name}, got ${err && err.name}: ${err && err.message}`);
  for (const [k, v] of Object.entries(fields)) assert.deepEqual(err[k], v, `error.${k} (${err.message})`);
  return err;
}

function assertNoSecret(text, where) {
  assert.ok(!String(text).includes(SECRET), `${where} leaks the API key: ${text}`);
}

describe('results', () => {
  it('are plain objects in API spelling with a non-enumerable lastResponse', async () => {
    const pi = await client.paymentIntents.create(
      { amount: 1500, currency: 'usd', capture_method: 'manual', metadata: { orderId: 'A-1', 'snake_key': 'x' } },
      { idempotencyKey: 'node-idem-1' },
    );
    assert.match(pi.id, /^pi_/);
    assert.equal(pi.object, 'payment_intent');
    assert.equal(pi.capture_method, 'manual');
    assert.deepEqual(pi.metadata, { orderId: 'A-1', snake_key: 'x' });
    assert.ok(!Object.keys(pi).includes('lastResponse'));
    assert.ok(!JSON.stringify(pi).includes('lastResponse'));
    assert.equal(pi.lastResponse.httpStatus, 200);
    assert.equal(pi.lastResponse.idempotencyKey, 'node-idem-1');
    assert.equal(pi.lastResponse.attempts, 1);
    assert.equal(typeof pi.lastResponse.idempotentReplayed, 'boolean');
    const [req] = await sandbox.requests().then((r) => r.slice(-1));
    assert.match(req.body, /capture_method=manual/);
    assert.match(req.body, /metadata\[orderId\]=A-1/);

    const again = await client.paymentIntents.retrieve(pi.id);
    assert.equal(again.id, pi.id);
    assert.equal(again.lastResponse.idempotencyKey, null);
  });

  it('nested params are sent exactly as written, in API spelling', async () => {
    await sandbox.clearRequests();
    await client.paymentIntents.create({
      amount: 700,
      currency: 'usd',
      shipping: { name: 'Ada', address: { line1: '1 Main St', postal_code: '10001' }, tracking_number: 'T1' },
      payment_method_options: { card: { requestThreeDSecure: 'any' } },
    });
    const [req] = await sandbox.requests();
    assert.match(req.body, /shipping\[address\]\[postal_code\]=10001/);
    assert.match(req.body, /shipping\[tracking_number\]=T1/);
    assert.match(req.body, /payment_method_options\[card\]\[requestThreeDSecure\]=any/);
    await sandbox.clearRequests();
    // A camelCase nested name is not renamed: it reaches the server as written.
    await client.paymentIntents
      .create({ amount: 700, currency: 'usd', shipping: { name: 'Ada', address: { postalCode: '10001' } } })
      .catch(() => null);
    const [raw] = await sandbox.requests();
    assert.match(raw.body, /shipping\[address\]\[postalCode\]=10001/);
  });

  it('update, increment, list, search and verifyMicrodeposits work', async () => {
    const pi = await client.paymentIntents.create({ amount: 1000, currency: 'usd', capture_method: 'manual', payment_method: 'pm_card_visa', confirm: true });
    assert.equal(pi.status, 'requires_capture');
    const up = await client.paymentIntents.update(pi.id, { description: 'updated' });
    assert.equal(up.description, 'updated');
    const page = await client.paymentIntents.list({ limit: 2 });
    assert.equal(page.object, 'list');
    assert.ok(page.data.length <= 2);
    assert.equal(page.lastResponse.httpStatus, 200);
    const bank = await client.paymentIntents.create({ amount: 400, currency: 'usd', payment_method: 'pm_usBankAccount', confirm: true, payment_method_types: ['us_bank_account'] });
    assert.equal(bank.status, 'requires_action');
    assert.equal(bank.next_action.type, 'verify_with_microdeposits');
    assert.equal(bank.next_action.verify_with_microdeposits.microdeposit_type, 'amounts');
    const verified = await client.paymentIntents.verifyMicrodeposits(bank.id, { amounts: [32, 45] });
    assert.notEqual(verified.status, 'requires_action');
    const inc = await client.paymentIntents.incrementAuthorization(pi.id, { amount: 1500 });
    assert.equal(inc.amount, 1500);
    assert.equal(inc.status, 'requires_capture');
    await rejectsWith(client.paymentIntents.applyCustomerBalance(pi.id), payintent.InvalidRequestError, { httpStatus: 400 });
    const tds = await client.paymentIntents.create({ amount: 1000, currency: 'usd', payment_method: 'pm_card_threeDSecure2Required', confirm: true });
    assert.equal(tds.status, 'requires_action');
    assert.equal(tds.next_action.type, 'use_stripe_sdk');
    // Fields the model keeps as JSON text arrive as plain objects.
    assert.equal(tds.next_action.use_stripe_sdk.type, 'three_d_secure_redirect');
    assert.equal(tds.payment_method_options.card.request_three_d_secure, 'automatic');
    assert.deepEqual(Object.keys(tds.payment_method_options), Object.keys(pi.payment_method_options));
  });

  it('idempotency keys replay the first answer and reject other params', async () => {
    const key = `node-replay-${Date.now()}`;
    const first = await client.paymentIntents.create({ amount: 1000, currency: 'usd' }, { idempotencyKey: key });
    const again = await client.paymentIntents.create({ amount: 1000, currency: 'usd' }, { idempotencyKey: key });
    assert.equal(again.id, first.id);
    assert.equal(first.lastResponse.idempotentReplayed, false);
    assert.equal(again.lastResponse.idempotentReplayed, true);
    await rejectsWith(
      client.paymentIntents.create({ amount: 2000, currency: 'usd' }, { idempotencyKey: key }),
      payintent.IdempotencyError,
      { kind: 'idempotency_error', idempotencyKey: key },
    );
  });
});

describe('errors', () => {
  it('card errors carry code, decline code, status and the PaymentIntent', async () => {
    const pi = await client.paymentIntents.create({ amount: 1200, currency: 'usd' });
    const err = await rejectsWith(
      client.paymentIntents.confirm(pi.id, { payment_method: 'pm_card_chargeDeclined' }),
      payintent.CardError,
      { kind: 'card_error', code: 'card_declined', declineCode: 'generic_decline', httpStatus: 402, name: 'CardError' },
    );
    assert.ok(err instanceof payintent.PayIntentError);
    assert.ok(err instanceof Error);
    assert.ok(err.message.length > 0);
    assert.match(err.idempotencyKey, /.+/);
    assert.equal(err.paymentIntent.id, pi.id);
    assert.equal(err.paymentIntent.status, 'requires_payment_method');
    assert.match(err.requestId, /^req_/);
    assert.equal(err.type, 'card_error');
  });

  it('invalid request errors carry code, param and status', async () => {
    await rejectsWith(client.paymentIntents.retrieve('pi_doesnotexist'), payintent.InvalidRequestError, {
      kind: 'invalid_request_error',
      code: 'resource_missing',
      httpStatus: 404,
    });
  });

  it('status faults map to their classes', async () => {
    const cases = [
      [429, payintent.RateLimitError, 'rate_limit_error'],
      [500, payintent.APIError, 'api_error'],
      [401, payintent.AuthenticationError, 'authentication_error'],
      [403, payintent.PermissionError, 'permission_error'],
    ];
    for (const [status, Cls, kind] of cases) {
      await sandbox.clearFaults();
      await sandbox.addFault({ kind: 'status', status, count: 1, should_retry: false });
      await rejectsWith(client.paymentIntents.create({ amount: 100, currency: 'usd' }), Cls, { kind, httpStatus: status });
    }
    await sandbox.clearFaults();
  });

  it('a wrong key is an AuthenticationError that does not echo the key', async () => {
    const bad = new Client({ apiKey: 'sk_live_wrongSecretValue123', baseUrl: sandbox.url, maxRetries: 0 });
    const err = await rejectsWith(bad.paymentIntents.create({ amount: 100, currency: 'usd' }), payintent.AuthenticationError, {
      kind: 'authentication_error',
      httpStatus: 401,
    });
    assert.ok(!util.inspect(err).includes('wrongSecretValue123'));
    assert.ok(!err.message.includes('wrongSecretValue123'));
  });

  it('a dropped connection is an APIConnectionError, a slow server an APITimeoutError', async () => {
    const port = await new Promise((resolve) => {
      const srv = net.createServer();
      srv.listen(0, '127.0.0.1', () => {
        const p = srv.address().port;
        srv.close(() => resolve(p));
      });
    });
    const offline = new Client({ apiKey: API_KEY, baseUrl: `http://127.0.0.1:${port}`, maxRetries: 0 });
    await rejectsWith(offline.paymentIntents.retrieve('pi_123'), payintent.APIConnectionError, { kind: 'connection_error', httpStatus: null });

    await sandbox.addFault({ kind: 'drop' });
    await rejectsWith(client.paymentIntents.create({ amount: 100, currency: 'usd' }), payintent.APIConnectionError, { kind: 'connection_error' });
    await sandbox.clearFaults();

    await sandbox.addFault({ kind: 'delay', ms: 1500 });
    await rejectsWith(
      client.paymentIntents.create({ amount: 100, currency: 'usd' }, { timeoutMs: 200, maxRetries: 0 }),
      payintent.APITimeoutError,
      { kind: 'timeout_error' },
    );
    await sandbox.clearFaults();
  });

  it('retries reuse the idempotency key and report the attempts', async () => {
    await sandbox.clearRequests();
    await sandbox.addFault({ kind: 'status', status: 503, count: 1 });
    const pi = await client.paymentIntents.create({ amount: 900, currency: 'usd' }, { maxRetries: 2 });
    assert.equal(pi.lastResponse.attempts, 2);
    const keys = new Set((await sandbox.requests()).map((r) => r.headers['idempotency-key']));
    assert.equal(keys.size, 1);
    assert.equal(pi.lastResponse.idempotencyKey, [...keys][0]);
    await sandbox.clearFaults();
  });
});

describe('bad input', () => {
  const A = payintent.InvalidArgumentError;
  it('rejects wrong types with InvalidArgumentError, non-objects with TypeError', async () => {
    const pis = client.paymentIntents;
    await rejectsWith(pis.create({ currency: 'usd' }), A, { kind: 'invalid_argument_error', param: 'amount' });
    await rejectsWith(pis.create(), A, { param: 'amount' });
    await rejectsWith(pis.create({ amount: '100', currency: 'usd' }), A, { param: 'amount' });
    await rejectsWith(pis.create({ amount: 10.5, currency: 'usd' }), A, { param: 'amount' });
    await rejectsWith(pis.create({ amount: NaN, currency: 'usd' }), A, { param: 'amount' });
    await rejectsWith(pis.create({ amount: 100, currency: 'usd', metadata: 'x' }), A, { param: 'metadata' });
    await rejectsWith(pis.create({ amount: 100, currency: 'usd', captureMethod: 'manual' }), A, { param: 'captureMethod' });
    await rejectsWith(pis.create({ amount: 100, currency: 'usd', capture_methd: 'manual' }), A, { param: 'capture_methd' });
    await rejectsWith(pis.cancel('pi_123', { amount_to_capture: 5 }), A, { param: 'amount_to_capture' });
    await assert.rejects(pis.listAutoPaging({ limt: 3 }).next(), (e) => e instanceof A && e.param === 'limt');
    await rejectsWith(pis.retrieve(123), A, { param: 'intent' });
    await rejectsWith(pis.retrieve(), A, { param: 'intent' });
    await rejectsWith(pis.retrieve({ id: 'pi_1' }), A, { param: 'intent' });
    await rejectsWith(pis.cancel('ch_123'), A, { param: 'intent' });
    await rejectsWith(pis.capture('pi_123', { amount_to_capture: -5 }), A, { param: 'amount_to_capture' });
    await rejectsWith(pis.create({ amount: 100, currency: 'usd' }, { timeoutMs: 'fast' }), A, { param: 'timeout_ms' });
    await rejectsWith(pis.create({ amount: 100, currency: 'usd' }, { idempotencyKy: 'x' }), A, { param: 'idempotency_ky' });
    await rejectsWith(pis.create({ amount: 100, currency: 'usd' }, { maxRetries: 99 }), A, { param: 'max_retries' });
    await rejectsWith(pis.create('amount=100'), TypeError);
    await rejectsWith(pis.create([1, 2]), TypeError);
    await rejectsWith(pis.create({ amount: 100, currency: 'usd' }, 'opts'), TypeError);
    await rejectsWith(pis.create({ amount: 10n, currency: 'usd' }), TypeError);
    await rejectsWith(pis.listAutoPaging({ limit: 0 }).next(), A, { param: 'limit' });
    await rejectsWith(pis.searchAutoPaging({}).next(), A);
  });

  it('rejects bad client settings', () => {
    assert.throws(() => new Client(), TypeError);
    assert.throws(() => new Client('sk_test_x'), TypeError);
    assert.throws(() => new Client({}), (e) => e instanceof A && e.param === 'api_key');
    assert.throws(() => new Client({ apiKey: 42 }), (e) => e instanceof A && e.param === 'api_key');
    assert.throws(() => new Client({ apiKey: API_KEY, profile: 'paypal' }), (e) => e instanceof A && e.param === 'profile');
    assert.throws(() => new Client({ apiKey: API_KEY, baseUrl: 'http://example.com' }), (e) => e instanceof A && e.param === 'base_url');
    assert.throws(() => new Client({ apiKey: API_KEY, timeoutMs: -1 }), (e) => e instanceof A && e.param === 'timeout_ms');
    assert.throws(() => new Client({ apiKey: API_KEY, apiKye: 'x' }), (e) => e instanceof A && e.param === 'api_kye');
  });
});

describe('key redaction', () => {
  it('never shows the key in inspect, JSON, toString or errors', async () => {
    for (const text of [util.inspect(client), util.inspect(client, { showHidden: true, depth: 10 }), JSON.stringify(client), String(client), util.inspect(client.paymentIntents, { showHidden: true })]) {
      assertNoSecret(text, 'client rendering');
    }
    assert.match(JSON.stringify(client), /sk_test_…/);
    try {
      new Client({ apiKey: `sk_test_${SECRET}\n`, baseUrl: sandbox.url });
      assert.fail('expected an error');
    } catch (e) {
      assertNoSecret(util.inspect(e), 'bad key error');
      assertNoSecret(JSON.stringify(e), 'bad key error');
    }
    const err = await client.paymentIntents
      .create({ amount: 100, currency: 'usd' }, { apiKey: `rk_test_${SECRET}` })
      .catch((e) => e);
    assert.ok(err instanceof payintent.PermissionError, String(err));
    assertNoSecret(util.inspect(err) + err.message + JSON.stringify(err), 'per-request key error');
  });
});

describe('pagination', () => {
  it('listAutoPaging and searchAutoPaging walk every page', async () => {
    const customer = `cus_page_${Date.now()}`;
    const created = [];
    for (let i = 0; i < 5; i++) {
      created.push((await client.paymentIntents.create({ amount: 100 + i, currency: 'usd', customer, metadata: { batch: customer } })).id);
    }
    await sandbox.clearRequests();
    const seen = [];
    for await (const pi of client.paymentIntents.listAutoPaging({ customer, limit: 2 })) seen.push(pi.id);
    assert.deepEqual([...seen].sort(), [...created].sort());
    assert.equal(new Set(seen).size, 5);
    assert.equal((await sandbox.requests()).length, 3);

    const firstTwo = await client.paymentIntents.listAutoPaging({ customer, limit: 2 }).toArray(2);
    assert.equal(firstTwo.length, 2);

    // Breaking out of the loop early is fine.
    for await (const pi of client.paymentIntents.listAutoPaging({ customer, limit: 1 })) {
      assert.match(pi.id, /^pi_/);
      break;
    }

    const found = await client.paymentIntents.searchAutoPaging({ query: `metadata['batch']:'${customer}'`, limit: 2 }).toArray();
    assert.deepEqual(found.map((p) => p.id).sort(), [...created].sort());
    const page = await client.paymentIntents.search({ query: `metadata['batch']:'${customer}'`, limit: 2 });
    assert.equal(page.object, 'search_result');
    assert.equal(page.data.length, 2);
  });
});

describe('concurrency', () => {
  it('runs many calls at once through one client', async () => {
    const amounts = Array.from({ length: 12 }, (_, i) => 200 + i);
    const created = await Promise.all(amounts.map((amount) => client.paymentIntents.create({ amount, currency: 'usd' })));
    assert.deepEqual(created.map((p) => p.amount), amounts);
    assert.equal(new Set(created.map((p) => p.id)).size, amounts.length);
    const canceled = await Promise.all(created.map((p) => client.paymentIntents.cancel(p.id, { cancellation_reason: 'abandoned' })));
    assert.ok(canceled.every((p) => p.status === 'canceled' && p.cancellation_reason === 'abandoned'));
    const mixed = await Promise.allSettled([
      client.paymentIntents.retrieve(created[0].id),
      client.paymentIntents.retrieve('pi_missing_one'),
      client.paymentIntents.create({ amount: -1, currency: 'usd' }),
    ]);
    assert.equal(mixed[0].status, 'fulfilled');
    assert.ok(mixed[1].reason instanceof payintent.InvalidRequestError);
    assert.ok(mixed[2].reason instanceof payintent.InvalidArgumentError);
  });
});
