'use strict';

// client_secret never shows in util.inspect / console.log / toString output of
// results, pages, pager items or errors (it stays a readable property and is
// kept by JSON); API keys never show in any rendering of client objects.

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const util = require('node:util');
const { Console } = require('node:console');
const { Writable } = require('node:stream');

const payintent = require('..');
const { startSandbox } = require('./helpers');

const KEY = 'sk_test_nodeRedactionKey9876';
const KEY_PART = 'RedactionKey9876';

let sandbox;
let client;
before(async () => {
  sandbox = await startSandbox();
  client = new payintent.Client({ apiKey: KEY, baseUrl: sandbox.url, maxRetries: 0 });
});
after(() => sandbox && sandbox.stop());

/** What console.log would print for `value`. */
function logged(value) {
  let out = '';
  const sink = new Writable({ write(chunk, _enc, cb) { out += chunk; cb(); } });
  new Console({ stdout: sink, stderr: sink }).log(value);
  return out;
}

/** Every human-oriented rendering of `value`. */
function renderings(value) {
  return [
    util.inspect(value),
    util.inspect(value, { depth: Infinity }),
    util.inspect(value, { showHidden: true, depth: 10 }),
    util.inspect(value, { colors: true }),
    util.format('%o', value),
    util.format('%O', value),
    util.format('%s', value),
    logged(value),
    String(value),
    `${value}`,
  ];
}

function assertHidden(value, secret, where) {
  for (const text of renderings(value)) {
    assert.ok(!text.includes(secret), `${where} shows the secret: ${text}`);
  }
}

describe('client_secret redaction', () => {
  it('results show [redacted] but keep the value readable and in JSON', async () => {
    const pi = await client.paymentIntents.create({ amount: 1200, currency: 'usd', customer: 'cus_node_redact' });
    const secret = pi.client_secret;
    assert.match(secret, /^pi_.+_secret_/);
    assertHidden(pi, secret, 'a PaymentIntent');
    assert.match(util.inspect(pi), /client_secret: '\[redacted\]'/);
    assert.match(util.inspect(pi), /^PaymentIntent \{/);
    assert.match(util.inspect(pi), new RegExp(pi.id));
    assert.equal(String(pi), `PaymentIntent(${pi.id}, status=requires_payment_method, amount=1200 usd)`);
    assert.equal(JSON.parse(JSON.stringify(pi)).client_secret, secret);
    assert.ok(Object.keys(pi).includes('client_secret'));
    assert.ok(!Object.keys(pi).includes('toString'));
    assert.equal({ ...pi }.client_secret, secret);

    const page = await client.paymentIntents.list({ customer: 'cus_node_redact' });
    assert.equal(page.data[0].client_secret, secret);
    assertHidden(page, secret, 'a list page');
    const found = await client.paymentIntents.search({ query: "customer:'cus_node_redact'" });
    assertHidden(found, secret, 'a search page');
    const items = await client.paymentIntents.listAutoPaging({ customer: 'cus_node_redact' }).toArray();
    assert.equal(items[0].client_secret, secret);
    assertHidden(items, secret, 'auto-paging items');
  });

  it('the PaymentIntent attached to an error is redacted too', async () => {
    const pi = await client.paymentIntents.create({ amount: 1300, currency: 'usd' });
    const err = await client.paymentIntents.confirm(pi.id, { payment_method: 'pm_card_chargeDeclined' }).catch((e) => e);
    assert.ok(err instanceof payintent.CardError, String(err));
    assert.equal(err.paymentIntent.client_secret, pi.client_secret);
    assertHidden(err, pi.client_secret, 'a CardError');
    assertHidden(err.paymentIntent, pi.client_secret, 'an attached PaymentIntent');
  });

  it('nested depth limits still never show the secret', async () => {
    const pi = await client.paymentIntents.create({ amount: 1400, currency: 'usd' });
    const text = util.inspect({ a: { b: { c: pi } } }, { depth: 2 });
    assert.match(text, /\[PaymentIntent\(pi_/);
    assert.ok(!text.includes(pi.client_secret));
  });
});

describe('API key redaction', () => {
  it('client, resource, pager and option-bearing objects never show a key', async () => {
    const c = new payintent.Client({ apiKey: KEY, baseUrl: sandbox.url, timeoutMs: 5000, deadlineMs: 9000, stripeAccount: 'acct_1' });
    for (const [value, where] of [
      [c, 'client'],
      [c.paymentIntents, 'paymentIntents'],
      [c.paymentIntents.listAutoPaging({}, { apiKey: 'sk_test_perCallPagerKey555' }), 'pager'],
    ]) {
      assertHidden(value, KEY_PART, where);
      assertHidden(value, 'perCallPagerKey555', where);
    }
    assert.ok(!JSON.stringify(c).includes(KEY_PART));
    const err = await c.paymentIntents
      .create({ amount: 500, currency: 'usd' }, { apiKey: 'sk_live_wrongEchoedKey321' })
      .catch((e) => e);
    assert.ok(err instanceof payintent.AuthenticationError, String(err));
    assertHidden(err, 'wrongEchoedKey321', 'an authentication error');
    assert.ok(!JSON.stringify(err).includes('wrongEchoedKey321'));
  });
});
