'use strict';

// payintent quickstart for Node: create -> confirm -> capture, create ->
// cancel, and a declined card, with the webhook events of that flow received
// on a small local HTTP server (node:http; with the local sandbox only),
// verified against the raw body and handled once per event id; then the same
// events through the Events API (the polling fallback).
//
//   node examples/node/quickstart.js
//
// Uses PAYINTENT_BASE_URL and PAYINTENT_API_KEY when set; otherwise starts the
// local sandbox (target/debug/payintent-sandbox, built with
// `cargo build -p payintent-sandbox`) and stops it at the end, whatever
// happens (an error, Ctrl-C, SIGTERM). Run
// bindings/node/test.sh (or `npm run build` in bindings/node) first so that
// the native addon exists.

const http = require('node:http');
const { startSandbox, loadPayintent } = require('./sandbox.js');

const { Client, CardError, InvalidRequestError, PayIntentError, SignatureVerificationError, webhooks } = loadPayintent();

/**
 * The webhook receiver on 127.0.0.1: verifies every POST with the raw body
 * and the endpoint's `secret()` (400 when it does not verify), answers 200 at
 * once and queues each verified event for the program.
 */
function startReceiver(secret) {
  const events = [];
  let arrived = () => {};
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
      // Answer 2xx quickly; anything else makes the sender retry.
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      events.push(event);
      arrived();
    });
  });
  /** The next verified event, or null after `ms` milliseconds without one. */
  const next = async (ms) => {
    if (events.length === 0) {
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, ms);
        arrived = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    return events.shift() || null;
  };
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${server.address().port}/webhooks`;
      resolve({ url, next, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

/** Registers `url` for every event type; returns the endpoint's signing secret. */
async function registerWebhook(baseUrl, apiKey, url) {
  const res = await fetch(`${baseUrl}/v1/webhook_endpoints`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams([['url', url], ['enabled_events[]', '*']]).toString(),
  });
  const body = await res.json();
  if (!res.ok) throw new Error(`registering the endpoint failed: ${res.status} ${JSON.stringify(body.error)}`);
  return body.secret;
}

async function main() {
  let sandbox = null;
  let baseUrl = process.env.PAYINTENT_BASE_URL;
  if (!baseUrl) {
    sandbox = await startSandbox();
    baseUrl = sandbox.url;
    console.log(`started the sandbox at ${baseUrl}`);
  }
  const apiKey = process.env.PAYINTENT_API_KEY || 'sk_test_quickstart';
  let receiver = null;
  try {
    let secret = null;
    if (sandbox) {
      // A real API needs a public HTTPS endpoint (or `stripe listen --forward-to`).
      receiver = await startReceiver(() => secret);
      secret = await registerWebhook(baseUrl, apiKey, receiver.url);
      console.log(`webhook endpoint ${receiver.url}`);
    }
    const client = new Client({ apiKey, baseUrl });
    console.log('client:', client); // the key is shown redacted

    // Authorise now, capture later.
    const pi = await client.paymentIntents.create(
      { amount: 2000, currency: 'usd', capture_method: 'manual', metadata: { order_id: '6735' } },
      { idempotencyKey: `order-6735-${Date.now()}` },
    );
    console.log(`created   ${pi.id} status=${pi.status} request=${pi.lastResponse.requestId}`);
    const confirmed = await client.paymentIntents.confirm(pi.id, { payment_method: 'pm_card_visa' });
    console.log(`confirmed ${confirmed.id} status=${confirmed.status} capturable=${confirmed.amount_capturable}`);
    const captured = await client.paymentIntents.capture(pi.id, { amount_to_capture: 1500 });
    console.log(`captured  ${captured.id} status=${captured.status} received=${captured.amount_received}`);

    // Create, then cancel; canceling twice is refused.
    const other = await client.paymentIntents.create({ amount: 500, currency: 'eur' });
    const canceled = await client.paymentIntents.cancel(other.id, { cancellation_reason: 'requested_by_customer' });
    console.log(`canceled  ${canceled.id} status=${canceled.status} reason=${canceled.cancellation_reason}`);
    try {
      await client.paymentIntents.cancel(other.id);
    } catch (e) {
      if (!(e instanceof InvalidRequestError)) throw e;
      console.log(`cancel again -> ${e.kind} ${e.code} ${e.httpStatus}`);
    }

    // A declined card raises CardError with the decline code.
    const declined = await client.paymentIntents.create({ amount: 1200, currency: 'usd' });
    try {
      await client.paymentIntents.confirm(declined.id, { payment_method: 'pm_card_chargeDeclined' });
    } catch (e) {
      if (!(e instanceof CardError)) throw e;
      console.log(`declined  ${declined.id} kind=${e.kind} code=${e.code} decline_code=${e.declineCode}`);
    }

    if (!receiver) return;
    // The events of the flow. Deliveries come at least once and in any order
    // (a retried delivery repeats an id), and the endpoint gets every event of
    // the account: handle each event id once, and only this flow's intents.
    const expected = [
      `${pi.id} payment_intent.created`,
      `${pi.id} payment_intent.amount_capturable_updated`,
      `${pi.id} payment_intent.succeeded`,
      `${other.id} payment_intent.canceled`,
      `${declined.id} payment_intent.payment_failed`,
    ];
    const ours = new Set([pi.id, other.id, declined.id]);
    const handled = new Set();
    const got = new Set();
    while (!expected.every((e) => got.has(e))) {
      const event = await receiver.next(10000);
      if (!event) throw new Error(`webhooks: still waiting for ${expected.filter((e) => !got.has(e)).join(', ')}`);
      const intent = event.data.object;
      if (!ours.has(intent.id)) continue;
      if (handled.has(event.id)) continue; // a duplicate delivery: already handled
      handled.add(event.id);
      got.add(`${intent.id} ${event.type}`);
      console.log(`webhook   ${event.id} ${event.type} ${intent.id}`);
    }
    console.log(`handled ${handled.size} events of the flow once each`);

    // The polling fallback: the same events through the Events API.
    const page = await client.events.list({ type: 'payment_intent.succeeded', limit: 100 });
    const polled = page.data.filter((e) => e.data.object.id === pi.id);
    console.log(`events.list: ${polled.map((e) => `${e.id} ${e.type}`).join(', ')} (${handled.has(polled[0]?.id) ? 'already handled' : 'new'})`);
  } finally {
    if (receiver) await receiver.close();
    if (sandbox) sandbox.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof PayIntentError ? `${e.name} (${e.kind}): ${e.message}` : e);
  process.exitCode = 1;
});
