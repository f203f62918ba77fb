'use strict';

// LeanRails fields arrive typed on results: merchant_id and charges (a list
// of Charge objects). Served by a tiny local HTTP server that answers with
// the documented LeanRails example (JSON, Basic auth), and by the sandbox in
// its LeanRails profile.

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const http = require('node:http');
const util = require('node:util');

const payintent = require('..');
const { startSandbox } = require('./helpers');

const LEANRAILS_PI = {
  id: 'pi_lr_1',
  object: 'payment_intent',
  amount: 2000,
  currency: 'usd',
  status: 'requires_payment_method',
  created: 1234567890,
  livemode: false,
  amount_received: 0,
  capture_method: 'automatic',
  confirmation_method: 'automatic',
  metadata: {},
  merchant_id: 'mer_42',
  client_secret: 'pi_lr_1_secret_leanrails',
  charges: {
    object: 'list',
    data: [
      { id: 'ch_lr_1', object: 'charge', amount: 2000, amount_captured: 0, captured: false, currency: 'usd', status: 'pending', paid: false, payment_intent: 'pi_lr_1', risk_level: 'normal' },
      {},
    ],
    has_more: false,
  },
  canceled_at: null,
  cancellation_reason: null,
};

let server;
let baseUrl;
const seen = [];
before(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body });
      res.writeHead(200, { 'content-type': 'application/json', 'request-id': 'req_lr_1' });
      const pi = { ...LEANRAILS_PI };
      res.end(JSON.stringify(req.url.startsWith('/v1/payment_intents?') ? { object: 'list', data: [pi], has_more: false } : pi));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${server.address().port}`;
});
after(() => new Promise((resolve) => server.close(resolve)));

describe('LeanRails fields', () => {
  it('merchant_id and charges are decoded and typed', async () => {
    const client = new payintent.Client({ apiKey: 'sk_test_leanrails', baseUrl, profile: 'leanrails', maxRetries: 0 });
    const pi = await client.paymentIntents.cancel('pi_lr_1', { cancellation_reason: 'requested_by_customer' });
    const req = seen[seen.length - 1];
    assert.equal(req.method, 'POST');
    assert.match(req.headers.authorization, /^Basic /);
    assert.ok(req.headers['idempotency-key']);
    assert.deepEqual(JSON.parse(req.body), { cancellation_reason: 'requested_by_customer' });

    assert.equal(pi.merchant_id, 'mer_42');
    assert.equal(pi.charges.object, 'list');
    assert.equal(pi.charges.has_more, false);
    assert.equal(pi.charges.data.length, 2);
    const [first, empty] = pi.charges.data;
    assert.equal(first.id, 'ch_lr_1');
    assert.equal(first.amount, 2000);
    assert.equal(first.captured, false);
    assert.equal(first.status, 'pending');
    assert.equal(first.risk_level, 'normal');
    assert.equal(empty.id, undefined);
    assert.equal(empty.amount, undefined);
    assert.ok(!util.inspect(pi, { depth: null }).includes('secret_leanrails'));
    assert.match(util.inspect(pi, { depth: null }), /merchant_id: 'mer_42'/);

    const page = await client.paymentIntents.list({ limit: 1 });
    assert.equal(page.data[0].merchant_id, 'mer_42');
    assert.equal(page.data[0].charges.data[0].id, 'ch_lr_1');
  });
});

describe('LeanRails fields from the sandbox', () => {
  let sandbox;
  before(async () => {
    sandbox = await startSandbox();
  });
  after(() => sandbox && sandbox.stop());

  it('merchant_id and the charges of a confirmed PaymentIntent', async () => {
    const lean = new payintent.Client({ apiKey: 'sk_test_node_leanrails', baseUrl: sandbox.url, profile: 'leanrails' });
    let pi = await lean.paymentIntents.create({ amount: 2000, currency: 'usd' });
    assert.match(pi.merchant_id, /^mer_/);
    assert.deepEqual(pi.charges.data, []);
    pi = await lean.paymentIntents.confirm(pi.id, { payment_method: 'pm_card_visa' });
    assert.equal(pi.status, 'succeeded');
    assert.equal(pi.charges.data.length, 1);
    const [charge] = pi.charges.data;
    assert.match(charge.id, /^ch_/);
    assert.equal(charge.status, 'succeeded');
    assert.equal(charge.amount, 2000);
    assert.equal(charge.captured, true);
    assert.equal(charge.payment_intent, pi.id);
    const stripe = new payintent.Client({ apiKey: 'sk_test_node_leanrails', baseUrl: sandbox.url });
    const same = await stripe.paymentIntents.retrieve(pi.id);
    assert.equal(same.merchant_id, undefined);
    assert.equal(same.charges, undefined);
  });
});
