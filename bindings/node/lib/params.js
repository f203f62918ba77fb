// Generated from api/payment_intents.json by api/codegen.py; do not edit (run `python3 api/codegen.py`).
// The parameter names each operation accepts, in API spelling: the wrapper
// refuses any other top-level key before a request is sent.
'use strict';

module.exports = Object.freeze({
  create: Object.freeze(['amount', 'application_fee_amount', 'automatic_payment_methods', 'capture_method', 'confirm', 'confirmation_method', 'confirmation_token', 'currency', 'customer', 'description', 'error_on_requires_action', 'expand', 'mandate', 'mandate_data', 'metadata', 'off_session', 'on_behalf_of', 'payment_method', 'payment_method_data', 'payment_method_options', 'payment_method_types', 'radar_options', 'receipt_email', 'return_url', 'setup_future_usage', 'shipping', 'statement_descriptor', 'statement_descriptor_suffix', 'transfer_data', 'transfer_group', 'use_stripe_sdk']),
  retrieve: Object.freeze(['client_secret', 'expand']),
  update: Object.freeze(['amount', 'application_fee_amount', 'capture_method', 'currency', 'customer', 'description', 'expand', 'metadata', 'payment_method', 'payment_method_data', 'payment_method_options', 'payment_method_types', 'receipt_email', 'setup_future_usage', 'shipping', 'statement_descriptor', 'statement_descriptor_suffix', 'transfer_data', 'transfer_group']),
  list: Object.freeze(['created', 'customer', 'ending_before', 'expand', 'limit', 'starting_after']),
  search: Object.freeze(['expand', 'limit', 'page', 'query']),
  confirm: Object.freeze(['capture_method', 'client_secret', 'confirmation_token', 'error_on_requires_action', 'expand', 'mandate', 'mandate_data', 'off_session', 'payment_method', 'payment_method_data', 'payment_method_options', 'payment_method_types', 'radar_options', 'receipt_email', 'return_url', 'setup_future_usage', 'shipping', 'use_stripe_sdk']),
  capture: Object.freeze(['amount_to_capture', 'application_fee_amount', 'expand', 'final_capture', 'metadata', 'statement_descriptor', 'statement_descriptor_suffix', 'transfer_data']),
  cancel: Object.freeze(['cancellation_reason', 'expand']),
  increment_authorization: Object.freeze(['amount', 'application_fee_amount', 'description', 'expand', 'metadata', 'statement_descriptor', 'transfer_data']),
  apply_customer_balance: Object.freeze(['amount', 'currency', 'expand']),
  verify_microdeposits: Object.freeze(['amounts', 'client_secret', 'descriptor_code', 'expand']),
});
