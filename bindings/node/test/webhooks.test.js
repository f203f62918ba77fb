'use strict';

// Webhooks and events: `webhooks.constructEvent` (valid, tampered, wrong
// secret, old timestamp, rotated secrets, malformed header, bad arguments,
// duplicates), and against the sandbox: signed delivery to a local endpoint
// that fails twice and then recovers, and `client.events` retrieve/list.

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const http = require('node:http');
const util = require('node:util');

const payintent = require('..');
const { Client, webhooks, SignatureVerificationError, InvalidArgumentError, InvalidRequestError } = payintent;
const { startSandbox, API_KEY } = require('./helpers');

const SECRET = 'whsec_nodeTestSecret0123456789';

function eventBody(overrides = {}) {
  return JSON.stringify({
    id: 'evt_test_1',
    object: 'event',
    api_version: '2023-08-16',
    created: 1700000000,
    livemode: false,
    pending_webhooks: 1,
    request: { id: 'req_1', idempotency_key: 'key-1' },
    type: 'payment_intent.succeeded',
    data: {
      object: { id: 'pi_1', object: 'payment_intent', amount: 2000, currency: 'usd', status: 'succeeded', client_secret: 'pi_1_secret_abc' },
      previous_attributes: { status: 'processing' },
    },
    ...overrides,
  });
}

function now() {
  return Math.floor(Date.now() / 1000);
}

function throwsKind(fn, Cls, pattern) {
  let err;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  assert.ok(err, `expected ${Cls.name}, but nothing was thrown`);
  assert.ok(err instanceof Cls, `expected ${Cls.name}, got ${err.name}: ${err.message}`);
  if (pattern) assert.match(err.message, pattern);
  assert.ok(!err.message.includes(SECRET), `the message shows the secret: ${err.message}`);
  return err;
}

describe('webhooks.constructEvent', () => {
  it('returns the event of a valid delivery in API spelling, from a string, Buffer or Uint8Array', () => {
    const body = eventBody();
    const header = webhooks.generateTestHeaderString({ payload: body, secret: SECRET });
    for (const payload of [body, Buffer.from(body), new Uint8Array(Buffer.from(body))]) {
      const event = webhooks.constructEvent(payload, header, SECRET);
      assert.equal(event.id, 'evt_test_1');
      assert.equal(event.object, 'event');
      assert.equal(event.type, 'payment_intent.succeeded');
      assert.equal(event.created, 1700000000);
      assert.equal(event.api_version, '2023-08-16');
      assert.equal(event.pending_webhooks, 1);
      assert.deepEqual(event.request, { id: 'req_1', idempotency_key: 'key-1' });
      assert.equal(event.data.object.id, 'pi_1');
      assert.equal(event.data.object.amount, 2000);
      assert.deepEqual(event.data.previous_attributes, { status: 'processing' });
      // The PaymentIntent inside keeps its secret readable but never prints it.
      assert.equal(event.data.object.client_secret, 'pi_1_secret_abc');
      assert.ok(!util.inspect(event, { depth: 5 }).includes('pi_1_secret_abc'));
    }
  });

  it('reads an unknown event type and object as sent', () => {
    const body = eventBody({ type: 'customer.created', data: { object: { id: 'cus_1', object: 'customer', email: 'a@b.c' } } });
    const event = webhooks.constructEvent(body, webhooks.generateTestHeaderString({ payload: body, secret: SECRET }), SECRET);
    assert.equal(event.type, 'customer.created');
    assert.deepEqual(event.data.object, { id: 'cus_1', object: 'customer', email: 'a@b.c' });
  });

  it('refuses a tampered payload', () => {
    const body = eventBody();
    const header = webhooks.generateTestHeaderString({ payload: body, secret: SECRET });
    const tampered = body.replace('"amount":2000', '"amount":1');
    assert.notEqual(tampered, body);
    throwsKind(() => webhooks.constructEvent(tampered, header, SECRET), SignatureVerificationError, /no signature .* matches/);
    // A re-serialised body is not the raw body either.
    const reserialised = JSON.stringify(JSON.parse(body), null, 2);
    throwsKind(() => webhooks.constructEvent(reserialised, header, SECRET), SignatureVerificationError, /raw request body/);
  });

  it('refuses the wrong secret', () => {
    const body = eventBody();
    const header = webhooks.generateTestHeaderString({ payload: body, secret: 'whsec_other' });
    const err = throwsKind(() => webhooks.constructEvent(body, header, SECRET), SignatureVerificationError, /no signature/);
    assert.equal(err.kind, 'signature_verification_error');
  });

  it('refuses an old timestamp, and accepts it with a larger tolerance (seconds) or 0', () => {
    const body = eventBody();
    const header = webhooks.generateTestHeaderString({ payload: body, secret: SECRET, timestamp: now() - 600 });
    throwsKind(() => webhooks.constructEvent(body, header, SECRET), SignatureVerificationError, /outside the tolerance of 300 s/);
    throwsKind(() => webhooks.constructEvent(body, header, SECRET, 500), SignatureVerificationError, /tolerance of 500 s/);
    assert.equal(webhooks.constructEvent(body, header, SECRET, 900).id, 'evt_test_1');
    assert.equal(webhooks.constructEvent(body, header, SECRET, 0).id, 'evt_test_1');
    assert.equal(webhooks.DEFAULT_TOLERANCE, 300);
  });

  it('accepts any of several v1 signatures (rotated secrets)', () => {
    const body = eventBody();
    const t = now();
    const sig = (secret) => webhooks.generateTestHeaderString({ payload: body, secret, timestamp: t }).split(',')[1];
    const header = `t=${t},${sig('whsec_old')},${sig(SECRET)}`;
    assert.equal(webhooks.constructEvent(body, header, SECRET).id, 'evt_test_1');
    assert.equal(webhooks.constructEvent(body, header, 'whsec_old').id, 'evt_test_1');
    throwsKind(() => webhooks.constructEvent(body, header, 'whsec_neither'), SignatureVerificationError);
    // Other schemes are ignored; the v1 entry still decides.
    assert.equal(webhooks.constructEvent(body, `t=${t},v0=abc,${sig(SECRET)}`, SECRET).id, 'evt_test_1');
  });

  it('refuses a missing or malformed header, saying which check failed', () => {
    const body = eventBody();
    const good = webhooks.generateTestHeaderString({ payload: body, secret: SECRET });
    const v1 = good.split(',')[1];
    throwsKind(() => webhooks.constructEvent(body, undefined, SECRET), SignatureVerificationError, /no Stripe-Signature header/);
    throwsKind(() => webhooks.constructEvent(body, '', SECRET), SignatureVerificationError, /no Stripe-Signature header/);
    throwsKind(() => webhooks.constructEvent(body, 'garbage', SECRET), SignatureVerificationError, /malformed: no timestamp/);
    throwsKind(() => webhooks.constructEvent(body, `t=soon,${v1}`, SECRET), SignatureVerificationError, /no timestamp/);
    throwsKind(() => webhooks.constructEvent(body, `t=${now()}`, SECRET), SignatureVerificationError, /no `v1=<hex>` signature/);
    throwsKind(() => webhooks.constructEvent(body, `t=${now()},v1=zz`, SECRET), SignatureVerificationError, /malformed/);
  });

  it('refuses a payload that is not an event, and bad arguments, with InvalidArgumentError', () => {
    const notEvent = '{"hello":"world"}';
    const header = webhooks.generateTestHeaderString({ payload: notEvent, secret: SECRET });
    assert.equal(throwsKind(() => webhooks.constructEvent(notEvent, header, SECRET), InvalidArgumentError, /not an event/).param, 'payload');
    const body = eventBody();
    const good = webhooks.generateTestHeaderString({ payload: body, secret: SECRET });
    const params = (fn) => throwsKind(fn, InvalidArgumentError).param;
    assert.equal(params(() => webhooks.constructEvent(JSON.parse(body), good, SECRET)), 'payload');
    assert.equal(params(() => webhooks.constructEvent(body, 42, SECRET)), 'header');
    assert.equal(params(() => webhooks.constructEvent(body, good, undefined)), 'secret');
    assert.equal(params(() => webhooks.constructEvent(body, good, '')), 'secret');
    assert.equal(params(() => webhooks.constructEvent(body, good, SECRET, -1)), 'tolerance');
    assert.equal(params(() => webhooks.constructEvent(body, good, SECRET, 1.5)), 'tolerance');
    assert.equal(params(() => webhooks.constructEvent(body, good, SECRET, '300')), 'tolerance');
    assert.equal(params(() => webhooks.generateTestHeaderString({ payload: body, secret: SECRET, timestamp: 1.5 })), 'timestamp');
    assert.equal(params(() => webhooks.generateTestHeaderString({ payload: body, secret: SECRET, scheme: 'v0' })), 'scheme');
  });

  it('lets a handler deduplicate a repeated delivery by event id', () => {
    const body = eventBody();
    const seen = new Set();
    const handled = [];
    const handle = (payload, header) => {
      const event = webhooks.constructEvent(payload, header, SECRET);
      if (seen.has(event.id)) return false;
      seen.add(event.id);
      handled.push(event.type);
      return true;
    };
    // The same event delivered again later carries a new signature.
    assert.equal(handle(body, webhooks.generateTestHeaderString({ payload: body, secret: SECRET, timestamp: now() - 5 })), true);
    assert.equal(handle(body, webhooks.generateTestHeaderString({ payload: body, secret: SECRET })), false);
    const other = eventBody({ id: 'evt_test_2', type: 'payment_intent.created' });
    assert.equal(handle(other, webhooks.generateTestHeaderString({ payload: other, secret: SECRET })), true);
    assert.deepEqual(handled, ['payment_intent.succeeded', 'payment_intent.created']);
  });

  it('is also client.webhooks', () => {
    const client = new Client({ apiKey: API_KEY, baseUrl: 'http://127.0.0.1:9' });
    assert.equal(client.webhooks, webhooks);
    assert.equal(typeof client.webhooks.constructEvent, 'function');
  });
});

/** A local endpoint that answers 500 to its first `failFirst` deliveries, then 200; keeps every raw delivery. */
function startReceiver(failFirst) {
  const deliveries = [];
  let served = 0;
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      served += 1;
      const ok = served > failFirst;
      deliveries.push({ body: Buffer.concat(chunks), header: req.headers['stripe-signature'], answered: ok ? 200 : 500 });
      res.writeHead(ok ? 200 : 500, { 'content-type': 'text/plain' });
      res.end(ok ? 'ok' : 'not yet');
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}/webhooks`, deliveries, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

async function registerEndpoint(base, url) {
  const res = await fetch(`${base}/v1/webhook_endpoints`, {
    method: 'POST',
    headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams([['url', url], ['enabled_events[]', '*']]).toString(),
  });
  const endpoint = await res.json();
  assert.equal(res.status, 200, JSON.stringify(endpoint));
  assert.match(endpoint.secret, /^whsec_/);
  return endpoint;
}

async function waitFor(what, check, ms = 15000) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('sandbox delivery and client.events', () => {
  let sandbox;
  let client;
  let receiver;
  let endpoint;
  let pi;

  before(async () => {
    sandbox = await startSandbox(['--webhook-backoff-ms', '50', '--webhook-max-backoff-ms', '200']);
    client = new Client({ apiKey: API_KEY, baseUrl: sandbox.url, maxRetries: 0 });
    receiver = await startReceiver(2);
    endpoint = await registerEndpoint(sandbox.url, receiver.url);
    pi = await client.paymentIntents.create({ amount: 1500, currency: 'usd', payment_method: 'pm_card_visa', confirm: true });
    assert.equal(pi.status, 'succeeded');
  });
  after(async () => {
    if (receiver) await receiver.close();
    if (sandbox) await sandbox.stop();
  });

  it('delivers signed events that verify with the raw body, retried until the endpoint recovers', async () => {
    const seen = new Map();
    await waitFor('both events to be accepted', () => {
      for (const d of receiver.deliveries) {
        if (d.answered !== 200) continue;
        const event = webhooks.constructEvent(d.body, d.header, endpoint.secret);
        if (!seen.has(event.id)) seen.set(event.id, event);
      }
      return seen.size >= 2;
    });
    const types = [...seen.values()].map((e) => e.type).sort();
    assert.deepEqual(types, ['payment_intent.created', 'payment_intent.succeeded']);
    for (const event of seen.values()) {
      assert.equal(event.data.object.id, pi.id);
      assert.equal(event.request.id, pi.lastResponse.requestId);
    }
    // The first two deliveries were refused; each was sent again with the same event id.
    const refused = receiver.deliveries.filter((d) => d.answered === 500);
    assert.equal(refused.length, 2);
    for (const d of refused) {
      const event = webhooks.constructEvent(d.body, d.header, endpoint.secret);
      assert.ok(seen.has(event.id), `refused ${event.id} was redelivered`);
    }
    assert.ok(receiver.deliveries.length >= seen.size + 2);
    // The sandbox's own log agrees: failed attempts with status 500, then a success, per event.
    const attempts = await waitFor('the attempts log', async () => {
      const all = (await sandbox.webhookAttempts()).filter((a) => a.endpoint === endpoint.id);
      return all.filter((a) => a.succeeded).length >= 2 ? all : null;
    });
    assert.equal(attempts.filter((a) => !a.succeeded).length, 2);
    for (const a of attempts.filter((x) => !x.succeeded)) {
      assert.equal(a.status, 500);
      assert.ok(attempts.some((b) => b.event === a.event && b.succeeded && b.attempt > a.attempt));
    }
  });

  it('lists and retrieves the events (the polling fallback)', async () => {
    const page = await client.events.list({ type: 'payment_intent.*', limit: 10 });
    assert.equal(page.object, 'list');
    assert.equal(page.lastResponse.httpStatus, 200);
    const mine = page.data.filter((e) => e.data.object.id === pi.id);
    assert.deepEqual(mine.map((e) => e.type).sort(), ['payment_intent.created', 'payment_intent.succeeded']);

    const byTypes = await client.events.list({ types: ['payment_intent.succeeded'], created: { gte: pi.created } });
    assert.ok(byTypes.data.length >= 1);
    assert.ok(byTypes.data.every((e) => e.type === 'payment_intent.succeeded'));

    const delivered = await waitFor('both deliveries to count as successful', async () => {
      const p = await client.events.list({ delivery_success: true });
      return p.data.filter((e) => e.data.object.id === pi.id).length === 2 ? p : null;
    });
    assert.ok(delivered.data.every((e) => e.pending_webhooks === 0));

    const first = mine[0];
    const one = await client.events.retrieve(first.id);
    assert.equal(one.id, first.id);
    assert.equal(one.type, first.type);
    assert.equal(one.data.object.id, pi.id);
    assert.equal(one.lastResponse.httpStatus, 200);
    assert.ok(!util.inspect(one, { depth: 5 }).includes(pi.client_secret));

    const older = await client.events.list({ limit: 1, starting_after: page.data[0].id });
    assert.ok(older.data.every((e) => e.id !== page.data[0].id));
  });

  it('refuses bad events parameters before sending', async () => {
    await sandbox.clearRequests();
    const refused = async (promise, Cls, param, pattern) => {
      const err = await promise.then(
        () => assert.fail('expected a failure'),
        (e) => e,
      );
      assert.ok(err instanceof Cls, `${err.name}: ${err.message}`);
      assert.equal(err.param, param);
      if (pattern) assert.match(err.message, pattern);
    };
    await refused(client.events.list({ deliverySuccess: true }), InvalidArgumentError, 'deliverySuccess', /spelling: delivery_success/);
    await refused(client.events.list({ bogus: 1 }), InvalidArgumentError, 'bogus', /no parameter bogus/);
    await refused(client.events.list({ type: 'a', types: ['b'] }), InvalidArgumentError, 'type');
    await refused(client.events.list({ limit: 0 }), InvalidArgumentError, 'limit');
    await refused(client.events.retrieve('pi_123'), InvalidArgumentError, 'id');
    await refused(client.events.retrieve(42), InvalidArgumentError, 'id');
    await refused(client.events.retrieve('evt_1', { idempotencyKy: 'x' }), InvalidArgumentError, 'idempotency_ky');
    assert.deepEqual(await sandbox.requests(), []);
    await refused(client.events.retrieve('evt_doesNotExist'), InvalidRequestError, 'id', /No such event/);
  });
});
