'use strict';

// payintent quickstart for Node.
//
//   node examples/node/quickstart.js
//
// Uses PAYINTENT_BASE_URL and PAYINTENT_API_KEY when set; otherwise starts the
// local sandbox (target/debug/payintent-sandbox, built with
// `cargo build -p payintent-sandbox`) and stops it at the end, whatever
// happens (an error, Ctrl-C, SIGTERM). Run
// bindings/node/test.sh (or `npx napi build --platform --output-dir native`
// in bindings/node) first so that the native addon exists.

const { startSandbox, loadPayintent } = require('./sandbox.js');

const { Client, CardError, PayIntentError } = loadPayintent();

async function main() {
  let sandbox = null;
  let baseUrl = process.env.PAYINTENT_BASE_URL;
  if (!baseUrl) {
    sandbox = await startSandbox();
    baseUrl = sandbox.url;
    console.log(`started the sandbox at ${baseUrl}`);
  }
  try {
    const client = new Client({ apiKey: process.env.PAYINTENT_API_KEY || 'sk_test_quickstart', baseUrl });
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

    // Create, then cancel.
    const other = await client.paymentIntents.create({ amount: 500, currency: 'eur' });
    const canceled = await client.paymentIntents.cancel(other.id, { cancellation_reason: 'requested_by_customer' });
    console.log(`canceled  ${canceled.id} status=${canceled.status} reason=${canceled.cancellation_reason}`);

    // A declined card raises CardError with the decline code.
    const declined = await client.paymentIntents.create({ amount: 1200, currency: 'usd' });
    try {
      await client.paymentIntents.confirm(declined.id, { payment_method: 'pm_card_chargeDeclined' });
    } catch (e) {
      if (!(e instanceof CardError)) throw e;
      console.log(`declined  ${declined.id} kind=${e.kind} code=${e.code} decline_code=${e.declineCode}`);
    }
  } finally {
    if (sandbox) sandbox.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof PayIntentError ? `${e.name} (${e.kind}): ${e.message}` : e);
  process.exitCode = 1;
});
