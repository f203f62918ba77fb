// Generated from api/payment_intents.json by api/codegen.py; do not edit (run `python3 api/codegen.py`).
// Parameters and results of the PaymentIntents API in its own snake_case
// spelling (API version 2023-08-16); index.d.ts re-exports them.

/** A known value, or a string this version does not know yet. */
export type OrUnknown<T extends string> = T | (string & {});
/** A JSON value, for free-form parameters and unmodelled fields. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
/** An expanded related object (customer, payment method, ...). */
export interface ExpandedObject {
  id: string | null;
  object: string | null;
  [field: string]: JsonValue | undefined;
}
/** An id, or the object itself when the field was expanded. */
export type Expandable<T> = string | T;
/** A list object nested in a result (e.g. LeanRails `charges`). */
export interface ApiListOf<T> {
  object: 'list';
  data: T[];
  has_more: boolean;
  url: string;
}

// ---------------------------------------------------------------- enums

/** Values of `api_errors.type` this version knows. */
export type ApiErrorsType = 'api_error' | 'card_error' | 'idempotency_error' | 'invalid_request_error';
/** Values of `charge.object` this version knows. */
export type ChargeObject = 'charge';
/** Values of `charge.status` this version knows. */
export type ChargeStatus = 'failed' | 'pending' | 'succeeded';
/** Values of `funding_instructions_bank_transfer_financial_address.type` this version knows. */
export type FundingInstructionsBankTransferFinancialAddressType = 'iban' | 'sort_code' | 'spei' | 'zengin';
/**
 * Values of `payment_flows_automatic_payment_methods_payment_intent.allow_redirects` this version
 * knows.
 */
export type PaymentFlowsAutomaticPaymentMethodsPaymentIntentAllowRedirects = 'always' | 'never';
/** Values of `payment_intent.cancellation_reason` this version knows. */
export type PaymentIntentCancellationReason = 'abandoned' | 'automatic' | 'duplicate' | 'failed_invoice' | 'fraudulent' | 'requested_by_customer' | 'void_invoice';
/** Values of `payment_intent.capture_method` this version knows. */
export type PaymentIntentCaptureMethod = 'automatic' | 'automatic_async' | 'manual';
/** Values of `payment_intent.confirmation_method` this version knows. */
export type PaymentIntentConfirmationMethod = 'automatic' | 'manual';
/** Values of `payment_intent.object` this version knows. */
export type PaymentIntentObject = 'payment_intent';
/** Values of `payment_intent.setup_future_usage` this version knows. */
export type PaymentIntentSetupFutureUsage = 'off_session' | 'on_session';
/** Values of `payment_intent.status` this version knows. */
export type PaymentIntentStatus = 'canceled' | 'processing' | 'requires_action' | 'requires_capture' | 'requires_confirmation' | 'requires_payment_method' | 'succeeded';
/**
 * Values of `payment_intent_next_action_display_bank_transfer_instructions.type` this version
 * knows.
 */
export type PaymentIntentNextActionDisplayBankTransferInstructionsType = 'eu_bank_transfer' | 'gb_bank_transfer' | 'jp_bank_transfer' | 'mx_bank_transfer' | 'us_bank_transfer';
/**
 * Values of `payment_intent_next_action_verify_with_microdeposits.microdeposit_type` this version
 * knows.
 */
export type PaymentIntentNextActionVerifyWithMicrodepositsMicrodepositType = 'amounts' | 'descriptor_code';
/** Values of `payment_intent_processing.type` this version knows. */
export type PaymentIntentProcessingType = 'card';

// ---------------------------------------------------------------- results

/** The API's `address` object. */
export interface Address {
  /** City, district, suburb, town, or village. */
  city?: string | null;
  /**
   * Two-letter country code ([ISO 3166-1
   * alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
   */
  country?: string | null;
  /** Address line 1 (e.g., street, PO Box, or company name). */
  line1?: string | null;
  /** Address line 2 (e.g., apartment, suite, unit, or building). */
  line2?: string | null;
  /** ZIP or postal code. */
  postal_code?: string | null;
  /** State, county, province, or region. */
  state?: string | null;
}

/** The API's `api_errors` object. */
export interface ApiErrors {
  /** For card errors, the ID of the failed charge. */
  charge?: string;
  /**
   * For some errors that could be handled programmatically, a short string indicating the [error
   * code](https://stripe.com/docs/error-codes) reported.
   */
  code?: string;
  /**
   * For card errors resulting from a card issuer decline, a short string indicating the [card
   * issuer's reason for the decline](https://stripe.com/docs/declines#issuer-declines) if they
   * provide one.
   */
  decline_code?: string;
  /**
   * A URL to more information about the [error code](https://stripe.com/docs/error-codes)
   * reported.
   */
  doc_url?: string;
  /**
   * A human-readable message providing more details about the error. For card errors, these
   * messages can be shown to your users.
   */
  message?: string;
  /**
   * If the error is parameter-specific, the parameter related to the error. For example, you can
   * use this to display a message near the correct form field.
   */
  param?: string;
  /** (No description in the API reference.) */
  payment_intent?: PaymentIntentFields;
  /** (No description in the API reference.) */
  payment_method?: JsonValue;
  /**
   * If the error is specific to the type of payment method, the payment method type that had a
   * problem. This field is only populated for invoice-related errors.
   */
  payment_method_type?: string;
  /** A URL to the request log entry in your dashboard. */
  request_log_url?: string;
  /** (No description in the API reference.) */
  setup_intent?: JsonValue;
  /** The source object for errors returned on a request involving a source. */
  source?: JsonValue | JsonValue | JsonValue;
  /**
   * The type of error returned. One of `api_error`, `card_error`, `idempotency_error`, or
   * `invalid_request_error`
   */
  type: OrUnknown<'api_error' | 'card_error' | 'idempotency_error' | 'invalid_request_error'>;
}

/** The API's `billing_details` object. */
export interface BillingDetails {
  /** Billing address. */
  address?: Address | null;
  /** Email address. */
  email?: string | null;
  /** Full name. */
  name?: string | null;
  /** Billing phone number (including extension). */
  phone?: string | null;
}

/**
 * The `Charge` object represents a single attempt to move money into your Stripe account.
 * PaymentIntent confirmation is the most common way to create Charges, but transferring money to a
 * different Stripe account through Connect also creates Charges. Some legacy payment flows create
 * Charges directly, which is not recommended for new integrations.
 * The API's `charge` object.
 */
export interface ChargeFields {
  /**
   * Amount intended to be collected by this payment. A positive integer representing how much to
   * charge in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal) (e.g.,
   * 100 cents to charge $1.00 or 100 to charge ¥100, a zero-decimal currency). The minimum amount
   * is $0.50 US or [equivalent in charge
   * currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts). The amount
   * value supports up to eight digits (e.g., a value of 99999999 for a USD charge of $999,999.99).
   */
  amount: number;
  /**
   * Amount in cents (or local equivalent) captured (can be less than the amount attribute on the
   * charge if a partial capture was made).
   */
  amount_captured: number;
  /**
   * Amount in cents (or local equivalent) refunded (can be less than the amount attribute on the
   * charge if a partial refund was issued).
   */
  amount_refunded: number;
  /** ID of the Connect application that created the charge. */
  application?: Expandable<ExpandedObject> | null;
  /**
   * The application fee (if any) for the charge. [See the Connect
   * documentation](https://stripe.com/docs/connect/direct-charges#collecting-fees) for details.
   */
  application_fee?: Expandable<ExpandedObject> | null;
  /**
   * The amount of the application fee (if any) requested for the charge. [See the Connect
   * documentation](https://stripe.com/docs/connect/direct-charges#collecting-fees) for details.
   */
  application_fee_amount?: number | null;
  /**
   * ID of the balance transaction that describes the impact of this charge on your account balance
   * (not including refunds or disputes).
   */
  balance_transaction?: Expandable<ExpandedObject> | null;
  /** (No description in the API reference.) */
  billing_details: BillingDetails;
  /**
   * The full statement descriptor that is passed to card networks, and that is displayed on your
   * customers' credit card and bank statements. Allows you to see what the statement descriptor
   * looks like after the static and dynamic portions are combined.
   */
  calculated_statement_descriptor?: string | null;
  /**
   * If the charge was created without capturing, this Boolean represents whether it is still
   * uncaptured or has since been captured.
   */
  captured: boolean;
  /** Time at which the object was created. Measured in seconds since the Unix epoch. */
  created: number;
  /**
   * Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in
   * lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
   */
  currency: string;
  /** ID of the customer this charge is for if one exists. */
  customer?: Expandable<ExpandedObject> | null;
  /** An arbitrary string attached to the object. Often useful for displaying to users. */
  description?: string | null;
  /** Whether the charge has been disputed. */
  disputed: boolean;
  /**
   * ID of the balance transaction that describes the reversal of the balance on your account due
   * to payment failure.
   */
  failure_balance_transaction?: Expandable<ExpandedObject> | null;
  /**
   * Error code explaining reason for charge failure if available (see [the errors
   * section](https://stripe.com/docs/error-codes) for a list of codes).
   */
  failure_code?: string | null;
  /** Message to user further explaining reason for charge failure if available. */
  failure_message?: string | null;
  /** Information on fraud assessments for the charge. */
  fraud_details?: JsonValue | null;
  /** Unique identifier for the object. */
  id: string;
  /** ID of the invoice this charge is for if one exists. */
  invoice?: Expandable<ExpandedObject> | null;
  /**
   * Has the value `true` if the object exists in live mode or the value `false` if the object
   * exists in test mode.
   */
  livemode: boolean;
  /**
   * Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an
   * object. This can be useful for storing additional information about the object in a structured
   * format.
   */
  metadata: Record<string, string>;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: OrUnknown<'charge'>;
  /**
   * The account (if any) the charge was made on behalf of without triggering an automatic
   * transfer. See the [Connect
   * documentation](https://stripe.com/docs/connect/separate-charges-and-transfers) for details.
   */
  on_behalf_of?: Expandable<ExpandedObject> | null;
  /**
   * Details about whether the payment was accepted, and why. See [understanding
   * declines](https://stripe.com/docs/declines) for details.
   */
  outcome?: JsonValue | null;
  /** `true` if the charge succeeded, or was successfully authorized for later capture. */
  paid: boolean;
  /** ID of the PaymentIntent associated with this charge, if one exists. */
  payment_intent?: Expandable<ExpandedObject> | null;
  /** ID of the payment method used in this charge. */
  payment_method?: string | null;
  /** Details about the payment method at the time of the transaction. */
  payment_method_details?: JsonValue | null;
  /** (No description in the API reference.) */
  radar_options?: JsonValue;
  /** This is the email address that the receipt for this charge was sent to. */
  receipt_email?: string | null;
  /**
   * This is the transaction number that appears on email receipts sent for this charge. This
   * attribute will be `null` until a receipt has been sent.
   */
  receipt_number?: string | null;
  /**
   * This is the URL to view the receipt for this charge. The receipt is kept up-to-date to the
   * latest state of the charge, including any refunds. If the charge is for an Invoice, the
   * receipt will be stylized as an Invoice receipt.
   */
  receipt_url?: string | null;
  /**
   * Whether the charge has been fully refunded. If the charge is only partially refunded, this
   * attribute will still be false.
   */
  refunded: boolean;
  /** A list of refunds that have been applied to the charge. */
  refunds?: {
    /** Details about each object. */
    data: Array<JsonValue>;
    /** True if this list has another page of items after this one that can be fetched. */
    has_more: boolean;
    /**
     * String representing the object's type. Objects of the same type share the same value. Always
     * has the value `list`.
     */
    object: OrUnknown<'list'>;
    /** The URL where this list can be accessed. */
    url: string;
  } | null;
  /** ID of the review associated with this charge if one exists. */
  review?: Expandable<ExpandedObject> | null;
  /** Shipping information for the charge. */
  shipping?: Shipping | null;
  /**
   * The transfer ID which created this charge. Only present if the charge came from another Stripe
   * account. [See the Connect documentation](https://stripe.com/docs/connect/destination-charges)
   * for details.
   */
  source_transfer?: Expandable<ExpandedObject> | null;
  /**
   * For card charges, use `statement_descriptor_suffix` instead. Otherwise, you can use this value
   * as the complete description of a charge on your customers’ statements. Must contain at least
   * one letter, maximum 22 characters.
   */
  statement_descriptor?: string | null;
  /**
   * Provides information about the charge that customers see on their statements. Concatenated
   * with the prefix (shortened descriptor) or statement descriptor that’s set on the account to
   * form the complete statement descriptor. Maximum 22 characters for the concatenated descriptor.
   */
  statement_descriptor_suffix?: string | null;
  /** The status of the payment is either `succeeded`, `pending`, or `failed`. */
  status: OrUnknown<'failed' | 'pending' | 'succeeded'>;
  /**
   * ID of the transfer to the `destination` account (only applicable if the charge was created
   * using the `destination` parameter).
   */
  transfer?: Expandable<ExpandedObject>;
  /**
   * An optional dictionary including the account to automatically transfer to as part of a
   * destination charge. [See the Connect
   * documentation](https://stripe.com/docs/connect/destination-charges) for details.
   */
  transfer_data?: JsonValue | null;
  /**
   * A string that identifies this transaction as part of a group. See the [Connect
   * documentation](https://stripe.com/docs/connect/separate-charges-and-transfers#transfer-options)
   * for details.
   */
  transfer_group?: string | null;
}

/**
 * An error response from the Stripe API
 * The API's `error` object.
 */
export interface Error {
  /** (No description in the API reference.) */
  error: ApiErrors;
}

/**
 * FinancialAddresses contain identifying information that resolves to a FinancialAccount.
 * The API's `funding_instructions_bank_transfer_financial_address` object.
 */
export interface FundingInstructionsBankTransferFinancialAddress {
  /** (No description in the API reference.) */
  iban?: FundingInstructionsBankTransferIbanRecord;
  /** (No description in the API reference.) */
  sort_code?: FundingInstructionsBankTransferSortCodeRecord;
  /** (No description in the API reference.) */
  spei?: FundingInstructionsBankTransferSpeiRecord;
  /** The payment networks supported by this FinancialAddress */
  supported_networks?: Array<OrUnknown<'bacs' | 'fps' | 'sepa' | 'spei' | 'zengin'>>;
  /** The type of financial address */
  type: OrUnknown<'iban' | 'sort_code' | 'spei' | 'zengin'>;
  /** (No description in the API reference.) */
  zengin?: FundingInstructionsBankTransferZenginRecord;
}

/**
 * Iban Records contain E.U. bank account details per the SEPA format.
 * The API's `funding_instructions_bank_transfer_iban_record` object.
 */
export interface FundingInstructionsBankTransferIbanRecord {
  /** The name of the person or business that owns the bank account */
  account_holder_name: string;
  /** The BIC/SWIFT code of the account. */
  bic: string;
  /**
   * Two-letter country code ([ISO 3166-1
   * alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
   */
  country: string;
  /** The IBAN of the account. */
  iban: string;
}

/**
 * Sort Code Records contain U.K. bank account details per the sort code format.
 * The API's `funding_instructions_bank_transfer_sort_code_record` object.
 */
export interface FundingInstructionsBankTransferSortCodeRecord {
  /** The name of the person or business that owns the bank account */
  account_holder_name: string;
  /** The account number */
  account_number: string;
  /** The six-digit sort code */
  sort_code: string;
}

/**
 * SPEI Records contain Mexico bank account details per the SPEI format.
 * The API's `funding_instructions_bank_transfer_spei_record` object.
 */
export interface FundingInstructionsBankTransferSpeiRecord {
  /** The three-digit bank code */
  bank_code: string;
  /** The short banking institution name */
  bank_name: string;
  /** The CLABE number */
  clabe: string;
}

/**
 * Zengin Records contain Japan bank account details per the Zengin format.
 * The API's `funding_instructions_bank_transfer_zengin_record` object.
 */
export interface FundingInstructionsBankTransferZenginRecord {
  /** The account holder name */
  account_holder_name?: string | null;
  /** The account number */
  account_number?: string | null;
  /** The bank account type. In Japan, this can only be `futsu` or `toza`. */
  account_type?: string | null;
  /** The bank code of the account */
  bank_code?: string | null;
  /** The bank name of the account */
  bank_name?: string | null;
  /** The branch code of the account */
  branch_code?: string | null;
  /** The branch name of the account */
  branch_name?: string | null;
}

/** The API's `payment_flows_amount_details` object. */
export interface PaymentFlowsAmountDetails {
  /** (No description in the API reference.) */
  tip?: PaymentFlowsAmountDetailsResourceTip;
}

/** The API's `payment_flows_amount_details_resource_tip` object. */
export interface PaymentFlowsAmountDetailsResourceTip {
  /** Portion of the amount that corresponds to a tip. */
  amount?: number;
}

/** The API's `payment_flows_automatic_payment_methods_payment_intent` object. */
export interface PaymentFlowsAutomaticPaymentMethodsPaymentIntent {
  /**
   * Controls whether this PaymentIntent will accept redirect-based payment methods.
   *
   * Redirect-based payment methods may require your customer to be redirected to a payment
   * method's app or site for authentication or additional steps. To
   * [confirm](https://stripe.com/docs/api/payment_intents/confirm) this PaymentIntent, you may be
   * required to provide a `return_url` to redirect customers back to your site after they
   * authenticate or complete the payment.
   */
  allow_redirects?: OrUnknown<'always' | 'never'>;
  /** Automatically calculates compatible payment methods */
  enabled: boolean;
}

/**
 * A PaymentIntent guides you through the process of collecting a payment from your customer. We
 * recommend that you create exactly one PaymentIntent for each order or customer session in your
 * system. You can reference the PaymentIntent later to see the history of payment attempts for a
 * particular session.
 *
 * A PaymentIntent transitions through [multiple
 * statuses](https://stripe.com/docs/payments/intents#intent-statuses) throughout its lifetime as
 * it interfaces with Stripe.js to perform authentication flows and ultimately creates at most one
 * successful charge.
 *
 * Related guide: [Payment Intents API](https://stripe.com/docs/payments/payment-intents)
 * The API's `payment_intent` object.
 */
export interface PaymentIntentFields {
  /**
   * Amount intended to be collected by this PaymentIntent. A positive integer representing how
   * much to charge in the [smallest currency
   * unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents to charge $1.00 or 100
   * to charge ¥100, a zero-decimal currency). The minimum amount is $0.50 US or [equivalent in
   * charge currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts). The
   * amount value supports up to eight digits (e.g., a value of 99999999 for a USD charge of
   * $999,999.99).
   */
  amount: number;
  /** Amount that can be captured from this PaymentIntent. */
  amount_capturable?: number;
  /** (No description in the API reference.) */
  amount_details?: PaymentFlowsAmountDetails;
  /** Amount that was collected by this PaymentIntent. */
  amount_received?: number;
  /** ID of the Connect application that created the PaymentIntent. */
  application?: Expandable<ExpandedObject> | null;
  /**
   * The amount of the application fee (if any) that will be requested to be applied to the payment
   * and transferred to the application owner's Stripe account. The amount of the application fee
   * collected will be capped at the total payment amount. For more information, see the
   * PaymentIntents [use case for connected
   * accounts](https://stripe.com/docs/payments/connected-accounts).
   */
  application_fee_amount?: number | null;
  /**
   * Settings to configure compatible payment methods from the [Stripe
   * Dashboard](https://dashboard.stripe.com/settings/payment_methods)
   */
  automatic_payment_methods?: PaymentFlowsAutomaticPaymentMethodsPaymentIntent | null;
  /**
   * Populated when `status` is `canceled`, this is the time at which the PaymentIntent was
   * canceled. Measured in seconds since the Unix epoch.
   */
  canceled_at?: number | null;
  /**
   * Reason for cancellation of this PaymentIntent, either user-provided (`duplicate`,
   * `fraudulent`, `requested_by_customer`, or `abandoned`) or generated by Stripe internally
   * (`failed_invoice`, `void_invoice`, or `automatic`).
   */
  cancellation_reason?: OrUnknown<'abandoned' | 'automatic' | 'duplicate' | 'failed_invoice' | 'fraudulent' | 'requested_by_customer' | 'void_invoice'> | null;
  /** Controls when the funds will be captured from the customer's account. */
  capture_method: OrUnknown<'automatic' | 'automatic_async' | 'manual'>;
  /**
   * The client secret of this PaymentIntent. Used for client-side retrieval using a publishable
   * key.
   *
   * The client secret can be used to complete a payment from your frontend. It should not be
   * stored, logged, or exposed to anyone other than the customer. Make sure that you have TLS
   * enabled on any page that includes the client secret.
   *
   * Refer to our docs to [accept a
   * payment](https://stripe.com/docs/payments/accept-a-payment?ui=elements) and learn about how
   * `client_secret` should be handled.
   */
  client_secret?: string | null;
  /** (No description in the API reference.) */
  confirmation_method: OrUnknown<'automatic' | 'manual'>;
  /** Time at which the object was created. Measured in seconds since the Unix epoch. */
  created: number;
  /**
   * Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in
   * lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
   */
  currency: string;
  /**
   * ID of the Customer this PaymentIntent belongs to, if one exists.
   *
   * Payment methods attached to other Customers cannot be used with this PaymentIntent.
   *
   * If present in combination with
   * [setup_future_usage](https://stripe.com/docs/api#payment_intent_object-setup_future_usage),
   * this PaymentIntent's payment method will be attached to the Customer after the PaymentIntent
   * has been confirmed and any required actions from the user are complete.
   */
  customer?: Expandable<ExpandedObject> | null;
  /** An arbitrary string attached to the object. Often useful for displaying to users. */
  description?: string | null;
  /** Unique identifier for the object. */
  id: string;
  /** ID of the invoice that created this PaymentIntent, if it exists. */
  invoice?: Expandable<ExpandedObject> | null;
  /**
   * The payment error encountered in the previous PaymentIntent confirmation. It will be cleared
   * if the PaymentIntent is later updated for any reason.
   */
  last_payment_error?: ApiErrors | null;
  /** The latest charge created by this payment intent. */
  latest_charge?: Expandable<ExpandedObject> | null;
  /**
   * Has the value `true` if the object exists in live mode or the value `false` if the object
   * exists in test mode.
   */
  livemode: boolean;
  /**
   * Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an
   * object. This can be useful for storing additional information about the object in a structured
   * format. For more information, see the
   * [documentation](https://stripe.com/docs/payments/payment-intents/creating-payment-intents#storing-information-in-metadata).
   */
  metadata?: Record<string, string>;
  /**
   * If present, this property tells you what actions you need to take in order for your customer
   * to fulfill a payment using the provided source.
   */
  next_action?: PaymentIntentNextAction | null;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: OrUnknown<'payment_intent'>;
  /**
   * The account (if any) for which the funds of the PaymentIntent are intended. See the
   * PaymentIntents [use case for connected
   * accounts](https://stripe.com/docs/payments/connected-accounts) for details.
   */
  on_behalf_of?: Expandable<ExpandedObject> | null;
  /** ID of the payment method used in this PaymentIntent. */
  payment_method?: Expandable<ExpandedObject> | null;
  /** Payment-method-specific configuration for this PaymentIntent. */
  payment_method_options?: JsonValue | null;
  /** The list of payment method types (e.g. card) that this PaymentIntent is allowed to use. */
  payment_method_types: Array<string>;
  /** If present, this property tells you about the processing state of the payment. */
  processing?: PaymentIntentProcessing | null;
  /**
   * Email address that the receipt for the resulting payment will be sent to. If `receipt_email`
   * is specified for a payment in live mode, a receipt will be sent regardless of your [email
   * settings](https://dashboard.stripe.com/account/emails).
   */
  receipt_email?: string | null;
  /** ID of the review associated with this PaymentIntent, if any. */
  review?: Expandable<ExpandedObject> | null;
  /**
   * Indicates that you intend to make future payments with this PaymentIntent's payment method.
   *
   * Providing this parameter will [attach the payment
   * method](https://stripe.com/docs/payments/save-during-payment) to the PaymentIntent's Customer,
   * if present, after the PaymentIntent is confirmed and any required actions from the user are
   * complete. If no Customer was provided, the payment method can still be
   * [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer after the
   * transaction completes.
   *
   * When processing card payments, Stripe also uses `setup_future_usage` to dynamically optimize
   * your payment flow and comply with regional legislation and network rules, such as
   * [SCA](https://stripe.com/docs/strong-customer-authentication).
   */
  setup_future_usage?: OrUnknown<'off_session' | 'on_session'> | null;
  /** Shipping information for this PaymentIntent. */
  shipping?: Shipping | null;
  /**
   * For non-card charges, you can use this value as the complete description that appears on your
   * customers’ statements. Must contain at least one letter, maximum 22 characters.
   */
  statement_descriptor?: string | null;
  /**
   * Provides information about a card payment that customers see on their statements. Concatenated
   * with the prefix (shortened descriptor) or statement descriptor that’s set on the account to
   * form the complete statement descriptor. Maximum 22 characters for the concatenated descriptor.
   */
  statement_descriptor_suffix?: string | null;
  /**
   * Status of this PaymentIntent, one of `requires_payment_method`, `requires_confirmation`,
   * `requires_action`, `processing`, `requires_capture`, `canceled`, or `succeeded`. Read more
   * about each PaymentIntent [status](https://stripe.com/docs/payments/intents#intent-statuses).
   */
  status: OrUnknown<'canceled' | 'processing' | 'requires_action' | 'requires_capture' | 'requires_confirmation' | 'requires_payment_method' | 'succeeded'>;
  /**
   * The data with which to automatically create a Transfer when the payment is finalized. See the
   * PaymentIntents [use case for connected
   * accounts](https://stripe.com/docs/payments/connected-accounts) for details.
   */
  transfer_data?: TransferData | null;
  /**
   * A string that identifies the resulting payment as part of a group. See the PaymentIntents [use
   * case for connected accounts](https://stripe.com/docs/connect/separate-charges-and-transfers)
   * for details.
   */
  transfer_group?: string | null;
}

/** The API's `payment_intent_card_processing` object. */
export interface PaymentIntentCardProcessing {
  /** (No description in the API reference.) */
  customer_notification?: PaymentIntentProcessingCustomerNotification;
}

/** The API's `payment_intent_next_action` object. */
export interface PaymentIntentNextAction {
  /** (No description in the API reference.) */
  alipay_handle_redirect?: PaymentIntentNextActionAlipayHandleRedirect;
  /** (No description in the API reference.) */
  boleto_display_details?: PaymentIntentNextActionBoleto;
  /** (No description in the API reference.) */
  card_await_notification?: PaymentIntentNextActionCardAwaitNotification;
  /** (No description in the API reference.) */
  cashapp_handle_redirect_or_display_qr_code?: PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode;
  /** (No description in the API reference.) */
  display_bank_transfer_instructions?: PaymentIntentNextActionDisplayBankTransferInstructions;
  /** (No description in the API reference.) */
  konbini_display_details?: PaymentIntentNextActionKonbini;
  /** (No description in the API reference.) */
  oxxo_display_details?: PaymentIntentNextActionDisplayOxxoDetails;
  /** (No description in the API reference.) */
  paynow_display_qr_code?: PaymentIntentNextActionPaynowDisplayQrCode;
  /** (No description in the API reference.) */
  pix_display_qr_code?: PaymentIntentNextActionPixDisplayQrCode;
  /** (No description in the API reference.) */
  promptpay_display_qr_code?: PaymentIntentNextActionPromptpayDisplayQrCode;
  /** (No description in the API reference.) */
  redirect_to_url?: PaymentIntentNextActionRedirectToUrl;
  /**
   * Type of the next action to perform, one of `redirect_to_url`, `use_stripe_sdk`,
   * `alipay_handle_redirect`, `oxxo_display_details`, or `verify_with_microdeposits`.
   */
  type: string;
  /**
   * When confirming a PaymentIntent with Stripe.js, Stripe.js depends on the contents of this
   * dictionary to invoke authentication flows. The shape of the contents is subject to change and
   * is only intended to be used by Stripe.js.
   */
  use_stripe_sdk?: JsonValue;
  /** (No description in the API reference.) */
  verify_with_microdeposits?: PaymentIntentNextActionVerifyWithMicrodeposits;
  /** (No description in the API reference.) */
  wechat_pay_display_qr_code?: PaymentIntentNextActionWechatPayDisplayQrCode;
  /** (No description in the API reference.) */
  wechat_pay_redirect_to_android_app?: PaymentIntentNextActionWechatPayRedirectToAndroidApp;
  /** (No description in the API reference.) */
  wechat_pay_redirect_to_ios_app?: PaymentIntentNextActionWechatPayRedirectToIosApp;
}

/** The API's `payment_intent_next_action_alipay_handle_redirect` object. */
export interface PaymentIntentNextActionAlipayHandleRedirect {
  /**
   * The native data to be used with Alipay SDK you must redirect your customer to in order to
   * authenticate the payment in an Android App.
   */
  native_data?: string | null;
  /**
   * The native URL you must redirect your customer to in order to authenticate the payment in an
   * iOS App.
   */
  native_url?: string | null;
  /**
   * If the customer does not exit their browser while authenticating, they will be redirected to
   * this specified URL after completion.
   */
  return_url?: string | null;
  /** The URL you must redirect your customer to in order to authenticate the payment. */
  url?: string | null;
}

/** The API's `payment_intent_next_action_boleto` object. */
export interface PaymentIntentNextActionBoleto {
  /** The timestamp after which the boleto expires. */
  expires_at?: number | null;
  /** The URL to the hosted boleto voucher page, which allows customers to view the boleto voucher. */
  hosted_voucher_url?: string | null;
  /** The boleto number. */
  number?: string | null;
  /** The URL to the downloadable boleto voucher PDF. */
  pdf?: string | null;
}

/** The API's `payment_intent_next_action_card_await_notification` object. */
export interface PaymentIntentNextActionCardAwaitNotification {
  /**
   * The time that payment will be attempted. If customer approval is required, they need to
   * provide approval before this time.
   */
  charge_attempt_at?: number | null;
  /**
   * For payments greater than INR 15000, the customer must provide explicit approval of the
   * payment with their bank. For payments of lower amount, no customer action is required.
   */
  customer_approval_required?: boolean | null;
}

/** The API's `payment_intent_next_action_cashapp_handle_redirect_or_display_qr_code` object. */
export interface PaymentIntentNextActionCashappHandleRedirectOrDisplayQrCode {
  /**
   * The URL to the hosted Cash App Pay instructions page, which allows customers to view the QR
   * code, and supports QR code refreshing on expiration.
   */
  hosted_instructions_url: string;
  /** The url for mobile redirect based auth */
  mobile_auth_url: string;
  /** (No description in the API reference.) */
  qr_code: PaymentIntentNextActionCashappQrCode;
}

/** The API's `payment_intent_next_action_cashapp_qr_code` object. */
export interface PaymentIntentNextActionCashappQrCode {
  /** The date (unix timestamp) when the QR code expires. */
  expires_at: number;
  /** The image_url_png string used to render QR code */
  image_url_png: string;
  /** The image_url_svg string used to render QR code */
  image_url_svg: string;
}

/** The API's `payment_intent_next_action_display_bank_transfer_instructions` object. */
export interface PaymentIntentNextActionDisplayBankTransferInstructions {
  /** The remaining amount that needs to be transferred to complete the payment. */
  amount_remaining?: number | null;
  /**
   * Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in
   * lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
   */
  currency?: string | null;
  /** A list of financial addresses that can be used to fund the customer balance */
  financial_addresses?: Array<FundingInstructionsBankTransferFinancialAddress>;
  /** A link to a hosted page that guides your customer through completing the transfer. */
  hosted_instructions_url?: string | null;
  /**
   * A string identifying this payment. Instruct your customer to include this code in the
   * reference or memo field of their bank transfer.
   */
  reference?: string | null;
  /** Type of bank transfer */
  type: OrUnknown<'eu_bank_transfer' | 'gb_bank_transfer' | 'jp_bank_transfer' | 'mx_bank_transfer' | 'us_bank_transfer'>;
}

/** The API's `payment_intent_next_action_display_oxxo_details` object. */
export interface PaymentIntentNextActionDisplayOxxoDetails {
  /** The timestamp after which the OXXO voucher expires. */
  expires_after?: number | null;
  /**
   * The URL for the hosted OXXO voucher page, which allows customers to view and print an OXXO
   * voucher.
   */
  hosted_voucher_url?: string | null;
  /** OXXO reference number. */
  number?: string | null;
}

/** The API's `payment_intent_next_action_konbini` object. */
export interface PaymentIntentNextActionKonbini {
  /** The timestamp at which the pending Konbini payment expires. */
  expires_at: number;
  /**
   * The URL for the Konbini payment instructions page, which allows customers to view and print a
   * Konbini voucher.
   */
  hosted_voucher_url?: string | null;
  /** (No description in the API reference.) */
  stores: PaymentIntentNextActionKonbiniStores;
}

/** The API's `payment_intent_next_action_konbini_familymart` object. */
export interface PaymentIntentNextActionKonbiniFamilymart {
  /** The confirmation number. */
  confirmation_number?: string;
  /** The payment code. */
  payment_code: string;
}

/** The API's `payment_intent_next_action_konbini_lawson` object. */
export interface PaymentIntentNextActionKonbiniLawson {
  /** The confirmation number. */
  confirmation_number?: string;
  /** The payment code. */
  payment_code: string;
}

/** The API's `payment_intent_next_action_konbini_ministop` object. */
export interface PaymentIntentNextActionKonbiniMinistop {
  /** The confirmation number. */
  confirmation_number?: string;
  /** The payment code. */
  payment_code: string;
}

/** The API's `payment_intent_next_action_konbini_seicomart` object. */
export interface PaymentIntentNextActionKonbiniSeicomart {
  /** The confirmation number. */
  confirmation_number?: string;
  /** The payment code. */
  payment_code: string;
}

/** The API's `payment_intent_next_action_konbini_stores` object. */
export interface PaymentIntentNextActionKonbiniStores {
  /** FamilyMart instruction details. */
  familymart?: PaymentIntentNextActionKonbiniFamilymart | null;
  /** Lawson instruction details. */
  lawson?: PaymentIntentNextActionKonbiniLawson | null;
  /** Ministop instruction details. */
  ministop?: PaymentIntentNextActionKonbiniMinistop | null;
  /** Seicomart instruction details. */
  seicomart?: PaymentIntentNextActionKonbiniSeicomart | null;
}

/** The API's `payment_intent_next_action_paynow_display_qr_code` object. */
export interface PaymentIntentNextActionPaynowDisplayQrCode {
  /** The raw data string used to generate QR code, it should be used together with QR code library. */
  data: string;
  /**
   * The URL to the hosted PayNow instructions page, which allows customers to view the PayNow QR
   * code.
   */
  hosted_instructions_url?: string | null;
  /** The image_url_png string used to render QR code */
  image_url_png: string;
  /** The image_url_svg string used to render QR code */
  image_url_svg: string;
}

/** The API's `payment_intent_next_action_pix_display_qr_code` object. */
export interface PaymentIntentNextActionPixDisplayQrCode {
  /** The raw data string used to generate QR code, it should be used together with QR code library. */
  data?: string;
  /** The date (unix timestamp) when the PIX expires. */
  expires_at?: number;
  /** The URL to the hosted pix instructions page, which allows customers to view the pix QR code. */
  hosted_instructions_url?: string;
  /** The image_url_png string used to render png QR code */
  image_url_png?: string;
  /** The image_url_svg string used to render svg QR code */
  image_url_svg?: string;
}

/** The API's `payment_intent_next_action_promptpay_display_qr_code` object. */
export interface PaymentIntentNextActionPromptpayDisplayQrCode {
  /** The raw data string used to generate QR code, it should be used together with QR code library. */
  data: string;
  /**
   * The URL to the hosted PromptPay instructions page, which allows customers to view the
   * PromptPay QR code.
   */
  hosted_instructions_url: string;
  /** The PNG path used to render the QR code, can be used as the source in an HTML img tag */
  image_url_png: string;
  /** The SVG path used to render the QR code, can be used as the source in an HTML img tag */
  image_url_svg: string;
}

/** The API's `payment_intent_next_action_redirect_to_url` object. */
export interface PaymentIntentNextActionRedirectToUrl {
  /**
   * If the customer does not exit their browser while authenticating, they will be redirected to
   * this specified URL after completion.
   */
  return_url?: string | null;
  /** The URL you must redirect your customer to in order to authenticate the payment. */
  url?: string | null;
}

/** The API's `payment_intent_next_action_verify_with_microdeposits` object. */
export interface PaymentIntentNextActionVerifyWithMicrodeposits {
  /** The timestamp when the microdeposits are expected to land. */
  arrival_date: number;
  /** The URL for the hosted verification page, which allows customers to verify their bank account. */
  hosted_verification_url: string;
  /**
   * The type of the microdeposit sent to the customer. Used to distinguish between different
   * verification methods.
   */
  microdeposit_type?: OrUnknown<'amounts' | 'descriptor_code'> | null;
}

/** The API's `payment_intent_next_action_wechat_pay_display_qr_code` object. */
export interface PaymentIntentNextActionWechatPayDisplayQrCode {
  /** The data being used to generate QR code */
  data: string;
  /**
   * The URL to the hosted WeChat Pay instructions page, which allows customers to view the WeChat
   * Pay QR code.
   */
  hosted_instructions_url: string;
  /** The base64 image data for a pre-generated QR code */
  image_data_url: string;
  /** The image_url_png string used to render QR code */
  image_url_png: string;
  /** The image_url_svg string used to render QR code */
  image_url_svg: string;
}

/** The API's `payment_intent_next_action_wechat_pay_redirect_to_android_app` object. */
export interface PaymentIntentNextActionWechatPayRedirectToAndroidApp {
  /** app_id is the APP ID registered on WeChat open platform */
  app_id: string;
  /** nonce_str is a random string */
  nonce_str: string;
  /** package is static value */
  package: string;
  /** an unique merchant ID assigned by WeChat Pay */
  partner_id: string;
  /** an unique trading ID assigned by WeChat Pay */
  prepay_id: string;
  /** A signature */
  sign: string;
  /** Specifies the current time in epoch format */
  timestamp: string;
}

/** The API's `payment_intent_next_action_wechat_pay_redirect_to_ios_app` object. */
export interface PaymentIntentNextActionWechatPayRedirectToIosApp {
  /** An universal link that redirect to WeChat Pay app */
  native_url: string;
}

/** The API's `payment_intent_processing` object. */
export interface PaymentIntentProcessing {
  /** (No description in the API reference.) */
  card?: PaymentIntentCardProcessing;
  /** Type of the payment method for which payment is in `processing` state, one of `card`. */
  type: OrUnknown<'card'>;
}

/** The API's `payment_intent_processing_customer_notification` object. */
export interface PaymentIntentProcessingCustomerNotification {
  /**
   * Whether customer approval has been requested for this payment. For payments greater than INR
   * 15000 or mandate amount, the customer must provide explicit approval of the payment with their
   * bank.
   */
  approval_requested?: boolean | null;
  /** If customer approval is required, they need to provide approval before this time. */
  completes_at?: number | null;
}

/** The API's `shipping` object. */
export interface Shipping {
  /** (No description in the API reference.) */
  address?: Address;
  /** The delivery service that shipped a physical product, such as Fedex, UPS, USPS, etc. */
  carrier?: string | null;
  /** Recipient name. */
  name?: string;
  /** Recipient phone (including extension). */
  phone?: string | null;
  /**
   * The tracking number for a physical product, obtained from the delivery service. If multiple
   * tracking numbers were generated for this purchase, please separate them with commas.
   */
  tracking_number?: string | null;
}

/** The API's `transfer_data` object. */
export interface TransferData {
  /**
   * Amount intended to be collected by this PaymentIntent. A positive integer representing how
   * much to charge in the [smallest currency
   * unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents to charge $1.00 or 100
   * to charge ¥100, a zero-decimal currency). The minimum amount is $0.50 US or [equivalent in
   * charge currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts). The
   * amount value supports up to eight digits (e.g., a value of 99999999 for a USD charge of
   * $999,999.99).
   */
  amount?: number;
  /**
   * The account (if any) the payment will be attributed to for tax reporting, and where funds from
   * the payment will be transferred to upon payment success.
   */
  destination: Expandable<ExpandedObject>;
}

// ---------------------------------------------------------------- parameters

/**
 * Creates a PaymentIntent object.
 *
 * After the PaymentIntent is created, attach a payment method and
 * [confirm](https://stripe.com/docs/api/payment_intents/confirm) to continue the payment. You can
 * read more about the different payment flows available via the Payment Intents API
 * [here](https://stripe.com/docs/payments/payment-intents).
 *
 * When confirm=true is used during creation, it is equivalent to creating and confirming the
 * PaymentIntent in the same call. You may use any parameters available in the [confirm
 * API](https://stripe.com/docs/api/payment_intents/confirm) when confirm=true is supplied.
 * Parameters of `POST /v1/payment_intents` (create).
 */
export interface PaymentIntentCreateParams {
  /**
   * Amount intended to be collected by this PaymentIntent. A positive integer representing how
   * much to charge in the [smallest currency
   * unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents to charge $1.00 or 100
   * to charge ¥100, a zero-decimal currency). The minimum amount is $0.50 US or [equivalent in
   * charge currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts). The
   * amount value supports up to eight digits (e.g., a value of 99999999 for a USD charge of
   * $999,999.99).
   */
  amount: number;
  /**
   * The amount of the application fee (if any) that will be requested to be applied to the payment
   * and transferred to the application owner's Stripe account. The amount of the application fee
   * collected will be capped at the total payment amount. For more information, see the
   * PaymentIntents [use case for connected
   * accounts](https://stripe.com/docs/payments/connected-accounts).
   */
  application_fee_amount?: number;
  /**
   * When enabled, this PaymentIntent will accept payment methods that you have enabled in the
   * Dashboard and are compatible with this PaymentIntent's other parameters.
   */
  automatic_payment_methods?: {
    /** (No description in the API reference.) */
    allow_redirects?: 'always' | 'never';
    /** (No description in the API reference.) */
    enabled: boolean;
  };
  /** Controls when the funds will be captured from the customer's account. */
  capture_method?: 'automatic' | 'automatic_async' | 'manual';
  /**
   * Set to `true` to attempt to [confirm](https://stripe.com/docs/api/payment_intents/confirm)
   * this PaymentIntent immediately. This parameter defaults to `false`. When creating and
   * confirming a PaymentIntent at the same time, parameters available in the
   * [confirm](https://stripe.com/docs/api/payment_intents/confirm) API may also be provided.
   */
  confirm?: boolean;
  /** (No description in the API reference.) */
  confirmation_method?: 'automatic' | 'manual';
  /**
   * A ConfirmationToken (`ctoken_…`) holding the payment details that Stripe's client SDKs
   * collected; used with `confirm=true`. Newer than the 2023-08-16 OpenAPI file.
   */
  confirmation_token?: string;
  /**
   * Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in
   * lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
   */
  currency: string;
  /**
   * ID of the Customer this PaymentIntent belongs to, if one exists.
   *
   * Payment methods attached to other Customers cannot be used with this PaymentIntent.
   *
   * If present in combination with
   * [setup_future_usage](https://stripe.com/docs/api#payment_intent_object-setup_future_usage),
   * this PaymentIntent's payment method will be attached to the Customer after the PaymentIntent
   * has been confirmed and any required actions from the user are complete.
   */
  customer?: string;
  /** An arbitrary string attached to the object. Often useful for displaying to users. */
  description?: string;
  /**
   * Set to `true` to fail the payment attempt if the PaymentIntent transitions into
   * `requires_action`. This parameter is intended for simpler integrations that do not handle
   * customer actions, like [saving cards without
   * authentication](https://stripe.com/docs/payments/save-card-without-authentication). This
   * parameter can only be used with
   * [`confirm=true`](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-confirm).
   */
  error_on_requires_action?: boolean;
  /** Specifies which fields in the response should be expanded. */
  expand?: Array<string>;
  /**
   * ID of the mandate to be used for this payment. This parameter can only be used with
   * [`confirm=true`](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-confirm).
   */
  mandate?: string;
  /**
   * This hash contains details about the Mandate to create. This parameter can only be used with
   * [`confirm=true`](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-confirm).
   * Send an empty string to unset it.
   */
  mandate_data?: {
    /** (No description in the API reference.) */
    customer_acceptance: {
      /** (No description in the API reference.) */
      accepted_at?: number;
      /** (No description in the API reference.) */
      offline?: JsonValue;
      /** (No description in the API reference.) */
      online?: {
        /** (No description in the API reference.) */
        ip_address: string;
        /** (No description in the API reference.) */
        user_agent: string;
      };
      /** (No description in the API reference.) */
      type: 'offline' | 'online';
    };
  };
  /**
   * Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an
   * object. This can be useful for storing additional information about the object in a structured
   * format. Individual keys can be unset by posting an empty value to them. All keys can be unset
   * by posting an empty value to `metadata`.
   */
  metadata?: Record<string, string>;
  /**
   * Set to `true` to indicate that the customer is not in your checkout flow during this payment
   * attempt, and therefore is unable to authenticate. This parameter is intended for scenarios
   * where you collect card details and [charge them
   * later](https://stripe.com/docs/payments/cards/charging-saved-cards). This parameter can only
   * be used with
   * [`confirm=true`](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-confirm).
   */
  off_session?: boolean | 'one_off' | 'recurring';
  /**
   * The Stripe account ID for which these funds are intended. For details, see the PaymentIntents
   * [use case for connected accounts](https://stripe.com/docs/payments/connected-accounts).
   */
  on_behalf_of?: string;
  /**
   * ID of the payment method (a PaymentMethod, Card, or [compatible
   * Source](https://stripe.com/docs/payments/payment-methods/transitioning#compatibility) object)
   * to attach to this PaymentIntent.
   *
   * If this parameter is omitted with `confirm=true`, `customer.default_source` will be attached
   * as this PaymentIntent's payment instrument to improve the migration experience for users of
   * the Charges API. We recommend that you explicitly provide the `payment_method` going forward.
   */
  payment_method?: string;
  /**
   * If provided, this hash will be used to create a PaymentMethod. The new PaymentMethod will
   * appear in the
   * [payment_method](https://stripe.com/docs/api/payment_intents/object#payment_intent_object-payment_method)
   * property on the PaymentIntent.
   */
  payment_method_data?: {
    /** (No description in the API reference.) */
    acss_debit?: {
      /** (No description in the API reference.) */
      account_number: string;
      /** (No description in the API reference.) */
      institution_number: string;
      /** (No description in the API reference.) */
      transit_number: string;
    };
    /** (No description in the API reference.) */
    affirm?: JsonValue;
    /** (No description in the API reference.) */
    afterpay_clearpay?: JsonValue;
    /** (No description in the API reference.) */
    alipay?: JsonValue;
    /** (No description in the API reference.) */
    au_becs_debit?: {
      /** (No description in the API reference.) */
      account_number: string;
      /** (No description in the API reference.) */
      bsb_number: string;
    };
    /** (No description in the API reference.) */
    bacs_debit?: {
      /** (No description in the API reference.) */
      account_number?: string;
      /** (No description in the API reference.) */
      sort_code?: string;
    };
    /** (No description in the API reference.) */
    bancontact?: JsonValue;
    /** (No description in the API reference.) */
    billing_details?: {
      /** Send an empty string to unset it. */
      address?: {
        /** (No description in the API reference.) */
        city?: string;
        /** (No description in the API reference.) */
        country?: string;
        /** (No description in the API reference.) */
        line1?: string;
        /** (No description in the API reference.) */
        line2?: string;
        /** (No description in the API reference.) */
        postal_code?: string;
        /** (No description in the API reference.) */
        state?: string;
      };
      /** Send an empty string to unset it. */
      email?: string;
      /** Send an empty string to unset it. */
      name?: string;
      /** Send an empty string to unset it. */
      phone?: string;
    };
    /** (No description in the API reference.) */
    blik?: JsonValue;
    /** (No description in the API reference.) */
    boleto?: {
      /** (No description in the API reference.) */
      tax_id: string;
    };
    /** (No description in the API reference.) */
    cashapp?: JsonValue;
    /** (No description in the API reference.) */
    customer_balance?: JsonValue;
    /** (No description in the API reference.) */
    eps?: {
      /** (No description in the API reference.) */
      bank?: 'arzte_und_apotheker_bank' | 'austrian_anadi_bank_ag' | 'bank_austria' | 'bankhaus_carl_spangler' | 'bankhaus_schelhammer_und_schattera_ag' | 'bawag_psk_ag' | 'bks_bank_ag' | 'brull_kallmus_bank_ag' | 'btv_vier_lander_bank' | 'capital_bank_grawe_gruppe_ag' | 'deutsche_bank_ag' | 'dolomitenbank' | 'easybank_ag' | 'erste_bank_und_sparkassen' | 'hypo_alpeadriabank_international_ag' | 'hypo_bank_burgenland_aktiengesellschaft' | 'hypo_noe_lb_fur_niederosterreich_u_wien' | 'hypo_oberosterreich_salzburg_steiermark' | 'hypo_tirol_bank_ag' | 'hypo_vorarlberg_bank_ag' | 'marchfelder_bank' | 'oberbank_ag' | 'raiffeisen_bankengruppe_osterreich' | 'schoellerbank_ag' | 'sparda_bank_wien' | 'volksbank_gruppe' | 'volkskreditbank_ag' | 'vr_bank_braunau';
    };
    /** (No description in the API reference.) */
    fpx?: {
      /** (No description in the API reference.) */
      bank: 'affin_bank' | 'agrobank' | 'alliance_bank' | 'ambank' | 'bank_islam' | 'bank_muamalat' | 'bank_of_china' | 'bank_rakyat' | 'bsn' | 'cimb' | 'deutsche_bank' | 'hong_leong_bank' | 'hsbc' | 'kfh' | 'maybank2e' | 'maybank2u' | 'ocbc' | 'pb_enterprise' | 'public_bank' | 'rhb' | 'standard_chartered' | 'uob';
    };
    /** (No description in the API reference.) */
    giropay?: JsonValue;
    /** (No description in the API reference.) */
    grabpay?: JsonValue;
    /** (No description in the API reference.) */
    ideal?: {
      /** (No description in the API reference.) */
      bank?: 'abn_amro' | 'asn_bank' | 'bunq' | 'handelsbanken' | 'ing' | 'knab' | 'moneyou' | 'n26' | 'rabobank' | 'regiobank' | 'revolut' | 'sns_bank' | 'triodos_bank' | 'van_lanschot' | 'yoursafe';
    };
    /** (No description in the API reference.) */
    interac_present?: JsonValue;
    /** (No description in the API reference.) */
    klarna?: {
      /** (No description in the API reference.) */
      dob?: {
        /** (No description in the API reference.) */
        day: number;
        /** (No description in the API reference.) */
        month: number;
        /** (No description in the API reference.) */
        year: number;
      };
    };
    /** (No description in the API reference.) */
    konbini?: JsonValue;
    /** (No description in the API reference.) */
    link?: JsonValue;
    /** (No description in the API reference.) */
    metadata?: Record<string, string>;
    /** (No description in the API reference.) */
    oxxo?: JsonValue;
    /** (No description in the API reference.) */
    p24?: {
      /** (No description in the API reference.) */
      bank?: 'alior_bank' | 'bank_millennium' | 'bank_nowy_bfg_sa' | 'bank_pekao_sa' | 'banki_spbdzielcze' | 'blik' | 'bnp_paribas' | 'boz' | 'citi_handlowy' | 'credit_agricole' | 'envelobank' | 'etransfer_pocztowy24' | 'getin_bank' | 'ideabank' | 'ing' | 'inteligo' | 'mbank_mtransfer' | 'nest_przelew' | 'noble_pay' | 'pbac_z_ipko' | 'plus_bank' | 'santander_przelew24' | 'tmobile_usbugi_bankowe' | 'toyota_bank' | 'volkswagen_bank';
    };
    /** (No description in the API reference.) */
    paynow?: JsonValue;
    /** (No description in the API reference.) */
    paypal?: JsonValue;
    /** (No description in the API reference.) */
    pix?: JsonValue;
    /** (No description in the API reference.) */
    promptpay?: JsonValue;
    /** (No description in the API reference.) */
    radar_options?: {
      /** (No description in the API reference.) */
      session?: string;
    };
    /** (No description in the API reference.) */
    sepa_debit?: {
      /** (No description in the API reference.) */
      iban: string;
    };
    /** (No description in the API reference.) */
    sofort?: {
      /** (No description in the API reference.) */
      country: 'AT' | 'BE' | 'DE' | 'ES' | 'IT' | 'NL';
    };
    /** (No description in the API reference.) */
    type: 'acss_debit' | 'affirm' | 'afterpay_clearpay' | 'alipay' | 'au_becs_debit' | 'bacs_debit' | 'bancontact' | 'blik' | 'boleto' | 'cashapp' | 'customer_balance' | 'eps' | 'fpx' | 'giropay' | 'grabpay' | 'ideal' | 'klarna' | 'konbini' | 'link' | 'oxxo' | 'p24' | 'paynow' | 'paypal' | 'pix' | 'promptpay' | 'sepa_debit' | 'sofort' | 'us_bank_account' | 'wechat_pay' | 'zip';
    /** (No description in the API reference.) */
    us_bank_account?: {
      /** (No description in the API reference.) */
      account_holder_type?: 'company' | 'individual';
      /** (No description in the API reference.) */
      account_number?: string;
      /** (No description in the API reference.) */
      account_type?: 'checking' | 'savings';
      /** (No description in the API reference.) */
      financial_connections_account?: string;
      /** (No description in the API reference.) */
      routing_number?: string;
    };
    /** (No description in the API reference.) */
    wechat_pay?: JsonValue;
    /** (No description in the API reference.) */
    zip?: JsonValue;
  };
  /** Payment-method-specific configuration for this PaymentIntent. */
  payment_method_options?: {
    /** Send an empty string to unset it. */
    acss_debit?: {
      /** (No description in the API reference.) */
      mandate_options?: {
        /** Send an empty string to unset it. */
        custom_mandate_url?: string;
        /** (No description in the API reference.) */
        interval_description?: string;
        /** (No description in the API reference.) */
        payment_schedule?: 'combined' | 'interval' | 'sporadic';
        /** (No description in the API reference.) */
        transaction_type?: 'business' | 'personal';
      };
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session' | 'on_session';
      /** (No description in the API reference.) */
      verification_method?: 'automatic' | 'instant' | 'microdeposits';
    };
    /** Send an empty string to unset it. */
    affirm?: {
      /** (No description in the API reference.) */
      capture_method?: '' | 'manual';
      /** (No description in the API reference.) */
      preferred_locale?: string;
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    afterpay_clearpay?: {
      /** (No description in the API reference.) */
      capture_method?: '' | 'manual';
      /** (No description in the API reference.) */
      reference?: string;
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    alipay?: {
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session';
    };
    /** Send an empty string to unset it. */
    au_becs_debit?: {
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session' | 'on_session';
    };
    /** Send an empty string to unset it. */
    bacs_debit?: {
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session' | 'on_session';
    };
    /** Send an empty string to unset it. */
    bancontact?: {
      /** (No description in the API reference.) */
      preferred_language?: 'de' | 'en' | 'fr' | 'nl';
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session';
    };
    /** Send an empty string to unset it. */
    blik?: {
      /** (No description in the API reference.) */
      code?: string;
    };
    /** Send an empty string to unset it. */
    boleto?: {
      /** (No description in the API reference.) */
      expires_after_days?: number;
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session' | 'on_session';
    };
    /** Send an empty string to unset it. */
    card?: {
      /** (No description in the API reference.) */
      capture_method?: '' | 'manual';
      /** (No description in the API reference.) */
      cvc_token?: string;
      /** (No description in the API reference.) */
      installments?: {
        /** (No description in the API reference.) */
        enabled?: boolean;
        /** Send an empty string to unset it. */
        plan?: {
          /** (No description in the API reference.) */
          count: number;
          /** (No description in the API reference.) */
          interval: 'month';
          /** (No description in the API reference.) */
          type: 'fixed_count';
        };
      };
      /** (No description in the API reference.) */
      mandate_options?: {
        /** (No description in the API reference.) */
        amount: number;
        /** (No description in the API reference.) */
        amount_type: 'fixed' | 'maximum';
        /** (No description in the API reference.) */
        description?: string;
        /** (No description in the API reference.) */
        end_date?: number;
        /** (No description in the API reference.) */
        interval: 'day' | 'month' | 'sporadic' | 'week' | 'year';
        /** (No description in the API reference.) */
        interval_count?: number;
        /** (No description in the API reference.) */
        reference: string;
        /** (No description in the API reference.) */
        start_date: number;
        /** (No description in the API reference.) */
        supported_types?: Array<'india'>;
      };
      /** (No description in the API reference.) */
      network?: 'amex' | 'cartes_bancaires' | 'diners' | 'discover' | 'eftpos_au' | 'interac' | 'jcb' | 'mastercard' | 'unionpay' | 'unknown' | 'visa';
      /** (No description in the API reference.) */
      request_three_d_secure?: 'any' | 'automatic';
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session' | 'on_session';
      /** Send an empty string to unset it. */
      statement_descriptor_suffix_kana?: string;
      /** Send an empty string to unset it. */
      statement_descriptor_suffix_kanji?: string;
    };
    /** Send an empty string to unset it. */
    card_present?: {
      /** (No description in the API reference.) */
      request_extended_authorization?: boolean;
      /** (No description in the API reference.) */
      request_incremental_authorization_support?: boolean;
    };
    /** Send an empty string to unset it. */
    cashapp?: {
      /** (No description in the API reference.) */
      capture_method?: '' | 'manual';
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session' | 'on_session';
    };
    /** Send an empty string to unset it. */
    customer_balance?: {
      /** (No description in the API reference.) */
      bank_transfer?: {
        /** (No description in the API reference.) */
        eu_bank_transfer?: {
          /** (No description in the API reference.) */
          country: string;
        };
        /** (No description in the API reference.) */
        requested_address_types?: Array<'aba' | 'iban' | 'sepa' | 'sort_code' | 'spei' | 'swift' | 'zengin'>;
        /** (No description in the API reference.) */
        type: 'eu_bank_transfer' | 'gb_bank_transfer' | 'jp_bank_transfer' | 'mx_bank_transfer' | 'us_bank_transfer';
      };
      /** (No description in the API reference.) */
      funding_type?: 'bank_transfer';
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    eps?: {
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    fpx?: {
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    giropay?: {
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    grabpay?: {
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    ideal?: {
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session';
    };
    /** Send an empty string to unset it. */
    interac_present?: JsonValue;
    /** Send an empty string to unset it. */
    klarna?: {
      /** (No description in the API reference.) */
      capture_method?: '' | 'manual';
      /** (No description in the API reference.) */
      preferred_locale?: 'cs-CZ' | 'da-DK' | 'de-AT' | 'de-CH' | 'de-DE' | 'el-GR' | 'en-AT' | 'en-AU' | 'en-BE' | 'en-CA' | 'en-CH' | 'en-CZ' | 'en-DE' | 'en-DK' | 'en-ES' | 'en-FI' | 'en-FR' | 'en-GB' | 'en-GR' | 'en-IE' | 'en-IT' | 'en-NL' | 'en-NO' | 'en-NZ' | 'en-PL' | 'en-PT' | 'en-SE' | 'en-US' | 'es-ES' | 'es-US' | 'fi-FI' | 'fr-BE' | 'fr-CA' | 'fr-CH' | 'fr-FR' | 'it-CH' | 'it-IT' | 'nb-NO' | 'nl-BE' | 'nl-NL' | 'pl-PL' | 'pt-PT' | 'sv-FI' | 'sv-SE';
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    konbini?: {
      /** Send an empty string to unset it. */
      confirmation_number?: string;
      /** Send an empty string to unset it. */
      expires_after_days?: number;
      /** Send an empty string to unset it. */
      expires_at?: number;
      /** Send an empty string to unset it. */
      product_description?: string;
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    link?: {
      /** (No description in the API reference.) */
      capture_method?: '' | 'manual';
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session';
    };
    /** Send an empty string to unset it. */
    oxxo?: {
      /** (No description in the API reference.) */
      expires_after_days?: number;
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    p24?: {
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
      /** (No description in the API reference.) */
      tos_shown_and_accepted?: boolean;
    };
    /** Send an empty string to unset it. */
    paynow?: {
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    paypal?: {
      /** (No description in the API reference.) */
      capture_method?: '' | 'manual';
      /** (No description in the API reference.) */
      preferred_locale?: 'cs-CZ' | 'da-DK' | 'de-AT' | 'de-DE' | 'de-LU' | 'el-GR' | 'en-GB' | 'en-US' | 'es-ES' | 'fi-FI' | 'fr-BE' | 'fr-FR' | 'fr-LU' | 'hu-HU' | 'it-IT' | 'nl-BE' | 'nl-NL' | 'pl-PL' | 'pt-PT' | 'sk-SK' | 'sv-SE';
      /** (No description in the API reference.) */
      reference?: string;
      /** (No description in the API reference.) */
      risk_correlation_id?: string;
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session';
    };
    /** Send an empty string to unset it. */
    pix?: {
      /** (No description in the API reference.) */
      expires_after_seconds?: number;
      /** (No description in the API reference.) */
      expires_at?: number;
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    promptpay?: {
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    sepa_debit?: {
      /** (No description in the API reference.) */
      mandate_options?: JsonValue;
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session' | 'on_session';
    };
    /** Send an empty string to unset it. */
    sofort?: {
      /** (No description in the API reference.) */
      preferred_language?: '' | 'de' | 'en' | 'es' | 'fr' | 'it' | 'nl' | 'pl';
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session';
    };
    /** Send an empty string to unset it. */
    us_bank_account?: {
      /** (No description in the API reference.) */
      financial_connections?: {
        /** (No description in the API reference.) */
        permissions?: Array<'balances' | 'ownership' | 'payment_method' | 'transactions'>;
        /** (No description in the API reference.) */
        prefetch?: Array<'balances'>;
        /** (No description in the API reference.) */
        return_url?: string;
      };
      /** (No description in the API reference.) */
      networks?: {
        /** (No description in the API reference.) */
        requested?: Array<'ach' | 'us_domestic_wire'>;
      };
      /** (No description in the API reference.) */
      preferred_settlement_speed?: '' | 'fastest' | 'standard';
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session' | 'on_session';
      /** (No description in the API reference.) */
      verification_method?: 'automatic' | 'instant' | 'microdeposits';
    };
    /** Send an empty string to unset it. */
    wechat_pay?: {
      /** (No description in the API reference.) */
      app_id?: string;
      /** (No description in the API reference.) */
      client: 'android' | 'ios' | 'web';
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    zip?: {
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
  };
  /**
   * The list of payment method types (e.g. card) that this PaymentIntent is allowed to use. If
   * this is not provided, defaults to ["card"]. Use automatic_payment_methods to manage payment
   * methods from the [Stripe Dashboard](https://dashboard.stripe.com/settings/payment_methods).
   */
  payment_method_types?: Array<string>;
  /**
   * Options to configure Radar. See [Radar Session](https://stripe.com/docs/radar/radar-session)
   * for more information.
   */
  radar_options?: {
    /** (No description in the API reference.) */
    session?: string;
  };
  /**
   * Email address that the receipt for the resulting payment will be sent to. If `receipt_email`
   * is specified for a payment in live mode, a receipt will be sent regardless of your [email
   * settings](https://dashboard.stripe.com/account/emails).
   */
  receipt_email?: string;
  /**
   * The URL to redirect your customer back to after they authenticate or cancel their payment on
   * the payment method's app or site. If you'd prefer to redirect to a mobile application, you can
   * alternatively supply an application URI scheme. This parameter can only be used with
   * [`confirm=true`](https://stripe.com/docs/api/payment_intents/create#create_payment_intent-confirm).
   */
  return_url?: string;
  /**
   * Indicates that you intend to make future payments with this PaymentIntent's payment method.
   *
   * Providing this parameter will [attach the payment
   * method](https://stripe.com/docs/payments/save-during-payment) to the PaymentIntent's Customer,
   * if present, after the PaymentIntent is confirmed and any required actions from the user are
   * complete. If no Customer was provided, the payment method can still be
   * [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer after the
   * transaction completes.
   *
   * When processing card payments, Stripe also uses `setup_future_usage` to dynamically optimize
   * your payment flow and comply with regional legislation and network rules, such as
   * [SCA](https://stripe.com/docs/strong-customer-authentication).
   */
  setup_future_usage?: 'off_session' | 'on_session';
  /** Shipping information for this PaymentIntent. */
  shipping?: {
    /** (No description in the API reference.) */
    address: {
      /** (No description in the API reference.) */
      city?: string;
      /** (No description in the API reference.) */
      country?: string;
      /** (No description in the API reference.) */
      line1?: string;
      /** (No description in the API reference.) */
      line2?: string;
      /** (No description in the API reference.) */
      postal_code?: string;
      /** (No description in the API reference.) */
      state?: string;
    };
    /** (No description in the API reference.) */
    carrier?: string;
    /** (No description in the API reference.) */
    name: string;
    /** (No description in the API reference.) */
    phone?: string;
    /** (No description in the API reference.) */
    tracking_number?: string;
  };
  /**
   * For non-card charges, you can use this value as the complete description that appears on your
   * customers’ statements. Must contain at least one letter, maximum 22 characters.
   */
  statement_descriptor?: string;
  /**
   * Provides information about a card payment that customers see on their statements. Concatenated
   * with the prefix (shortened descriptor) or statement descriptor that’s set on the account to
   * form the complete statement descriptor. Maximum 22 characters for the concatenated descriptor.
   */
  statement_descriptor_suffix?: string;
  /**
   * The parameters used to automatically create a Transfer when the payment succeeds. For more
   * information, see the PaymentIntents [use case for connected
   * accounts](https://stripe.com/docs/payments/connected-accounts).
   */
  transfer_data?: {
    /** (No description in the API reference.) */
    amount?: number;
    /** (No description in the API reference.) */
    destination: string;
  };
  /**
   * A string that identifies the resulting payment as part of a group. See the PaymentIntents [use
   * case for connected accounts](https://stripe.com/docs/connect/separate-charges-and-transfers)
   * for details.
   */
  transfer_group?: string;
  /**
   * Set to `true` when confirming server-side and using Stripe.js, iOS, or Android client-side
   * SDKs to handle the next actions.
   */
  use_stripe_sdk?: boolean;
}

/**
 * Retrieves the details of a PaymentIntent that has previously been created.
 *
 * You can retrieve a PaymentIntent client-side using a publishable key when the client_secret is
 * in the query string.
 *
 * If you retrieve a PaymentIntent with a publishable key, it only returns a subset of properties.
 * Refer to the [payment intent](#payment_intent_object) object reference for more details.
 * Parameters of `GET /v1/payment_intents/{intent}` (retrieve).
 */
export interface PaymentIntentRetrieveParams {
  /**
   * The client secret of the PaymentIntent. It's required if you use a publishable key to retrieve
   * the source.
   */
  client_secret?: string;
  /** Specifies which fields in the response should be expanded. */
  expand?: Array<string>;
}

/**
 * Updates properties on a PaymentIntent object without confirming.
 *
 * Depending on which properties you update, you may need to confirm the PaymentIntent again. For
 * example, updating the payment_method will always require you to confirm the PaymentIntent again.
 * If you prefer to update and confirm at the same time, we recommend updating properties via the
 * [confirm API](https://stripe.com/docs/api/payment_intents/confirm) instead.
 * Parameters of `POST /v1/payment_intents/{intent}` (update).
 */
export interface PaymentIntentUpdateParams {
  /**
   * Amount intended to be collected by this PaymentIntent. A positive integer representing how
   * much to charge in the [smallest currency
   * unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents to charge $1.00 or 100
   * to charge ¥100, a zero-decimal currency). The minimum amount is $0.50 US or [equivalent in
   * charge currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts). The
   * amount value supports up to eight digits (e.g., a value of 99999999 for a USD charge of
   * $999,999.99).
   */
  amount?: number;
  /**
   * The amount of the application fee (if any) that will be requested to be applied to the payment
   * and transferred to the application owner's Stripe account. The amount of the application fee
   * collected will be capped at the total payment amount. For more information, see the
   * PaymentIntents [use case for connected
   * accounts](https://stripe.com/docs/payments/connected-accounts).
   * Send an empty string to unset it.
   */
  application_fee_amount?: number;
  /** Controls when the funds will be captured from the customer's account. */
  capture_method?: 'automatic' | 'automatic_async' | 'manual';
  /**
   * Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in
   * lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
   */
  currency?: string;
  /**
   * ID of the Customer this PaymentIntent belongs to, if one exists.
   *
   * Payment methods attached to other Customers cannot be used with this PaymentIntent.
   *
   * If present in combination with
   * [setup_future_usage](https://stripe.com/docs/api#payment_intent_object-setup_future_usage),
   * this PaymentIntent's payment method will be attached to the Customer after the PaymentIntent
   * has been confirmed and any required actions from the user are complete.
   */
  customer?: string;
  /** An arbitrary string attached to the object. Often useful for displaying to users. */
  description?: string;
  /** Specifies which fields in the response should be expanded. */
  expand?: Array<string>;
  /**
   * Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an
   * object. This can be useful for storing additional information about the object in a structured
   * format. Individual keys can be unset by posting an empty value to them. All keys can be unset
   * by posting an empty value to `metadata`.
   * Send an empty string to unset it.
   */
  metadata?: Record<string, string>;
  /**
   * ID of the payment method (a PaymentMethod, Card, or [compatible
   * Source](https://stripe.com/docs/payments/payment-methods/transitioning#compatibility) object)
   * to attach to this PaymentIntent.
   */
  payment_method?: string;
  /**
   * If provided, this hash will be used to create a PaymentMethod. The new PaymentMethod will
   * appear in the
   * [payment_method](https://stripe.com/docs/api/payment_intents/object#payment_intent_object-payment_method)
   * property on the PaymentIntent.
   */
  payment_method_data?: {
    /** (No description in the API reference.) */
    acss_debit?: {
      /** (No description in the API reference.) */
      account_number: string;
      /** (No description in the API reference.) */
      institution_number: string;
      /** (No description in the API reference.) */
      transit_number: string;
    };
    /** (No description in the API reference.) */
    affirm?: JsonValue;
    /** (No description in the API reference.) */
    afterpay_clearpay?: JsonValue;
    /** (No description in the API reference.) */
    alipay?: JsonValue;
    /** (No description in the API reference.) */
    au_becs_debit?: {
      /** (No description in the API reference.) */
      account_number: string;
      /** (No description in the API reference.) */
      bsb_number: string;
    };
    /** (No description in the API reference.) */
    bacs_debit?: {
      /** (No description in the API reference.) */
      account_number?: string;
      /** (No description in the API reference.) */
      sort_code?: string;
    };
    /** (No description in the API reference.) */
    bancontact?: JsonValue;
    /** (No description in the API reference.) */
    billing_details?: {
      /** Send an empty string to unset it. */
      address?: {
        /** (No description in the API reference.) */
        city?: string;
        /** (No description in the API reference.) */
        country?: string;
        /** (No description in the API reference.) */
        line1?: string;
        /** (No description in the API reference.) */
        line2?: string;
        /** (No description in the API reference.) */
        postal_code?: string;
        /** (No description in the API reference.) */
        state?: string;
      };
      /** Send an empty string to unset it. */
      email?: string;
      /** Send an empty string to unset it. */
      name?: string;
      /** Send an empty string to unset it. */
      phone?: string;
    };
    /** (No description in the API reference.) */
    blik?: JsonValue;
    /** (No description in the API reference.) */
    boleto?: {
      /** (No description in the API reference.) */
      tax_id: string;
    };
    /** (No description in the API reference.) */
    cashapp?: JsonValue;
    /** (No description in the API reference.) */
    customer_balance?: JsonValue;
    /** (No description in the API reference.) */
    eps?: {
      /** (No description in the API reference.) */
      bank?: 'arzte_und_apotheker_bank' | 'austrian_anadi_bank_ag' | 'bank_austria' | 'bankhaus_carl_spangler' | 'bankhaus_schelhammer_und_schattera_ag' | 'bawag_psk_ag' | 'bks_bank_ag' | 'brull_kallmus_bank_ag' | 'btv_vier_lander_bank' | 'capital_bank_grawe_gruppe_ag' | 'deutsche_bank_ag' | 'dolomitenbank' | 'easybank_ag' | 'erste_bank_und_sparkassen' | 'hypo_alpeadriabank_international_ag' | 'hypo_bank_burgenland_aktiengesellschaft' | 'hypo_noe_lb_fur_niederosterreich_u_wien' | 'hypo_oberosterreich_salzburg_steiermark' | 'hypo_tirol_bank_ag' | 'hypo_vorarlberg_bank_ag' | 'marchfelder_bank' | 'oberbank_ag' | 'raiffeisen_bankengruppe_osterreich' | 'schoellerbank_ag' | 'sparda_bank_wien' | 'volksbank_gruppe' | 'volkskreditbank_ag' | 'vr_bank_braunau';
    };
    /** (No description in the API reference.) */
    fpx?: {
      /** (No description in the API reference.) */
      bank: 'affin_bank' | 'agrobank' | 'alliance_bank' | 'ambank' | 'bank_islam' | 'bank_muamalat' | 'bank_of_china' | 'bank_rakyat' | 'bsn' | 'cimb' | 'deutsche_bank' | 'hong_leong_bank' | 'hsbc' | 'kfh' | 'maybank2e' | 'maybank2u' | 'ocbc' | 'pb_enterprise' | 'public_bank' | 'rhb' | 'standard_chartered' | 'uob';
    };
    /** (No description in the API reference.) */
    giropay?: JsonValue;
    /** (No description in the API reference.) */
    grabpay?: JsonValue;
    /** (No description in the API reference.) */
    ideal?: {
      /** (No description in the API reference.) */
      bank?: 'abn_amro' | 'asn_bank' | 'bunq' | 'handelsbanken' | 'ing' | 'knab' | 'moneyou' | 'n26' | 'rabobank' | 'regiobank' | 'revolut' | 'sns_bank' | 'triodos_bank' | 'van_lanschot' | 'yoursafe';
    };
    /** (No description in the API reference.) */
    interac_present?: JsonValue;
    /** (No description in the API reference.) */
    klarna?: {
      /** (No description in the API reference.) */
      dob?: {
        /** (No description in the API reference.) */
        day: number;
        /** (No description in the API reference.) */
        month: number;
        /** (No description in the API reference.) */
        year: number;
      };
    };
    /** (No description in the API reference.) */
    konbini?: JsonValue;
    /** (No description in the API reference.) */
    link?: JsonValue;
    /** (No description in the API reference.) */
    metadata?: Record<string, string>;
    /** (No description in the API reference.) */
    oxxo?: JsonValue;
    /** (No description in the API reference.) */
    p24?: {
      /** (No description in the API reference.) */
      bank?: 'alior_bank' | 'bank_millennium' | 'bank_nowy_bfg_sa' | 'bank_pekao_sa' | 'banki_spbdzielcze' | 'blik' | 'bnp_paribas' | 'boz' | 'citi_handlowy' | 'credit_agricole' | 'envelobank' | 'etransfer_pocztowy24' | 'getin_bank' | 'ideabank' | 'ing' | 'inteligo' | 'mbank_mtransfer' | 'nest_przelew' | 'noble_pay' | 'pbac_z_ipko' | 'plus_bank' | 'santander_przelew24' | 'tmobile_usbugi_bankowe' | 'toyota_bank' | 'volkswagen_bank';
    };
    /** (No description in the API reference.) */
    paynow?: JsonValue;
    /** (No description in the API reference.) */
    paypal?: JsonValue;
    /** (No description in the API reference.) */
    pix?: JsonValue;
    /** (No description in the API reference.) */
    promptpay?: JsonValue;
    /** (No description in the API reference.) */
    radar_options?: {
      /** (No description in the API reference.) */
      session?: string;
    };
    /** (No description in the API reference.) */
    sepa_debit?: {
      /** (No description in the API reference.) */
      iban: string;
    };
    /** (No description in the API reference.) */
    sofort?: {
      /** (No description in the API reference.) */
      country: 'AT' | 'BE' | 'DE' | 'ES' | 'IT' | 'NL';
    };
    /** (No description in the API reference.) */
    type: 'acss_debit' | 'affirm' | 'afterpay_clearpay' | 'alipay' | 'au_becs_debit' | 'bacs_debit' | 'bancontact' | 'blik' | 'boleto' | 'cashapp' | 'customer_balance' | 'eps' | 'fpx' | 'giropay' | 'grabpay' | 'ideal' | 'klarna' | 'konbini' | 'link' | 'oxxo' | 'p24' | 'paynow' | 'paypal' | 'pix' | 'promptpay' | 'sepa_debit' | 'sofort' | 'us_bank_account' | 'wechat_pay' | 'zip';
    /** (No description in the API reference.) */
    us_bank_account?: {
      /** (No description in the API reference.) */
      account_holder_type?: 'company' | 'individual';
      /** (No description in the API reference.) */
      account_number?: string;
      /** (No description in the API reference.) */
      account_type?: 'checking' | 'savings';
      /** (No description in the API reference.) */
      financial_connections_account?: string;
      /** (No description in the API reference.) */
      routing_number?: string;
    };
    /** (No description in the API reference.) */
    wechat_pay?: JsonValue;
    /** (No description in the API reference.) */
    zip?: JsonValue;
  };
  /** Payment-method-specific configuration for this PaymentIntent. */
  payment_method_options?: {
    /** Send an empty string to unset it. */
    acss_debit?: {
      /** (No description in the API reference.) */
      mandate_options?: {
        /** Send an empty string to unset it. */
        custom_mandate_url?: string;
        /** (No description in the API reference.) */
        interval_description?: string;
        /** (No description in the API reference.) */
        payment_schedule?: 'combined' | 'interval' | 'sporadic';
        /** (No description in the API reference.) */
        transaction_type?: 'business' | 'personal';
      };
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session' | 'on_session';
      /** (No description in the API reference.) */
      verification_method?: 'automatic' | 'instant' | 'microdeposits';
    };
    /** Send an empty string to unset it. */
    affirm?: {
      /** (No description in the API reference.) */
      capture_method?: '' | 'manual';
      /** (No description in the API reference.) */
      preferred_locale?: string;
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    afterpay_clearpay?: {
      /** (No description in the API reference.) */
      capture_method?: '' | 'manual';
      /** (No description in the API reference.) */
      reference?: string;
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    alipay?: {
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session';
    };
    /** Send an empty string to unset it. */
    au_becs_debit?: {
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session' | 'on_session';
    };
    /** Send an empty string to unset it. */
    bacs_debit?: {
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session' | 'on_session';
    };
    /** Send an empty string to unset it. */
    bancontact?: {
      /** (No description in the API reference.) */
      preferred_language?: 'de' | 'en' | 'fr' | 'nl';
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session';
    };
    /** Send an empty string to unset it. */
    blik?: {
      /** (No description in the API reference.) */
      code?: string;
    };
    /** Send an empty string to unset it. */
    boleto?: {
      /** (No description in the API reference.) */
      expires_after_days?: number;
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session' | 'on_session';
    };
    /** Send an empty string to unset it. */
    card?: {
      /** (No description in the API reference.) */
      capture_method?: '' | 'manual';
      /** (No description in the API reference.) */
      cvc_token?: string;
      /** (No description in the API reference.) */
      installments?: {
        /** (No description in the API reference.) */
        enabled?: boolean;
        /** Send an empty string to unset it. */
        plan?: {
          /** (No description in the API reference.) */
          count: number;
          /** (No description in the API reference.) */
          interval: 'month';
          /** (No description in the API reference.) */
          type: 'fixed_count';
        };
      };
      /** (No description in the API reference.) */
      mandate_options?: {
        /** (No description in the API reference.) */
        amount: number;
        /** (No description in the API reference.) */
        amount_type: 'fixed' | 'maximum';
        /** (No description in the API reference.) */
        description?: string;
        /** (No description in the API reference.) */
        end_date?: number;
        /** (No description in the API reference.) */
        interval: 'day' | 'month' | 'sporadic' | 'week' | 'year';
        /** (No description in the API reference.) */
        interval_count?: number;
        /** (No description in the API reference.) */
        reference: string;
        /** (No description in the API reference.) */
        start_date: number;
        /** (No description in the API reference.) */
        supported_types?: Array<'india'>;
      };
      /** (No description in the API reference.) */
      network?: 'amex' | 'cartes_bancaires' | 'diners' | 'discover' | 'eftpos_au' | 'interac' | 'jcb' | 'mastercard' | 'unionpay' | 'unknown' | 'visa';
      /** (No description in the API reference.) */
      request_three_d_secure?: 'any' | 'automatic';
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session' | 'on_session';
      /** Send an empty string to unset it. */
      statement_descriptor_suffix_kana?: string;
      /** Send an empty string to unset it. */
      statement_descriptor_suffix_kanji?: string;
    };
    /** Send an empty string to unset it. */
    card_present?: {
      /** (No description in the API reference.) */
      request_extended_authorization?: boolean;
      /** (No description in the API reference.) */
      request_incremental_authorization_support?: boolean;
    };
    /** Send an empty string to unset it. */
    cashapp?: {
      /** (No description in the API reference.) */
      capture_method?: '' | 'manual';
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session' | 'on_session';
    };
    /** Send an empty string to unset it. */
    customer_balance?: {
      /** (No description in the API reference.) */
      bank_transfer?: {
        /** (No description in the API reference.) */
        eu_bank_transfer?: {
          /** (No description in the API reference.) */
          country: string;
        };
        /** (No description in the API reference.) */
        requested_address_types?: Array<'aba' | 'iban' | 'sepa' | 'sort_code' | 'spei' | 'swift' | 'zengin'>;
        /** (No description in the API reference.) */
        type: 'eu_bank_transfer' | 'gb_bank_transfer' | 'jp_bank_transfer' | 'mx_bank_transfer' | 'us_bank_transfer';
      };
      /** (No description in the API reference.) */
      funding_type?: 'bank_transfer';
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    eps?: {
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    fpx?: {
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    giropay?: {
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    grabpay?: {
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    ideal?: {
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session';
    };
    /** Send an empty string to unset it. */
    interac_present?: JsonValue;
    /** Send an empty string to unset it. */
    klarna?: {
      /** (No description in the API reference.) */
      capture_method?: '' | 'manual';
      /** (No description in the API reference.) */
      preferred_locale?: 'cs-CZ' | 'da-DK' | 'de-AT' | 'de-CH' | 'de-DE' | 'el-GR' | 'en-AT' | 'en-AU' | 'en-BE' | 'en-CA' | 'en-CH' | 'en-CZ' | 'en-DE' | 'en-DK' | 'en-ES' | 'en-FI' | 'en-FR' | 'en-GB' | 'en-GR' | 'en-IE' | 'en-IT' | 'en-NL' | 'en-NO' | 'en-NZ' | 'en-PL' | 'en-PT' | 'en-SE' | 'en-US' | 'es-ES' | 'es-US' | 'fi-FI' | 'fr-BE' | 'fr-CA' | 'fr-CH' | 'fr-FR' | 'it-CH' | 'it-IT' | 'nb-NO' | 'nl-BE' | 'nl-NL' | 'pl-PL' | 'pt-PT' | 'sv-FI' | 'sv-SE';
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    konbini?: {
      /** Send an empty string to unset it. */
      confirmation_number?: string;
      /** Send an empty string to unset it. */
      expires_after_days?: number;
      /** Send an empty string to unset it. */
      expires_at?: number;
      /** Send an empty string to unset it. */
      product_description?: string;
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    link?: {
      /** (No description in the API reference.) */
      capture_method?: '' | 'manual';
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session';
    };
    /** Send an empty string to unset it. */
    oxxo?: {
      /** (No description in the API reference.) */
      expires_after_days?: number;
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    p24?: {
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
      /** (No description in the API reference.) */
      tos_shown_and_accepted?: boolean;
    };
    /** Send an empty string to unset it. */
    paynow?: {
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    paypal?: {
      /** (No description in the API reference.) */
      capture_method?: '' | 'manual';
      /** (No description in the API reference.) */
      preferred_locale?: 'cs-CZ' | 'da-DK' | 'de-AT' | 'de-DE' | 'de-LU' | 'el-GR' | 'en-GB' | 'en-US' | 'es-ES' | 'fi-FI' | 'fr-BE' | 'fr-FR' | 'fr-LU' | 'hu-HU' | 'it-IT' | 'nl-BE' | 'nl-NL' | 'pl-PL' | 'pt-PT' | 'sk-SK' | 'sv-SE';
      /** (No description in the API reference.) */
      reference?: string;
      /** (No description in the API reference.) */
      risk_correlation_id?: string;
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session';
    };
    /** Send an empty string to unset it. */
    pix?: {
      /** (No description in the API reference.) */
      expires_after_seconds?: number;
      /** (No description in the API reference.) */
      expires_at?: number;
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    promptpay?: {
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    sepa_debit?: {
      /** (No description in the API reference.) */
      mandate_options?: JsonValue;
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session' | 'on_session';
    };
    /** Send an empty string to unset it. */
    sofort?: {
      /** (No description in the API reference.) */
      preferred_language?: '' | 'de' | 'en' | 'es' | 'fr' | 'it' | 'nl' | 'pl';
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session';
    };
    /** Send an empty string to unset it. */
    us_bank_account?: {
      /** (No description in the API reference.) */
      financial_connections?: {
        /** (No description in the API reference.) */
        permissions?: Array<'balances' | 'ownership' | 'payment_method' | 'transactions'>;
        /** (No description in the API reference.) */
        prefetch?: Array<'balances'>;
        /** (No description in the API reference.) */
        return_url?: string;
      };
      /** (No description in the API reference.) */
      networks?: {
        /** (No description in the API reference.) */
        requested?: Array<'ach' | 'us_domestic_wire'>;
      };
      /** (No description in the API reference.) */
      preferred_settlement_speed?: '' | 'fastest' | 'standard';
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session' | 'on_session';
      /** (No description in the API reference.) */
      verification_method?: 'automatic' | 'instant' | 'microdeposits';
    };
    /** Send an empty string to unset it. */
    wechat_pay?: {
      /** (No description in the API reference.) */
      app_id?: string;
      /** (No description in the API reference.) */
      client: 'android' | 'ios' | 'web';
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    zip?: {
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
  };
  /**
   * The list of payment method types (e.g. card) that this PaymentIntent is allowed to use. Use
   * automatic_payment_methods to manage payment methods from the [Stripe
   * Dashboard](https://dashboard.stripe.com/settings/payment_methods).
   */
  payment_method_types?: Array<string>;
  /**
   * Email address that the receipt for the resulting payment will be sent to. If `receipt_email`
   * is specified for a payment in live mode, a receipt will be sent regardless of your [email
   * settings](https://dashboard.stripe.com/account/emails).
   * Send an empty string to unset it.
   */
  receipt_email?: string;
  /**
   * Indicates that you intend to make future payments with this PaymentIntent's payment method.
   *
   * Providing this parameter will [attach the payment
   * method](https://stripe.com/docs/payments/save-during-payment) to the PaymentIntent's Customer,
   * if present, after the PaymentIntent is confirmed and any required actions from the user are
   * complete. If no Customer was provided, the payment method can still be
   * [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer after the
   * transaction completes.
   *
   * When processing card payments, Stripe also uses `setup_future_usage` to dynamically optimize
   * your payment flow and comply with regional legislation and network rules, such as
   * [SCA](https://stripe.com/docs/strong-customer-authentication).
   *
   * If `setup_future_usage` is already set and you are performing a request using a publishable
   * key, you may only update the value from `on_session` to `off_session`.
   */
  setup_future_usage?: '' | 'off_session' | 'on_session';
  /**
   * Shipping information for this PaymentIntent.
   * Send an empty string to unset it.
   */
  shipping?: {
    /** (No description in the API reference.) */
    address: {
      /** (No description in the API reference.) */
      city?: string;
      /** (No description in the API reference.) */
      country?: string;
      /** (No description in the API reference.) */
      line1?: string;
      /** (No description in the API reference.) */
      line2?: string;
      /** (No description in the API reference.) */
      postal_code?: string;
      /** (No description in the API reference.) */
      state?: string;
    };
    /** (No description in the API reference.) */
    carrier?: string;
    /** (No description in the API reference.) */
    name: string;
    /** (No description in the API reference.) */
    phone?: string;
    /** (No description in the API reference.) */
    tracking_number?: string;
  };
  /**
   * For non-card charges, you can use this value as the complete description that appears on your
   * customers’ statements. Must contain at least one letter, maximum 22 characters.
   */
  statement_descriptor?: string;
  /**
   * Provides information about a card payment that customers see on their statements. Concatenated
   * with the prefix (shortened descriptor) or statement descriptor that’s set on the account to
   * form the complete statement descriptor. Maximum 22 characters for the concatenated descriptor.
   */
  statement_descriptor_suffix?: string;
  /**
   * The parameters used to automatically create a Transfer when the payment succeeds. For more
   * information, see the PaymentIntents [use case for connected
   * accounts](https://stripe.com/docs/payments/connected-accounts).
   */
  transfer_data?: {
    /** (No description in the API reference.) */
    amount?: number;
  };
  /**
   * A string that identifies the resulting payment as part of a group. `transfer_group` may only
   * be provided if it has not been set. See the PaymentIntents [use case for connected
   * accounts](https://stripe.com/docs/payments/connected-accounts) for details.
   */
  transfer_group?: string;
}

/**
 * Returns a list of PaymentIntents.
 * Parameters of `GET /v1/payment_intents` (list).
 */
export interface PaymentIntentListParams {
  /**
   * A filter on the list, based on the object `created` field. The value can be a string with an
   * integer Unix timestamp, or it can be a dictionary with a number of different query options.
   */
  created?: {
    /** (No description in the API reference.) */
    gt?: number;
    /** (No description in the API reference.) */
    gte?: number;
    /** (No description in the API reference.) */
    lt?: number;
    /** (No description in the API reference.) */
    lte?: number;
  } | number;
  /** Only return PaymentIntents for the customer specified by this customer ID. */
  customer?: string;
  /**
   * A cursor for use in pagination. `ending_before` is an object ID that defines your place in the
   * list. For instance, if you make a list request and receive 100 objects, starting with
   * `obj_bar`, your subsequent call can include `ending_before=obj_bar` in order to fetch the
   * previous page of the list.
   */
  ending_before?: string;
  /** Specifies which fields in the response should be expanded. */
  expand?: Array<string>;
  /**
   * A limit on the number of objects to be returned. Limit can range between 1 and 100, and the
   * default is 10.
   */
  limit?: number;
  /**
   * A cursor for use in pagination. `starting_after` is an object ID that defines your place in
   * the list. For instance, if you make a list request and receive 100 objects, ending with
   * `obj_foo`, your subsequent call can include `starting_after=obj_foo` in order to fetch the
   * next page of the list.
   */
  starting_after?: string;
}

/**
 * Search for PaymentIntents you’ve previously created using Stripe’s [Search Query
 * Language](https://stripe.com/docs/search#search-query-language). Don’t use search in
 * read-after-write flows where strict consistency is necessary. Under normal operating conditions,
 * data is searchable in less than a minute. Occasionally, propagation of new or updated data can
 * be up to an hour behind during outages. Search functionality is not available to merchants in
 * India.
 * Parameters of `GET /v1/payment_intents/search` (search).
 */
export interface PaymentIntentSearchParams {
  /** Specifies which fields in the response should be expanded. */
  expand?: Array<string>;
  /**
   * A limit on the number of objects to be returned. Limit can range between 1 and 100, and the
   * default is 10.
   */
  limit?: number;
  /**
   * A cursor for pagination across multiple pages of results. Don't include this parameter on the
   * first call. Use the next_page value returned in a previous response to request subsequent
   * results.
   */
  page?: string;
  /**
   * The search query string. See [search query
   * language](https://stripe.com/docs/search#search-query-language) and the list of supported
   * [query fields for payment
   * intents](https://stripe.com/docs/search#query-fields-for-payment-intents).
   */
  query: string;
}

/**
 * Confirm that your customer intends to pay with current or provided payment method. Upon
 * confirmation, the PaymentIntent will attempt to initiate a payment. If the selected payment
 * method requires additional authentication steps, the PaymentIntent will transition to the
 * requires_action status and suggest additional actions via next_action. If payment fails, the
 * PaymentIntent transitions to the requires_payment_method status or the canceled status if the
 * confirmation limit is reached. If payment succeeds, the PaymentIntent will transition to the
 * succeeded status (or requires_capture, if capture_method is set to manual). If the
 * confirmation_method is automatic, payment may be attempted using our [client
 * SDKs](https://stripe.com/docs/stripe-js/reference#stripe-handle-card-payment) and the
 * PaymentIntent’s [client_secret](#payment_intent_object-client_secret). After next_actions are
 * handled by the client, no additional confirmation is required to complete the payment. If the
 * confirmation_method is manual, all payment attempts must be initiated using a secret key. If any
 * actions are required for the payment, the PaymentIntent will return to the requires_confirmation
 * state after those actions are completed. Your server needs to then explicitly re-confirm the
 * PaymentIntent to initiate the next payment attempt. Read the [expanded
 * documentation](https://stripe.com/docs/payments/payment-intents/web-manual) to learn more about
 * manual confirmation.
 * Parameters of `POST /v1/payment_intents/{intent}/confirm` (confirm).
 */
export interface PaymentIntentConfirmParams {
  /** Controls when the funds will be captured from the customer's account. */
  capture_method?: 'automatic' | 'automatic_async' | 'manual';
  /** The client secret of the PaymentIntent. */
  client_secret?: string;
  /**
   * A ConfirmationToken (`ctoken_…`) holding the payment details that Stripe's client SDKs
   * collected. Values passed directly in this request win over the token's. Newer than the
   * 2023-08-16 OpenAPI file.
   */
  confirmation_token?: string;
  /**
   * Set to `true` to fail the payment attempt if the PaymentIntent transitions into
   * `requires_action`. This parameter is intended for simpler integrations that do not handle
   * customer actions, like [saving cards without
   * authentication](https://stripe.com/docs/payments/save-card-without-authentication).
   */
  error_on_requires_action?: boolean;
  /** Specifies which fields in the response should be expanded. */
  expand?: Array<string>;
  /** ID of the mandate to be used for this payment. */
  mandate?: string;
  /**
   * This hash contains details about the Mandate to create
   * Send an empty string to unset it.
   */
  mandate_data?: {
    /** (No description in the API reference.) */
    customer_acceptance: {
      /** (No description in the API reference.) */
      accepted_at?: number;
      /** (No description in the API reference.) */
      offline?: JsonValue;
      /** (No description in the API reference.) */
      online?: {
        /** (No description in the API reference.) */
        ip_address: string;
        /** (No description in the API reference.) */
        user_agent: string;
      };
      /** (No description in the API reference.) */
      type: 'offline' | 'online';
    };
  } | {
    /** (No description in the API reference.) */
    customer_acceptance: {
      /** (No description in the API reference.) */
      online: {
        /** (No description in the API reference.) */
        ip_address?: string;
        /** (No description in the API reference.) */
        user_agent?: string;
      };
      /** (No description in the API reference.) */
      type: 'online';
    };
  };
  /**
   * Set to `true` to indicate that the customer is not in your checkout flow during this payment
   * attempt, and therefore is unable to authenticate. This parameter is intended for scenarios
   * where you collect card details and [charge them
   * later](https://stripe.com/docs/payments/cards/charging-saved-cards).
   */
  off_session?: boolean | 'one_off' | 'recurring';
  /**
   * ID of the payment method (a PaymentMethod, Card, or [compatible
   * Source](https://stripe.com/docs/payments/payment-methods/transitioning#compatibility) object)
   * to attach to this PaymentIntent.
   */
  payment_method?: string;
  /**
   * If provided, this hash will be used to create a PaymentMethod. The new PaymentMethod will
   * appear in the
   * [payment_method](https://stripe.com/docs/api/payment_intents/object#payment_intent_object-payment_method)
   * property on the PaymentIntent.
   */
  payment_method_data?: {
    /** (No description in the API reference.) */
    acss_debit?: {
      /** (No description in the API reference.) */
      account_number: string;
      /** (No description in the API reference.) */
      institution_number: string;
      /** (No description in the API reference.) */
      transit_number: string;
    };
    /** (No description in the API reference.) */
    affirm?: JsonValue;
    /** (No description in the API reference.) */
    afterpay_clearpay?: JsonValue;
    /** (No description in the API reference.) */
    alipay?: JsonValue;
    /** (No description in the API reference.) */
    au_becs_debit?: {
      /** (No description in the API reference.) */
      account_number: string;
      /** (No description in the API reference.) */
      bsb_number: string;
    };
    /** (No description in the API reference.) */
    bacs_debit?: {
      /** (No description in the API reference.) */
      account_number?: string;
      /** (No description in the API reference.) */
      sort_code?: string;
    };
    /** (No description in the API reference.) */
    bancontact?: JsonValue;
    /** (No description in the API reference.) */
    billing_details?: {
      /** Send an empty string to unset it. */
      address?: {
        /** (No description in the API reference.) */
        city?: string;
        /** (No description in the API reference.) */
        country?: string;
        /** (No description in the API reference.) */
        line1?: string;
        /** (No description in the API reference.) */
        line2?: string;
        /** (No description in the API reference.) */
        postal_code?: string;
        /** (No description in the API reference.) */
        state?: string;
      };
      /** Send an empty string to unset it. */
      email?: string;
      /** Send an empty string to unset it. */
      name?: string;
      /** Send an empty string to unset it. */
      phone?: string;
    };
    /** (No description in the API reference.) */
    blik?: JsonValue;
    /** (No description in the API reference.) */
    boleto?: {
      /** (No description in the API reference.) */
      tax_id: string;
    };
    /** (No description in the API reference.) */
    cashapp?: JsonValue;
    /** (No description in the API reference.) */
    customer_balance?: JsonValue;
    /** (No description in the API reference.) */
    eps?: {
      /** (No description in the API reference.) */
      bank?: 'arzte_und_apotheker_bank' | 'austrian_anadi_bank_ag' | 'bank_austria' | 'bankhaus_carl_spangler' | 'bankhaus_schelhammer_und_schattera_ag' | 'bawag_psk_ag' | 'bks_bank_ag' | 'brull_kallmus_bank_ag' | 'btv_vier_lander_bank' | 'capital_bank_grawe_gruppe_ag' | 'deutsche_bank_ag' | 'dolomitenbank' | 'easybank_ag' | 'erste_bank_und_sparkassen' | 'hypo_alpeadriabank_international_ag' | 'hypo_bank_burgenland_aktiengesellschaft' | 'hypo_noe_lb_fur_niederosterreich_u_wien' | 'hypo_oberosterreich_salzburg_steiermark' | 'hypo_tirol_bank_ag' | 'hypo_vorarlberg_bank_ag' | 'marchfelder_bank' | 'oberbank_ag' | 'raiffeisen_bankengruppe_osterreich' | 'schoellerbank_ag' | 'sparda_bank_wien' | 'volksbank_gruppe' | 'volkskreditbank_ag' | 'vr_bank_braunau';
    };
    /** (No description in the API reference.) */
    fpx?: {
      /** (No description in the API reference.) */
      bank: 'affin_bank' | 'agrobank' | 'alliance_bank' | 'ambank' | 'bank_islam' | 'bank_muamalat' | 'bank_of_china' | 'bank_rakyat' | 'bsn' | 'cimb' | 'deutsche_bank' | 'hong_leong_bank' | 'hsbc' | 'kfh' | 'maybank2e' | 'maybank2u' | 'ocbc' | 'pb_enterprise' | 'public_bank' | 'rhb' | 'standard_chartered' | 'uob';
    };
    /** (No description in the API reference.) */
    giropay?: JsonValue;
    /** (No description in the API reference.) */
    grabpay?: JsonValue;
    /** (No description in the API reference.) */
    ideal?: {
      /** (No description in the API reference.) */
      bank?: 'abn_amro' | 'asn_bank' | 'bunq' | 'handelsbanken' | 'ing' | 'knab' | 'moneyou' | 'n26' | 'rabobank' | 'regiobank' | 'revolut' | 'sns_bank' | 'triodos_bank' | 'van_lanschot' | 'yoursafe';
    };
    /** (No description in the API reference.) */
    interac_present?: JsonValue;
    /** (No description in the API reference.) */
    klarna?: {
      /** (No description in the API reference.) */
      dob?: {
        /** (No description in the API reference.) */
        day: number;
        /** (No description in the API reference.) */
        month: number;
        /** (No description in the API reference.) */
        year: number;
      };
    };
    /** (No description in the API reference.) */
    konbini?: JsonValue;
    /** (No description in the API reference.) */
    link?: JsonValue;
    /** (No description in the API reference.) */
    metadata?: Record<string, string>;
    /** (No description in the API reference.) */
    oxxo?: JsonValue;
    /** (No description in the API reference.) */
    p24?: {
      /** (No description in the API reference.) */
      bank?: 'alior_bank' | 'bank_millennium' | 'bank_nowy_bfg_sa' | 'bank_pekao_sa' | 'banki_spbdzielcze' | 'blik' | 'bnp_paribas' | 'boz' | 'citi_handlowy' | 'credit_agricole' | 'envelobank' | 'etransfer_pocztowy24' | 'getin_bank' | 'ideabank' | 'ing' | 'inteligo' | 'mbank_mtransfer' | 'nest_przelew' | 'noble_pay' | 'pbac_z_ipko' | 'plus_bank' | 'santander_przelew24' | 'tmobile_usbugi_bankowe' | 'toyota_bank' | 'volkswagen_bank';
    };
    /** (No description in the API reference.) */
    paynow?: JsonValue;
    /** (No description in the API reference.) */
    paypal?: JsonValue;
    /** (No description in the API reference.) */
    pix?: JsonValue;
    /** (No description in the API reference.) */
    promptpay?: JsonValue;
    /** (No description in the API reference.) */
    radar_options?: {
      /** (No description in the API reference.) */
      session?: string;
    };
    /** (No description in the API reference.) */
    sepa_debit?: {
      /** (No description in the API reference.) */
      iban: string;
    };
    /** (No description in the API reference.) */
    sofort?: {
      /** (No description in the API reference.) */
      country: 'AT' | 'BE' | 'DE' | 'ES' | 'IT' | 'NL';
    };
    /** (No description in the API reference.) */
    type: 'acss_debit' | 'affirm' | 'afterpay_clearpay' | 'alipay' | 'au_becs_debit' | 'bacs_debit' | 'bancontact' | 'blik' | 'boleto' | 'cashapp' | 'customer_balance' | 'eps' | 'fpx' | 'giropay' | 'grabpay' | 'ideal' | 'klarna' | 'konbini' | 'link' | 'oxxo' | 'p24' | 'paynow' | 'paypal' | 'pix' | 'promptpay' | 'sepa_debit' | 'sofort' | 'us_bank_account' | 'wechat_pay' | 'zip';
    /** (No description in the API reference.) */
    us_bank_account?: {
      /** (No description in the API reference.) */
      account_holder_type?: 'company' | 'individual';
      /** (No description in the API reference.) */
      account_number?: string;
      /** (No description in the API reference.) */
      account_type?: 'checking' | 'savings';
      /** (No description in the API reference.) */
      financial_connections_account?: string;
      /** (No description in the API reference.) */
      routing_number?: string;
    };
    /** (No description in the API reference.) */
    wechat_pay?: JsonValue;
    /** (No description in the API reference.) */
    zip?: JsonValue;
  };
  /** Payment-method-specific configuration for this PaymentIntent. */
  payment_method_options?: {
    /** Send an empty string to unset it. */
    acss_debit?: {
      /** (No description in the API reference.) */
      mandate_options?: {
        /** Send an empty string to unset it. */
        custom_mandate_url?: string;
        /** (No description in the API reference.) */
        interval_description?: string;
        /** (No description in the API reference.) */
        payment_schedule?: 'combined' | 'interval' | 'sporadic';
        /** (No description in the API reference.) */
        transaction_type?: 'business' | 'personal';
      };
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session' | 'on_session';
      /** (No description in the API reference.) */
      verification_method?: 'automatic' | 'instant' | 'microdeposits';
    };
    /** Send an empty string to unset it. */
    affirm?: {
      /** (No description in the API reference.) */
      capture_method?: '' | 'manual';
      /** (No description in the API reference.) */
      preferred_locale?: string;
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    afterpay_clearpay?: {
      /** (No description in the API reference.) */
      capture_method?: '' | 'manual';
      /** (No description in the API reference.) */
      reference?: string;
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    alipay?: {
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session';
    };
    /** Send an empty string to unset it. */
    au_becs_debit?: {
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session' | 'on_session';
    };
    /** Send an empty string to unset it. */
    bacs_debit?: {
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session' | 'on_session';
    };
    /** Send an empty string to unset it. */
    bancontact?: {
      /** (No description in the API reference.) */
      preferred_language?: 'de' | 'en' | 'fr' | 'nl';
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session';
    };
    /** Send an empty string to unset it. */
    blik?: {
      /** (No description in the API reference.) */
      code?: string;
    };
    /** Send an empty string to unset it. */
    boleto?: {
      /** (No description in the API reference.) */
      expires_after_days?: number;
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session' | 'on_session';
    };
    /** Send an empty string to unset it. */
    card?: {
      /** (No description in the API reference.) */
      capture_method?: '' | 'manual';
      /** (No description in the API reference.) */
      cvc_token?: string;
      /** (No description in the API reference.) */
      installments?: {
        /** (No description in the API reference.) */
        enabled?: boolean;
        /** Send an empty string to unset it. */
        plan?: {
          /** (No description in the API reference.) */
          count: number;
          /** (No description in the API reference.) */
          interval: 'month';
          /** (No description in the API reference.) */
          type: 'fixed_count';
        };
      };
      /** (No description in the API reference.) */
      mandate_options?: {
        /** (No description in the API reference.) */
        amount: number;
        /** (No description in the API reference.) */
        amount_type: 'fixed' | 'maximum';
        /** (No description in the API reference.) */
        description?: string;
        /** (No description in the API reference.) */
        end_date?: number;
        /** (No description in the API reference.) */
        interval: 'day' | 'month' | 'sporadic' | 'week' | 'year';
        /** (No description in the API reference.) */
        interval_count?: number;
        /** (No description in the API reference.) */
        reference: string;
        /** (No description in the API reference.) */
        start_date: number;
        /** (No description in the API reference.) */
        supported_types?: Array<'india'>;
      };
      /** (No description in the API reference.) */
      network?: 'amex' | 'cartes_bancaires' | 'diners' | 'discover' | 'eftpos_au' | 'interac' | 'jcb' | 'mastercard' | 'unionpay' | 'unknown' | 'visa';
      /** (No description in the API reference.) */
      request_three_d_secure?: 'any' | 'automatic';
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session' | 'on_session';
      /** Send an empty string to unset it. */
      statement_descriptor_suffix_kana?: string;
      /** Send an empty string to unset it. */
      statement_descriptor_suffix_kanji?: string;
    };
    /** Send an empty string to unset it. */
    card_present?: {
      /** (No description in the API reference.) */
      request_extended_authorization?: boolean;
      /** (No description in the API reference.) */
      request_incremental_authorization_support?: boolean;
    };
    /** Send an empty string to unset it. */
    cashapp?: {
      /** (No description in the API reference.) */
      capture_method?: '' | 'manual';
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session' | 'on_session';
    };
    /** Send an empty string to unset it. */
    customer_balance?: {
      /** (No description in the API reference.) */
      bank_transfer?: {
        /** (No description in the API reference.) */
        eu_bank_transfer?: {
          /** (No description in the API reference.) */
          country: string;
        };
        /** (No description in the API reference.) */
        requested_address_types?: Array<'aba' | 'iban' | 'sepa' | 'sort_code' | 'spei' | 'swift' | 'zengin'>;
        /** (No description in the API reference.) */
        type: 'eu_bank_transfer' | 'gb_bank_transfer' | 'jp_bank_transfer' | 'mx_bank_transfer' | 'us_bank_transfer';
      };
      /** (No description in the API reference.) */
      funding_type?: 'bank_transfer';
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    eps?: {
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    fpx?: {
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    giropay?: {
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    grabpay?: {
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    ideal?: {
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session';
    };
    /** Send an empty string to unset it. */
    interac_present?: JsonValue;
    /** Send an empty string to unset it. */
    klarna?: {
      /** (No description in the API reference.) */
      capture_method?: '' | 'manual';
      /** (No description in the API reference.) */
      preferred_locale?: 'cs-CZ' | 'da-DK' | 'de-AT' | 'de-CH' | 'de-DE' | 'el-GR' | 'en-AT' | 'en-AU' | 'en-BE' | 'en-CA' | 'en-CH' | 'en-CZ' | 'en-DE' | 'en-DK' | 'en-ES' | 'en-FI' | 'en-FR' | 'en-GB' | 'en-GR' | 'en-IE' | 'en-IT' | 'en-NL' | 'en-NO' | 'en-NZ' | 'en-PL' | 'en-PT' | 'en-SE' | 'en-US' | 'es-ES' | 'es-US' | 'fi-FI' | 'fr-BE' | 'fr-CA' | 'fr-CH' | 'fr-FR' | 'it-CH' | 'it-IT' | 'nb-NO' | 'nl-BE' | 'nl-NL' | 'pl-PL' | 'pt-PT' | 'sv-FI' | 'sv-SE';
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    konbini?: {
      /** Send an empty string to unset it. */
      confirmation_number?: string;
      /** Send an empty string to unset it. */
      expires_after_days?: number;
      /** Send an empty string to unset it. */
      expires_at?: number;
      /** Send an empty string to unset it. */
      product_description?: string;
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    link?: {
      /** (No description in the API reference.) */
      capture_method?: '' | 'manual';
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session';
    };
    /** Send an empty string to unset it. */
    oxxo?: {
      /** (No description in the API reference.) */
      expires_after_days?: number;
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    p24?: {
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
      /** (No description in the API reference.) */
      tos_shown_and_accepted?: boolean;
    };
    /** Send an empty string to unset it. */
    paynow?: {
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    paypal?: {
      /** (No description in the API reference.) */
      capture_method?: '' | 'manual';
      /** (No description in the API reference.) */
      preferred_locale?: 'cs-CZ' | 'da-DK' | 'de-AT' | 'de-DE' | 'de-LU' | 'el-GR' | 'en-GB' | 'en-US' | 'es-ES' | 'fi-FI' | 'fr-BE' | 'fr-FR' | 'fr-LU' | 'hu-HU' | 'it-IT' | 'nl-BE' | 'nl-NL' | 'pl-PL' | 'pt-PT' | 'sk-SK' | 'sv-SE';
      /** (No description in the API reference.) */
      reference?: string;
      /** (No description in the API reference.) */
      risk_correlation_id?: string;
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session';
    };
    /** Send an empty string to unset it. */
    pix?: {
      /** (No description in the API reference.) */
      expires_after_seconds?: number;
      /** (No description in the API reference.) */
      expires_at?: number;
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    promptpay?: {
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    sepa_debit?: {
      /** (No description in the API reference.) */
      mandate_options?: JsonValue;
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session' | 'on_session';
    };
    /** Send an empty string to unset it. */
    sofort?: {
      /** (No description in the API reference.) */
      preferred_language?: '' | 'de' | 'en' | 'es' | 'fr' | 'it' | 'nl' | 'pl';
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session';
    };
    /** Send an empty string to unset it. */
    us_bank_account?: {
      /** (No description in the API reference.) */
      financial_connections?: {
        /** (No description in the API reference.) */
        permissions?: Array<'balances' | 'ownership' | 'payment_method' | 'transactions'>;
        /** (No description in the API reference.) */
        prefetch?: Array<'balances'>;
        /** (No description in the API reference.) */
        return_url?: string;
      };
      /** (No description in the API reference.) */
      networks?: {
        /** (No description in the API reference.) */
        requested?: Array<'ach' | 'us_domestic_wire'>;
      };
      /** (No description in the API reference.) */
      preferred_settlement_speed?: '' | 'fastest' | 'standard';
      /** (No description in the API reference.) */
      setup_future_usage?: '' | 'none' | 'off_session' | 'on_session';
      /** (No description in the API reference.) */
      verification_method?: 'automatic' | 'instant' | 'microdeposits';
    };
    /** Send an empty string to unset it. */
    wechat_pay?: {
      /** (No description in the API reference.) */
      app_id?: string;
      /** (No description in the API reference.) */
      client: 'android' | 'ios' | 'web';
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
    /** Send an empty string to unset it. */
    zip?: {
      /** (No description in the API reference.) */
      setup_future_usage?: 'none';
    };
  };
  /**
   * The list of payment method types (e.g. card) that this PaymentIntent is allowed to use. Use
   * automatic_payment_methods to manage payment methods from the [Stripe
   * Dashboard](https://dashboard.stripe.com/settings/payment_methods).
   */
  payment_method_types?: Array<string>;
  /**
   * Options to configure Radar. See [Radar Session](https://stripe.com/docs/radar/radar-session)
   * for more information.
   */
  radar_options?: {
    /** (No description in the API reference.) */
    session?: string;
  };
  /**
   * Email address that the receipt for the resulting payment will be sent to. If `receipt_email`
   * is specified for a payment in live mode, a receipt will be sent regardless of your [email
   * settings](https://dashboard.stripe.com/account/emails).
   * Send an empty string to unset it.
   */
  receipt_email?: string;
  /**
   * The URL to redirect your customer back to after they authenticate or cancel their payment on
   * the payment method's app or site. If you'd prefer to redirect to a mobile application, you can
   * alternatively supply an application URI scheme. This parameter is only used for cards and
   * other redirect-based payment methods.
   */
  return_url?: string;
  /**
   * Indicates that you intend to make future payments with this PaymentIntent's payment method.
   *
   * Providing this parameter will [attach the payment
   * method](https://stripe.com/docs/payments/save-during-payment) to the PaymentIntent's Customer,
   * if present, after the PaymentIntent is confirmed and any required actions from the user are
   * complete. If no Customer was provided, the payment method can still be
   * [attached](https://stripe.com/docs/api/payment_methods/attach) to a Customer after the
   * transaction completes.
   *
   * When processing card payments, Stripe also uses `setup_future_usage` to dynamically optimize
   * your payment flow and comply with regional legislation and network rules, such as
   * [SCA](https://stripe.com/docs/strong-customer-authentication).
   *
   * If `setup_future_usage` is already set and you are performing a request using a publishable
   * key, you may only update the value from `on_session` to `off_session`.
   */
  setup_future_usage?: '' | 'off_session' | 'on_session';
  /**
   * Shipping information for this PaymentIntent.
   * Send an empty string to unset it.
   */
  shipping?: {
    /** (No description in the API reference.) */
    address: {
      /** (No description in the API reference.) */
      city?: string;
      /** (No description in the API reference.) */
      country?: string;
      /** (No description in the API reference.) */
      line1?: string;
      /** (No description in the API reference.) */
      line2?: string;
      /** (No description in the API reference.) */
      postal_code?: string;
      /** (No description in the API reference.) */
      state?: string;
    };
    /** (No description in the API reference.) */
    carrier?: string;
    /** (No description in the API reference.) */
    name: string;
    /** (No description in the API reference.) */
    phone?: string;
    /** (No description in the API reference.) */
    tracking_number?: string;
  };
  /**
   * Set to `true` when confirming server-side and using Stripe.js, iOS, or Android client-side
   * SDKs to handle the next actions.
   */
  use_stripe_sdk?: boolean;
}

/**
 * Capture the funds of an existing uncaptured PaymentIntent when its status is requires_capture.
 *
 * Uncaptured PaymentIntents will be canceled a set number of days after they are created (7 by
 * default).
 *
 * Learn more about [separate authorization and
 * capture](https://stripe.com/docs/payments/capture-later).
 * Parameters of `POST /v1/payment_intents/{intent}/capture` (capture).
 */
export interface PaymentIntentCaptureParams {
  /**
   * The amount to capture from the PaymentIntent, which must be less than or equal to the original
   * amount. Any additional amount will be automatically refunded. Defaults to the full
   * `amount_capturable` if not provided.
   */
  amount_to_capture?: number;
  /**
   * The amount of the application fee (if any) that will be requested to be applied to the payment
   * and transferred to the application owner's Stripe account. The amount of the application fee
   * collected will be capped at the total payment amount. For more information, see the
   * PaymentIntents [use case for connected
   * accounts](https://stripe.com/docs/payments/connected-accounts).
   */
  application_fee_amount?: number;
  /** Specifies which fields in the response should be expanded. */
  expand?: Array<string>;
  /**
   * Whether this is the last capture. `false` leaves the PaymentIntent capturable for further
   * partial captures (multicapture); the API's default is `true`. Newer than the 2023-08-16
   * OpenAPI file.
   */
  final_capture?: boolean;
  /**
   * Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an
   * object. This can be useful for storing additional information about the object in a structured
   * format. Individual keys can be unset by posting an empty value to them. All keys can be unset
   * by posting an empty value to `metadata`.
   * Send an empty string to unset it.
   */
  metadata?: Record<string, string>;
  /**
   * For non-card charges, you can use this value as the complete description that appears on your
   * customers’ statements. Must contain at least one letter, maximum 22 characters.
   */
  statement_descriptor?: string;
  /**
   * Provides information about a card payment that customers see on their statements. Concatenated
   * with the prefix (shortened descriptor) or statement descriptor that’s set on the account to
   * form the complete statement descriptor. Maximum 22 characters for the concatenated descriptor.
   */
  statement_descriptor_suffix?: string;
  /**
   * The parameters used to automatically create a Transfer when the payment is captured. For more
   * information, see the PaymentIntents [use case for connected
   * accounts](https://stripe.com/docs/payments/connected-accounts).
   */
  transfer_data?: {
    /** (No description in the API reference.) */
    amount?: number;
  };
}

/**
 * A PaymentIntent object can be canceled when it is in one of these statuses:
 * requires_payment_method, requires_capture, requires_confirmation, requires_action or, [in rare
 * cases](https://stripe.com/docs/payments/intents), processing.
 *
 * Once canceled, no additional charges will be made by the PaymentIntent and any operations on the
 * PaymentIntent will fail with an error. For PaymentIntents with a status of requires_capture, the
 * remaining amount_capturable will automatically be refunded.
 *
 * You cannot cancel the PaymentIntent for a Checkout Session. [Expire the Checkout
 * Session](https://stripe.com/docs/api/checkout/sessions/expire) instead.
 * Parameters of `POST /v1/payment_intents/{intent}/cancel` (cancel).
 */
export interface PaymentIntentCancelParams {
  /**
   * Reason for canceling this PaymentIntent. Possible values are `duplicate`, `fraudulent`,
   * `requested_by_customer`, or `abandoned`
   */
  cancellation_reason?: 'abandoned' | 'duplicate' | 'fraudulent' | 'requested_by_customer';
  /** Specifies which fields in the response should be expanded. */
  expand?: Array<string>;
}

/**
 * Perform an incremental authorization on an eligible
 * [PaymentIntent](https://stripe.com/docs/api/payment_intents/object). To be eligible, the
 * PaymentIntent’s status must be requires_capture and
 * [incremental_authorization_supported](https://stripe.com/docs/api/charges/object#charge_object-payment_method_details-card_present-incremental_authorization_supported)
 * must be true.
 *
 * Incremental authorizations attempt to increase the authorized amount on your customer’s card to
 * the new, higher amount provided. As with the initial authorization, incremental authorizations
 * may be declined. A single PaymentIntent can call this endpoint multiple times to further
 * increase the authorized amount.
 *
 * If the incremental authorization succeeds, the PaymentIntent object is returned with the updated
 * [amount](https://stripe.com/docs/api/payment_intents/object#payment_intent_object-amount). If
 * the incremental authorization fails, a
 * [card_declined](https://stripe.com/docs/error-codes#card-declined) error is returned, and no
 * fields on the PaymentIntent or Charge are updated. The PaymentIntent object remains capturable
 * for the previously authorized amount.
 *
 * Each PaymentIntent can have a maximum of 10 incremental authorization attempts, including
 * declines. Once captured, a PaymentIntent can no longer be incremented.
 *
 * Learn more about [incremental
 * authorizations](https://stripe.com/docs/terminal/features/incremental-authorizations).
 * Parameters of `POST /v1/payment_intents/{intent}/increment_authorization` (increment_authorization).
 */
export interface PaymentIntentIncrementAuthorizationParams {
  /**
   * The updated total amount you intend to collect from the cardholder. This amount must be
   * greater than the currently authorized amount.
   */
  amount: number;
  /**
   * The amount of the application fee (if any) that will be requested to be applied to the payment
   * and transferred to the application owner's Stripe account. The amount of the application fee
   * collected will be capped at the total payment amount. For more information, see the
   * PaymentIntents [use case for connected
   * accounts](https://stripe.com/docs/payments/connected-accounts).
   */
  application_fee_amount?: number;
  /** An arbitrary string attached to the object. Often useful for displaying to users. */
  description?: string;
  /** Specifies which fields in the response should be expanded. */
  expand?: Array<string>;
  /**
   * Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an
   * object. This can be useful for storing additional information about the object in a structured
   * format. Individual keys can be unset by posting an empty value to them. All keys can be unset
   * by posting an empty value to `metadata`.
   */
  metadata?: Record<string, string>;
  /**
   * For non-card charges, you can use this value as the complete description that appears on your
   * customers’ statements. Must contain at least one letter, maximum 22 characters.
   */
  statement_descriptor?: string;
  /**
   * The parameters used to automatically create a Transfer when the payment is captured. For more
   * information, see the PaymentIntents [use case for connected
   * accounts](https://stripe.com/docs/payments/connected-accounts).
   */
  transfer_data?: {
    /** (No description in the API reference.) */
    amount?: number;
  };
}

/**
 * Manually reconcile the remaining amount for a customer_balance PaymentIntent.
 * Parameters of `POST /v1/payment_intents/{intent}/apply_customer_balance` (apply_customer_balance).
 */
export interface PaymentIntentApplyCustomerBalanceParams {
  /**
   * Amount intended to be applied to this PaymentIntent from the customer’s cash balance.
   *
   * A positive integer representing how much to charge in the [smallest currency
   * unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents to charge $1.00 or 100
   * to charge ¥100, a zero-decimal currency).
   *
   * The maximum amount is the amount of the PaymentIntent.
   *
   * When omitted, the amount defaults to the remaining amount requested on the PaymentIntent.
   */
  amount?: number;
  /**
   * Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in
   * lowercase. Must be a [supported currency](https://stripe.com/docs/currencies).
   */
  currency?: string;
  /** Specifies which fields in the response should be expanded. */
  expand?: Array<string>;
}

/**
 * Verifies microdeposits on a PaymentIntent object.
 * Parameters of `POST /v1/payment_intents/{intent}/verify_microdeposits` (verify_microdeposits).
 */
export interface PaymentIntentVerifyMicrodepositsParams {
  /**
   * Two positive integers, in *cents*, equal to the values of the microdeposits sent to the bank
   * account.
   */
  amounts?: Array<number>;
  /** The client secret of the PaymentIntent. */
  client_secret?: string;
  /** A six-character code starting with SM present in the microdeposit sent to the bank account. */
  descriptor_code?: string;
  /** Specifies which fields in the response should be expanded. */
  expand?: Array<string>;
}
