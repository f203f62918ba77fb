// Generated from api/payment_intents.json by api/codegen.py; do not edit (run `python3 api/codegen.py`).
// ESM entry point of payintent: re-exports the CommonJS build (lib/index.js) by name.
import payintent from './index.js';

export const {
  Client,
  PaymentIntents,
  Events,
  webhooks,
  PayIntentError,
  CardError,
  InvalidRequestError,
  AuthenticationError,
  PermissionError,
  RateLimitError,
  IdempotencyError,
  APIError,
  APIConnectionError,
  APITimeoutError,
  InvalidArgumentError,
  SignatureVerificationError,
  RequestCancelledError,
  VERSION,
} = payintent;
export default payintent;
