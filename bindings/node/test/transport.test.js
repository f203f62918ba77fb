'use strict';

// Response headers and status on results and errors (stripe-node's
// lastResponse.headers/statusCode/requestId, StripeError's headers/
// statusCode), and the client options `proxy` (an HTTP proxy URL) and `ca`
// (extra root certificates, PEM text or Buffer, one or an array).

const { describe, it, after } = require('node:test');
const assert = require('node:assert/strict');

const payintent = require('..');
const { fakeApi, sendIntent, tls } = require('./fake-api');

const closers = [];
after(() => Promise.all(closers.map((c) => c())));

describe('headers and status', () => {
  it('results carry lastResponse.headers (lower-case), statusCode and requestId', async () => {
    const api = await fakeApi((req, res) => sendIntent(res, 200, { 'X-Extra': 'one', 'Stripe-Version': '2023-08-16' }));
    closers.push(api.close);
    const client = new payintent.Client({ apiKey: 'sk_test_h', baseUrl: api.url });
    const pi = await client.paymentIntents.retrieve('pi_1');
    const r = pi.lastResponse;
    assert.equal(r.statusCode, 200);
    assert.equal(r.httpStatus, 200);
    assert.equal(r.requestId, 'req_fake');
    assert.equal(r.headers['x-extra'], 'one');
    assert.equal(r.headers['stripe-version'], '2023-08-16');
    assert.equal(r.headers['content-type'], 'application/json');
    assert.ok(!Object.keys(pi).includes('lastResponse'));
  });

  it('errors carry headers and statusCode', async () => {
    const api = await fakeApi((req, res) => {
      res.writeHead(402, { 'content-type': 'application/json', 'request-id': 'req_402', 'x-why': 'declined' });
      res.end(JSON.stringify({ error: { type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds', message: 'no' } }));
    });
    closers.push(api.close);
    const client = new payintent.Client({ apiKey: 'sk_test_h', baseUrl: api.url, maxRetries: 0 });
    const err = await client.paymentIntents.confirm('pi_1').catch((e) => e);
    assert.ok(err instanceof payintent.CardError, String(err));
    assert.equal(err.statusCode, 402);
    assert.equal(err.headers['x-why'], 'declined');
    assert.equal(err.headers['request-id'], 'req_402');
    const local = await client.paymentIntents.retrieve('').catch((e) => e);
    assert.equal(local.headers, null);
    assert.equal(local.statusCode, null);
  });
});

describe('proxy and root certificates', () => {
  it('proxy: every request goes to the proxy, with the target in the request line', async () => {
    const proxy = await fakeApi((req, res) => sendIntent(res));
    closers.push(proxy.close);
    // Nothing listens on port 9: only the proxy can answer.
    const withAuth = proxy.url.replace('http://', 'http://user:hunter2@');
    const client = new payintent.Client({ apiKey: 'sk_test_p', baseUrl: 'http://127.0.0.1:9', proxy: withAuth, maxRetries: 0 });
    assert.ok(!require('node:util').inspect(client).includes('hunter2'));
    const pi = await client.paymentIntents.retrieve('pi_3MtweELkdIwHu7ix0Dt0gF2H');
    assert.equal(pi.id, 'pi_3MtweELkdIwHu7ix0Dt0gF2H');
    assert.equal(proxy.seen.length, 1);
    assert.equal(proxy.seen[0].url, 'http://127.0.0.1:9/v1/payment_intents/pi_3MtweELkdIwHu7ix0Dt0gF2H');
    assert.equal(proxy.seen[0].headers['proxy-authorization'], `Basic ${Buffer.from('user:hunter2').toString('base64')}`);
    assert.throws(() => new payintent.Client({ apiKey: 'sk_test_p', proxy: 'not a url' }),
      (e) => e instanceof payintent.InvalidArgumentError && e.param === 'proxy');
    assert.throws(() => new payintent.Client({ apiKey: 'sk_test_p', proxy: 5 }), payintent.InvalidArgumentError);
  });

  it('ca: a server signed by the test CA is trusted only with it (text, Buffer or array)', async () => {
    const api = await fakeApi((req, res) => sendIntent(res), { secure: true });
    closers.push(api.close);
    const plain = new payintent.Client({ apiKey: 'sk_test_t', baseUrl: api.url, maxRetries: 0 });
    await assert.rejects(plain.paymentIntents.retrieve('pi_1'), payintent.APIConnectionError);
    for (const ca of [tls('ca.pem'), tls('ca.pem').toString('utf8'), [tls('ca.pem')]]) {
      const client = new payintent.Client({ apiKey: 'sk_test_t', baseUrl: api.url, ca, maxRetries: 0 });
      const pi = await client.paymentIntents.retrieve('pi_1');
      assert.equal(pi.lastResponse.statusCode, 200);
    }
    for (const bad of ['not a certificate', 42, [{}]]) {
      assert.throws(() => new payintent.Client({ apiKey: 'sk_test_t', ca: bad }),
        (e) => e instanceof payintent.InvalidArgumentError && e.param === 'root_certificates', String(bad));
    }
  });
});
