// Public types of payintent. Results are plain objects in the API's own
// spelling (snake_case), and so are parameters, like Stripe's official Node
// SDK; request options are camelCase. Parameter and result shapes are
// generated from api/payment_intents.json into generated.d.ts, the error kinds and
// their classes into error-classes.d.ts.

import type {
  OrUnknown,
  JsonValue,
  ExpandedObject,
  Expandable,
  PaymentIntentFields,
  PaymentIntentCreateParams,
  PaymentIntentRetrieveParams,
  PaymentIntentUpdateParams,
  PaymentIntentListParams,
  PaymentIntentSearchParams,
  PaymentIntentConfirmParams,
  PaymentIntentCaptureParams,
  PaymentIntentCancelParams,
  PaymentIntentIncrementAuthorizationParams,
  PaymentIntentApplyCustomerBalanceParams,
  PaymentIntentVerifyMicrodepositsParams,
} from './generated';
export * from './generated';
import type { ErrorKind } from './error-classes';
export * from './error-classes';

export type PaymentIntentStatus = OrUnknown<
  | 'requires_payment_method'
  | 'requires_confirmation'
  | 'requires_action'
  | 'processing'
  | 'requires_capture'
  | 'canceled'
  | 'succeeded'
>;
export type CaptureMethod = OrUnknown<'automatic' | 'automatic_async' | 'manual'>;
export type ConfirmationMethod = OrUnknown<'automatic' | 'manual'>;
export type CancellationReason = OrUnknown<
  | 'abandoned'
  | 'automatic'
  | 'duplicate'
  | 'failed_invoice'
  | 'fraudulent'
  | 'requested_by_customer'
  | 'void_invoice'
>;
/** The reasons a caller may send to `cancel`. */
export type RequestableCancellationReason = 'abandoned' | 'duplicate' | 'fraudulent' | 'requested_by_customer';
export type SetupFutureUsage = OrUnknown<'off_session' | 'on_session'>;

// ---------------------------------------------------------------- results

export interface Tip {
  amount: number | null;
}

export interface AmountDetails {
  tip: Tip | null;
}

export interface AutomaticPaymentMethods {
  allow_redirects: OrUnknown<'always' | 'never'> | null;
  enabled: boolean;
}

export interface LastPaymentError {
  type: string;
  charge: string | null;
  code: string | null;
  decline_code: string | null;
  doc_url: string | null;
  message: string | null;
  param: string | null;
  payment_method: ExpandedObject | null;
  payment_method_type: string | null;
  request_log_url: string | null;
}

export interface RedirectToUrl {
  return_url: string | null;
  url: string | null;
}

export interface VerifyWithMicrodeposits {
  arrival_date: number | null;
  hosted_verification_url: string | null;
  microdeposit_type: string | null;
}

export interface NextAction {
  type: string;
  redirect_to_url?: RedirectToUrl;
  use_stripe_sdk?: JsonValue;
  verify_with_microdeposits?: VerifyWithMicrodeposits;
  /** Other action kinds (boleto_display_details, ...) under their own key. */
  [action: string]: JsonValue | RedirectToUrl | VerifyWithMicrodeposits | undefined;
}

export interface Processing {
  type: string;
  card?: JsonValue;
}

export interface Address {
  city: string | null;
  country: string | null;
  line1: string | null;
  line2: string | null;
  postal_code: string | null;
  state: string | null;
}

export interface Shipping {
  address: Address | null;
  carrier: string | null;
  name: string | null;
  phone: string | null;
  tracking_number: string | null;
}

export interface TransferData {
  amount: number | null;
  destination: Expandable<ExpandedObject>;
}

/** Facts about the HTTP exchange that produced a result (non-enumerable). */
export interface ResponseInfo {
  requestId: string | null;
  /** The HTTP status (stripe-node's name). */
  statusCode: number;
  /** The HTTP status (the same as `statusCode`). */
  httpStatus: number;
  /** Every response header, names in lower case; a repeated header's values joined by ", ". */
  headers: Record<string, string>;
  /** The Idempotency-Key sent (POST requests only). */
  idempotencyKey: string | null;
  /** True when the server answered from its idempotency cache. */
  idempotentReplayed: boolean;
  /** HTTP attempts made (1 = no retry). */
  attempts: number;
}

/** A PaymentIntent, in API spelling (API version 2023-08-16); fields generated from the API description. */
export interface PaymentIntent extends PaymentIntentFields {
  /** LeanRails: the merchant the PaymentIntent belongs to (`mer_…`); absent from Stripe. */
  merchant_id?: string | null;
  /** LeanRails: the charges made for this PaymentIntent; absent from Stripe. */
  charges?: ApiList<Charge> | null;
  /** The HTTP exchange behind this object (absent on list items). */
  readonly lastResponse?: ResponseInfo;
}

/** A charge in a LeanRails PaymentIntent's `charges`; LeanRails may send an empty object. */
export interface Charge {
  id?: string;
  object?: string;
  amount?: number;
  amount_captured?: number;
  amount_refunded?: number;
  balance_transaction?: Expandable<ExpandedObject>;
  captured?: boolean;
  created?: number;
  currency?: string;
  failure_code?: string;
  failure_message?: string;
  metadata?: Record<string, string>;
  paid?: boolean;
  payment_intent?: string;
  payment_method?: string;
  refunded?: boolean;
  /** `succeeded`, `pending` or `failed`. */
  status?: OrUnknown<'succeeded' | 'pending' | 'failed'>;
}

/** One page of `list`. */
export interface ApiList<T> {
  object: 'list';
  data: T[];
  has_more: boolean;
  url: string;
  readonly lastResponse?: ResponseInfo;
}

/** One page of `search`. */
export interface ApiSearchResult<T> {
  object: 'search_result';
  data: T[];
  has_more: boolean;
  next_page: string | null;
  total_count: number | null;
  url: string;
  readonly lastResponse?: ResponseInfo;
}

/** Per-call overrides of the client's settings. */
export interface RequestOptions {
  /** Sent as Idempotency-Key on POST; one is generated when absent and reused on retries. */
  idempotencyKey?: string;
  stripeAccount?: string;
  apiKey?: string;
  apiVersion?: string;
  /** Limit for one HTTP attempt, in milliseconds. */
  timeoutMs?: number;
  /** stripe-node's name for `timeoutMs` (milliseconds); give one of the two. */
  timeout?: number;
  /** Retries after the first attempt (0 to 10). */
  maxRetries?: number;
  /** stripe-node's name for `maxRetries`; give one of the two. */
  maxNetworkRetries?: number;
  /** Limit for the whole call including retries, in milliseconds. */
  deadlineMs?: number;
  /**
   * Aborting ends the call at once (and closes its connection): it rejects with
   * RequestCancelledError, whose `idempotencyKey` is the key a POST used and whose
   * `cause` is `signal.reason`. An already-aborted signal rejects without sending.
   */
  signal?: AbortSignal;
}

export interface ClientConfig {
  /** `sk_test_…`, `sk_live_…` or a restricted key. Never printed. */
  apiKey: string;
  /** Defaults to the profile's public API; http:// only on loopback. */
  baseUrl?: string;
  /** Wire format: 'stripe' (form bodies, Bearer) or 'leanrails' (JSON bodies, Basic). */
  profile?: 'stripe' | 'leanrails';
  /** Version header; defaults to 2023-08-16 for Stripe; null sends none. */
  apiVersion?: string | null;
  /** Retries after the first attempt (default 2, at most 10). */
  maxRetries?: number;
  /** stripe-node's name for `maxRetries`; give one of the two. */
  maxNetworkRetries?: number;
  /** Limit for one HTTP attempt in milliseconds (default 80000). */
  timeoutMs?: number;
  /** stripe-node's name for `timeoutMs` (milliseconds); give one of the two. */
  timeout?: number;
  connectTimeoutMs?: number;
  /** Limit for a whole call including retries, in milliseconds. */
  deadlineMs?: number;
  stripeAccount?: string;
  /**
   * Send every request through this `http://` or `https://` proxy URL (credentials
   * allowed, never printed). Without it HTTPS_PROXY/HTTP_PROXY/NO_PROXY apply.
   */
  proxy?: string;
  /** Extra trusted root certificates (PEM text or Buffer, or an array of them), like Node's `tls` `ca`. */
  ca?: string | Uint8Array | ReadonlyArray<string | Uint8Array>;
}

/** The steps of a call that `client.on` reports. */
export type RequestEventName = 'request' | 'response' | 'retry' | 'error' | 'cancelled';

/**
 * One step of a call, with stripe-node's field names where they match. Times
 * are milliseconds. Never carries the API key.
 */
export interface RequestEvent {
  /** 'GET' or 'POST'. */
  method: string;
  /** The request path, without query string. */
  path: string;
  /** The attempt, from 1. */
  attempt: number;
  /** The Idempotency-Key (POST only). */
  idempotency_key?: string;
  /** The connected account (Stripe-Account), if any. */
  account?: string;
  /** HTTP status: `response`, and `retry` after one. */
  status?: number;
  request_id?: string;
  /** `response`/`error`: the attempt's duration; `cancelled`: the call's. */
  elapsed?: number;
  /** `request`, `response`, `error`: when the attempt started (Unix ms). */
  request_start_time?: number;
  /** `response`, `error`: when it ended (Unix ms). */
  request_end_time?: number;
  /** `error`, `retry`: the failure's kind, e.g. 'connection_error'. */
  error_kind?: ErrorKind;
  /** `retry`: the wait before the next attempt. */
  retry_delay?: number;
}

// ---------------------------------------------------------------- API

/** Walks every result page by page: use with `for await`. */
export interface AutoPagingIterable<T> extends AsyncIterableIterator<T> {
  /** Collect the remaining items (at most `limit`) into an array. */
  toArray(limit?: number): Promise<T[]>;
}

export declare class PaymentIntents {
  private constructor();
  create(params: PaymentIntentCreateParams, options?: RequestOptions): Promise<PaymentIntent>;
  retrieve(id: string, params?: PaymentIntentRetrieveParams, options?: RequestOptions): Promise<PaymentIntent>;
  update(id: string, params?: PaymentIntentUpdateParams, options?: RequestOptions): Promise<PaymentIntent>;
  list(params?: PaymentIntentListParams, options?: RequestOptions): Promise<ApiList<PaymentIntent>>;
  search(params: PaymentIntentSearchParams, options?: RequestOptions): Promise<ApiSearchResult<PaymentIntent>>;
  confirm(id: string, params?: PaymentIntentConfirmParams, options?: RequestOptions): Promise<PaymentIntent>;
  capture(id: string, params?: PaymentIntentCaptureParams, options?: RequestOptions): Promise<PaymentIntent>;
  cancel(id: string, params?: PaymentIntentCancelParams, options?: RequestOptions): Promise<PaymentIntent>;
  incrementAuthorization(
    id: string,
    params: PaymentIntentIncrementAuthorizationParams,
    options?: RequestOptions,
  ): Promise<PaymentIntent>;
  applyCustomerBalance(
    id: string,
    params?: PaymentIntentApplyCustomerBalanceParams,
    options?: RequestOptions,
  ): Promise<PaymentIntent>;
  verifyMicrodeposits(
    id: string,
    params?: PaymentIntentVerifyMicrodepositsParams,
    options?: RequestOptions,
  ): Promise<PaymentIntent>;
  listAutoPaging(params?: PaymentIntentListParams, options?: RequestOptions): AutoPagingIterable<PaymentIntent>;
  searchAutoPaging(params: PaymentIntentSearchParams, options?: RequestOptions): AutoPagingIterable<PaymentIntent>;
}

// ---------------------------------------------------------------- events and webhooks

/** The API request that caused an event. */
export interface EventRequest {
  /** Its `Request-Id`; null for events caused by time or by the platform. */
  id: string | null;
  /** The Idempotency-Key it was sent with. */
  idempotency_key: string | null;
}

/** `data` of an event: the object after the change, and the changed fields' old values. */
export interface EventData {
  /** A PaymentIntent for every `payment_intent.*` event; any other object as sent. */
  object: PaymentIntent | Record<string, unknown>;
  /** The values the changed top-level fields had before (absent for `*.created`). */
  previous_attributes?: Record<string, unknown> | null;
}

/** The event types the PaymentIntents API sends; other types may arrive too. */
export type EventType = OrUnknown<
  | 'payment_intent.created'
  | 'payment_intent.processing'
  | 'payment_intent.requires_action'
  | 'payment_intent.amount_capturable_updated'
  | 'payment_intent.partially_funded'
  | 'payment_intent.succeeded'
  | 'payment_intent.payment_failed'
  | 'payment_intent.canceled'
>;

/**
 * A webhook event, in API spelling. A delivery may repeat and arrive out of
 * order: handle each `id` once.
 */
export interface Event {
  /** `evt_...`; the same on every delivery of this event. */
  id: string;
  object: 'event';
  /** e.g. `payment_intent.succeeded`. */
  type: EventType;
  /** When the event happened, in Unix seconds. */
  created: number;
  /** The API version `data.object` is rendered in. */
  api_version: string | null;
  /** false in test mode. */
  livemode: boolean;
  /** Deliveries of this event not yet acknowledged. */
  pending_webhooks: number;
  /** The request that caused the event, if one did. */
  request: EventRequest | null;
  data: EventData;
  /** The HTTP exchange behind this object (absent on list items and webhook deliveries). */
  readonly lastResponse?: ResponseInfo;
}

/** Parameters of `client.events.list` (`GET /v1/events`). */
export interface EventListParams {
  /** One event type, or a prefix ending in `*` (`payment_intent.*`); not with `types`. */
  type?: string;
  /** Up to 20 event types; not with `type`. */
  types?: string[];
  /** Only events created at this Unix time (seconds) or in this range. */
  created?: PaymentIntentListParams['created'];
  /** true: only events whose every delivery succeeded; false: only those with one pending. */
  delivery_success?: boolean;
  /** Page size, 1 to 100. */
  limit?: number;
  /** Cursor: the events after this one (`evt_...`). */
  starting_after?: string;
  /** Cursor: the events before this one (`evt_...`). */
  ending_before?: string;
}

/** The Events resource: `client.events`, the polling fallback for webhooks. */
export declare class Events {
  private constructor();
  /** One event by id (`evt_...`). */
  retrieve(id: string, options?: RequestOptions): Promise<Event>;
  /** One page of events, newest first. Unknown parameter names are refused before sending. */
  list(params?: EventListParams, options?: RequestOptions): Promise<ApiList<Event>>;
}

/** What `webhooks.generateTestHeaderString` takes. */
export interface TestHeaderOptions {
  /** The body the header signs (a string is taken as UTF-8). */
  payload: string | Uint8Array;
  /** The endpoint secret (`whsec_...`). */
  secret: string;
  /** Unix time in seconds; now when absent. */
  timestamp?: number;
}

/** Webhook signature checks: `payintent.webhooks`, also `client.webhooks`. */
export interface Webhooks {
  /**
   * Verify a webhook delivery and return its event. Checks the
   * `Stripe-Signature` header (`t=…,v1=…`; any `v1` may match, for rotated
   * secrets) against the raw request body and the endpoint secret.
   *
   * @param payload The raw request body exactly as received (e.g. from
   *   `express.raw({ type: 'application/json' })`), not parsed JSON.
   * @param header The `Stripe-Signature` header; missing counts as a failed check.
   * @param secret The endpoint's signing secret (`whsec_...`).
   * @param tolerance The accepted age of the signature in **seconds**
   *   (default 300; 0 accepts any age).
   * @throws SignatureVerificationError when a check fails (the message says which).
   * @throws InvalidArgumentError for a payload that is not an event, or bad arguments.
   */
  constructEvent(
    payload: string | Uint8Array,
    header: string | string[] | null | undefined,
    secret: string,
    tolerance?: number,
  ): Event;
  /** A valid `Stripe-Signature` header for a payload, for tests. */
  generateTestHeaderString(opts: TestHeaderOptions): string;
  /** The default tolerance of `constructEvent`: 300 seconds. */
  readonly DEFAULT_TOLERANCE: number;
}

export declare const webhooks: Webhooks;

export declare class Client {
  /** Throws InvalidArgumentError for a bad setting, TypeError for a non-object. */
  constructor(config: ClientConfig);
  readonly paymentIntents: PaymentIntents;
  /** Events: retrieve and list (the polling fallback for webhooks). */
  readonly events: Events;
  /** The same object as the package's `webhooks`. */
  readonly webhooks: Webhooks;
  readonly baseUrl: string;
  readonly profile: 'stripe' | 'leanrails';
  /** Call `listener` for every `name` step of this client's calls, on the JS thread. */
  on(name: RequestEventName, listener: (event: RequestEvent) => void): this;
  /** Stop calling `listener`. */
  off(name: RequestEventName, listener: (event: RequestEvent) => void): this;
  /** Call `listener` for the next `name` step only. */
  once(name: RequestEventName, listener: (event: RequestEvent) => void): this;
  /** Settings with the key redacted. */
  toJSON(): { baseUrl: string; profile: string; apiKey: string };
}

export declare class PayIntentError extends Error {
  /** Stable code shared by every payintent language. */
  readonly kind: ErrorKind;
  /** The API's machine-readable code, e.g. 'card_declined'. */
  readonly code: string | null;
  readonly httpStatus: number | null;
  /** The HTTP status, as stripe-node's StripeError names it (same as httpStatus). */
  readonly statusCode: number | null;
  /** The response headers (lower-case names), when a response arrived. */
  readonly headers: Record<string, string> | null;
  /** The parameter at fault, in API spelling (e.g. 'amount_to_capture'). */
  readonly param: string | null;
  readonly declineCode: string | null;
  readonly requestId: string | null;
  /** The Idempotency-Key the request was sent with (POST only). */
  readonly idempotencyKey: string | null;
  /** The `type` of the API's error object, as sent. */
  readonly type: string | null;
  readonly docUrl: string | null;
  /** The PaymentIntent attached to the error, e.g. after a decline. */
  readonly paymentIntent: PaymentIntent | null;
}
export declare const VERSION: string;
