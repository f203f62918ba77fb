// Negative type test (tsc --strict in test.sh; never executed): every line
// after a @ts-expect-error must fail to compile, or tsc reports the unused
// directive and test.sh fails. Covers the generated parameter types.

import { Client, PaymentIntentCreateParams } from '..';

async function negative(client: Client): Promise<void> {
  const pis = client.paymentIntents;
  // @ts-expect-error misspelled parameter
  await pis.create({ amount: 2000, currency: 'usd', capture_methd: 'manual' });
  // @ts-expect-error camelCase spelling is not the API's
  await pis.create({ amount: 2000, currency: 'usd', captureMethod: 'manual' });
  // @ts-expect-error wrong type: amount is an integer
  await pis.create({ amount: '2000', currency: 'usd' });
  // @ts-expect-error enum value not in the description
  await pis.create({ amount: 2000, currency: 'usd', capture_method: 'later' });
  // @ts-expect-error nested object: shipping.name is required
  await pis.create({ amount: 2000, currency: 'usd', shipping: { address: {} } });
  // @ts-expect-error nested field misspelled
  await pis.update('pi_1', { shipping: { name: 'A', address: { postalCode: '1' } } });
  // @ts-expect-error capture takes no cancellation_reason
  await pis.capture('pi_1', { cancellation_reason: 'abandoned' });
  // @ts-expect-error search needs a query
  await pis.search({ limit: 3 });
  const ok: PaymentIntentCreateParams = { amount: 1, currency: 'usd', off_session: 'one_off' };
  void ok;
}

void negative;

import { webhooks, Event } from '..';

async function negativeEvents(client: Client): Promise<void> {
  // @ts-expect-error events.list parameters use the API's spelling
  await client.events.list({ deliverySuccess: true });
  // @ts-expect-error types is a list of strings
  await client.events.list({ types: 'payment_intent.succeeded' });
  // @ts-expect-error retrieve needs an id
  await client.events.retrieve();
  // @ts-expect-error the payload is the raw body, not parsed JSON
  webhooks.constructEvent({ id: 'evt_1' }, 't=1,v1=00', 'whsec_x');
  // @ts-expect-error tolerance is a number of seconds
  webhooks.constructEvent('{}', 't=1,v1=00', 'whsec_x', '300');
  // @ts-expect-error generateTestHeaderString needs the secret
  webhooks.generateTestHeaderString({ payload: '{}' });
  const event: Event = client.webhooks.constructEvent('{}', 't=1,v1=00', 'whsec_x', 600);
  // @ts-expect-error data.object is a PaymentIntent or a record, never a string
  const s: string = event.data.object;
  void s;
}

void negativeEvents;

function negativeWireFacts(client: Client): void {
  // @ts-expect-error only the five request event names exist
  client.on('data', () => {});
  // @ts-expect-error signal is an AbortSignal
  void client.paymentIntents.list({}, { signal: true });
  // @ts-expect-error ca is PEM text or bytes
  new Client({ apiKey: 'sk_test_x', ca: 42 });
}

void negativeWireFacts;
