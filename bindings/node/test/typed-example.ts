// Type-checked (tsc --noEmit --strict) by test.sh; never executed. It shows
// that the public types are precise: every line marked @ts-expect-error
// must fail to compile.

import {
  Client,
  PayIntentError,
  CardError,
  InvalidArgumentError,
  ErrorKind,
  PaymentIntent,
  ApiList,
  Charge,
  ResponseInfo,
  PaymentIntentCreateParams,
  RequestCancelledError,
  RequestEvent,
} from '..';

async function demo(): Promise<void> {
  const client = new Client({
    apiKey: 'sk_test_123',
    baseUrl: 'http://127.0.0.1:12111',
    profile: 'leanrails',
    apiVersion: null,
    maxRetries: 1,
    timeoutMs: 5000,
    stripeAccount: 'acct_1',
  });

  const params: PaymentIntentCreateParams = {
    amount: 2000,
    currency: 'usd',
    capture_method: 'manual',
    metadata: { order_id: '6735' },
    payment_method_options: { card: { request_three_d_secure: 'any' } },
    automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
  };
  const pi: PaymentIntent = await client.paymentIntents.create(params, { idempotencyKey: 'k1', timeoutMs: 1000 });
  const status: string = pi.status;
  const amount: number = pi.amount;
  const received: number | null | undefined = pi.amount_received;
  const meta: ResponseInfo | undefined = pi.lastResponse;
  const attempts: number | undefined = meta?.attempts;
  const customerId: string | null = typeof pi.customer === 'string' ? pi.customer : pi.customer?.id ?? null;
  // LeanRails fields are typed too.
  const merchant: string | null | undefined = pi.merchant_id;
  const charges: Charge[] = pi.charges?.data ?? [];
  const captured: number | undefined = charges[0]?.amount_captured;
  const chargeStatus: string | undefined = charges[0]?.status;
  // @ts-expect-error a charge's amount is a number
  const wrongAmount: string | undefined = charges[0]?.amount;

  await client.paymentIntents.confirm(pi.id, { payment_method: 'pm_card_visa' });
  await client.paymentIntents.capture(pi.id, { amount_to_capture: 1500 });
  await client.paymentIntents.cancel(pi.id, { cancellation_reason: 'requested_by_customer' });
  await client.paymentIntents.incrementAuthorization(pi.id, { amount: 3000 });
  await client.paymentIntents.applyCustomerBalance(pi.id, { amount: 100, currency: 'usd' });
  await client.paymentIntents.verifyMicrodeposits(pi.id, { amounts: [32, 45] });
  await client.paymentIntents.update(pi.id, { metadata: { tier: 'gold' } }, { maxNetworkRetries: 1, timeout: 2000 });
  await client.paymentIntents.retrieve(pi.id, { expand: ['customer'] });

  const page: ApiList<PaymentIntent> = await client.paymentIntents.list({ limit: 3, created: { gte: 0 } });
  const more: boolean = page.has_more;
  const found = await client.paymentIntents.search({ query: "status:'succeeded'" });
  const next: string | null = found.next_page;

  for await (const item of client.paymentIntents.listAutoPaging({ customer: 'cus_1' })) {
    const id: string = item.id;
    void id;
  }
  const all: PaymentIntent[] = await client.paymentIntents.searchAutoPaging({ query: 'x' }).toArray(10);

  try {
    await client.paymentIntents.retrieve('pi_1');
  } catch (e) {
    if (e instanceof CardError) {
      const k: 'card_error' = e.kind;
      const decline: string | null = e.declineCode;
      const attached: PaymentIntent | null = e.paymentIntent;
      void k, decline, attached;
    } else if (e instanceof PayIntentError) {
      const kind: ErrorKind = e.kind;
      const status: number | null = e.httpStatus;
      void kind, status;
    }
    const isArg: boolean = e instanceof InvalidArgumentError;
    void isArg;
  }

  // @ts-expect-error amount must be a number
  await client.paymentIntents.create({ amount: '2000', currency: 'usd' });
  // @ts-expect-error currency is required
  await client.paymentIntents.create({ amount: 2000 });
  // @ts-expect-error unknown cancellation reason
  await client.paymentIntents.cancel(pi.id, { cancellation_reason: 'bored' });
  // @ts-expect-error the id is a string
  await client.paymentIntents.retrieve(42);
  // @ts-expect-error the profile is one of two names
  new Client({ apiKey: 'sk_test_1', profile: 'paypal' });
  // @ts-expect-error results are read in API spelling
  pi.amountReceived;

  void status, amount, received, attempts, customerId, more, next, all;
  void merchant, captured, chargeStatus, wrongAmount;
}

void demo;

import { webhooks, SignatureVerificationError, Event as PayIntentEvent, EventListParams } from '..';

/** Webhooks and events: a verified event narrows to its PaymentIntent by `object`. */
async function events(client: Client, rawBody: Buffer, header: string | undefined): Promise<void> {
  let event: PayIntentEvent;
  try {
    event = webhooks.constructEvent(rawBody, header, 'whsec_x', 600);
  } catch (e) {
    if (e instanceof SignatureVerificationError) return;
    throw e;
  }
  const obj = event.data.object;
  if (obj.object === 'payment_intent') {
    const pi = obj as PaymentIntent;
    const n: number = pi.amount;
    void n;
  }
  const requestId: string | null = event.request ? event.request.id : null;
  const params: EventListParams = { type: 'payment_intent.*', created: { gte: event.created }, limit: 10 };
  const page = await client.events.list(params);
  const first: PayIntentEvent | undefined = page.data[0];
  const again = await client.events.retrieve(event.id, { maxRetries: 1 });
  const same: boolean = again.id === event.id;
  const header2: string = client.webhooks.generateTestHeaderString({ payload: rawBody, secret: 'whsec_x', timestamp: 1 });
  void requestId, first, same, header2;
}

void events;

// Issue 8: AbortSignal per call, request hooks, response headers, proxy and ca.
async function wireFacts(): Promise<void> {
  const client = new Client({ apiKey: 'sk_test_x', proxy: 'http://127.0.0.1:3128', ca: [Buffer.from('pem'), 'pem'] });
  const onResponse = (e: RequestEvent): void => {
    const ms: number | undefined = e.elapsed;
    const status: number | undefined = e.status;
    const kind: ErrorKind | undefined = e.error_kind;
    void ms, status, kind;
  };
  client.on('response', onResponse).on('retry', (e) => void e.retry_delay);
  client.off('response', onResponse);
  const ac = new AbortController();
  try {
    const pi = await client.paymentIntents.create({ amount: 100, currency: 'usd' }, { signal: ac.signal });
    const headers: Record<string, string> | undefined = pi.lastResponse?.headers;
    const code: number | undefined = pi.lastResponse?.statusCode;
    void headers, code;
  } catch (e) {
    if (e instanceof RequestCancelledError) {
      const key: string | null = e.idempotencyKey;
      const reason: unknown = e.cause;
      void key, reason;
    } else if (e instanceof PayIntentError) {
      const h: Record<string, string> | null = e.headers;
      const s: number | null = e.statusCode;
      void h, s;
    }
  }
}

void wireFacts;
