'use strict';

// payintent webhooks for Node: receive the events of a payment flow on a
// small local HTTP server, verify each delivery with the raw body, and
// handle each event once.
//
//   node examples/node/webhooks.js
//
// Uses PAYINTENT_BASE_URL and PAYINTENT_API_KEY when set (the server must be
// able to reach http://127.0.0.1); otherwise starts the local sandbox
// (target/debug/payintent-sandbox) and stops it at the end. Build the native
// addon first (bindings/node/test.sh).

const http = require('node:http');
const { startSandbox, loadPayintent } = require('./sandbox.js');

const { Client, CardError, PayIntentError, SignatureVerificationError, webhooks } = loadPayintent();

/**
 * The webhook receiver: verifies every POST against `secret()` with the raw
 * body and hands each event to `onEvent` once (deliveries may repeat: a
 * Set of handled event ids makes the handling idempotent).
 */
function startReceiver(secret, onEvent) {
  const handled = new Set();
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      let event;
      try {
        // The raw bytes, exactly as received: parsed and re-serialised JSON would not verify.
        event = webhooks.constructEvent(Buffer.concat(chunks), req.headers['stripe-signature'], secret());
      } catch (e) {
        const status = e instanceof SignatureVerificationError ? 400 : 500;
        console.log(`refused a delivery (${status}): ${e.message}`);
        res.writeHead(status).end();
        return;
      }
      if (handled.has(event.id)) {
        console.log(`duplicate ${event.id} ignored`);
      } else {
        handled.add(event.id);
        onEvent(event);
      }
      // Answer 2xx quickly; anything else makes the sender retry.
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolve({ url: `http://127.0.0.1:${server.address().port}/webhooks`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

/** Register `url` for every event type; returns the endpoint with its signing secret. */
async function registerEndpoint(baseUrl, apiKey, url) {
  const res = await fetch(`${baseUrl}/v1/webhook_endpoints`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams([['url', url], ['enabled_events[]', '*']]).toString(),
  });
  const body = await res.json();
  if (!res.ok) throw new Error(`registering the endpoint failed: ${res.status} ${JSON.stringify(body.error)}`);
  return body;
}

async function main() {
  let sandbox = null;
  let baseUrl = process.env.PAYINTENT_BASE_URL;
  if (!baseUrl) {
    sandbox = await startSandbox();
    baseUrl = sandbox.url;
    console.log(`started the sandbox at ${baseUrl}`);
  }
  const apiKey = process.env.PAYINTENT_API_KEY || 'sk_test_webhooks';
  let endpointSecret = null;
  const received = [];
  let arrived = () => {};
  const receiver = await startReceiver(
    () => endpointSecret,
    (event) => {
      const pi = event.data.object;
      console.log(`event     ${event.type} ${pi.id} status=${pi.status}`);
      received.push(`${pi.id} ${event.type}`);
      arrived();
    },
  );
  try {
    const endpoint = await registerEndpoint(baseUrl, apiKey, receiver.url);
    endpointSecret = endpoint.secret;
    console.log(`listening at ${receiver.url} (endpoint ${endpoint.id})`);

    const client = new Client({ apiKey, baseUrl });
    const pi = await client.paymentIntents.create({ amount: 2000, currency: 'usd' });
    const confirmed = await client.paymentIntents.confirm(pi.id, { payment_method: 'pm_card_visa' });
    console.log(`confirmed ${confirmed.id} status=${confirmed.status}`);
    const declined = await client.paymentIntents.create({ amount: 1200, currency: 'usd' });
    try {
      await client.paymentIntents.confirm(declined.id, { payment_method: 'pm_card_chargeDeclined' });
    } catch (e) {
      if (!(e instanceof CardError)) throw e;
      console.log(`declined  ${declined.id} code=${e.code}`);
    }

    // Deliveries are asynchronous and may come in any order: wait until each expected one arrived.
    const expected = [
      `${pi.id} payment_intent.created`,
      `${pi.id} payment_intent.succeeded`,
      `${declined.id} payment_intent.created`,
      `${declined.id} payment_intent.payment_failed`,
    ];
    const deadline = Date.now() + 15000;
    while (!expected.every((e) => received.includes(e))) {
      if (Date.now() > deadline) throw new Error(`timed out; received ${received.join(', ')}`);
      await new Promise((resolve) => {
        arrived = resolve;
        setTimeout(resolve, 200);
      });
    }
    const types = [...new Set(received.map((r) => r.split(' ')[1]))].sort();
    console.log(`received ${received.length} events: ${types.join(', ')}`);

    // The polling fallback: the same events through the API.
    const page = await client.events.list({ type: 'payment_intent.*', limit: 20 });
    console.log(`events.list: ${page.data.length} payment_intent events`);
  } finally {
    await receiver.close();
    if (sandbox) sandbox.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof PayIntentError ? `${e.name} (${e.kind}): ${e.message}` : e);
  process.exitCode = 1;
});
