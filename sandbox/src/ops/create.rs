//! `POST /v1/payment_intents`: a new intent, attached to a payment method or
//! confirmed at once with `confirm=true`.

use serde_json::{json, Map, Value};

use crate::reply::{missing_param, Reply, R};
use crate::store::{now, random_id, Intent, Store};
use crate::wire::Params;

use super::confirm::parse_confirm;
use super::fields::{
    amount, apply_metadata, at_least_minimum, currency, default_options, merge_options, metadata_fits, transfer_data,
    CAPTURE_METHODS,
};

impl Store {
    pub fn create(&mut self, acct: &str, p: &Params, base: &str) -> R<String> {
        let amount = amount(p, "amount")?.ok_or_else(|| missing_param("amount"))?;
        let currency = currency(p, "currency")?.ok_or_else(|| missing_param("currency"))?;
        at_least_minimum(amount, &currency)?;
        let capture_method = p.one_of("capture_method", &CAPTURE_METHODS)?.unwrap_or_else(|| "automatic".into());
        let confirmation_method =
            p.one_of("confirmation_method", &["automatic", "manual"])?.unwrap_or_else(|| "automatic".into());
        let confirm = p.boolean("confirm")?.unwrap_or(false);
        let mut args = parse_confirm(p)?;
        let fee = p.non_negative("application_fee_amount")?;
        if fee.is_some_and(|f| f > amount) {
            return Err(Reply::invalid(
                "application_fee_amount",
                "parameter_invalid_integer",
                "application_fee_amount must not exceed amount.",
            ));
        }
        let types = args.pm_types.take().unwrap_or_else(|| vec!["card".into()]);
        let apm = match p.nested("automatic_payment_methods")? {
            Some(a) => {
                let enabled = a.require("enabled", a.boolean("enabled")?)?;
                let mut o = Map::new();
                if let Some(r) = a.one_of("allow_redirects", &["always", "never"])? {
                    o.insert("allow_redirects".into(), r.into());
                }
                o.insert("enabled".into(), enabled.into());
                Value::Object(o)
            }
            None => Value::Null,
        };
        let transfer = transfer_data(p, true)?.map(Value::Object).unwrap_or(Value::Null);
        let customer = p.string("customer")?.filter(|c| !c.is_empty());
        let description = p.string_max("description", 1000)?;
        let on_behalf_of = p.string("on_behalf_of")?.filter(|c| !c.is_empty());
        let sd = p.string_max("statement_descriptor", 22)?;
        let sds = p.string_max("statement_descriptor_suffix", 22)?;
        let transfer_group = p.string("transfer_group")?;
        let metadata = p.metadata("metadata")?;
        metadata_fits(&Map::new(), metadata.as_ref())?;
        let mut options = default_options(&types);
        if let Some(add) = args.pm_options.take() {
            merge_options(options.as_object_mut().expect("object"), &add);
        }
        if args.confirmation_token.is_some() && !confirm {
            return Err(Reply::error(
                400,
                "invalid_request_error",
                None,
                "The parameter confirmation_token cannot be passed when creating a PaymentIntent unless confirm is set to true.",
                Some("confirmation_token"),
            ));
        }
        self.check_pm_type(&types, apm["enabled"] == true, args.pm.as_ref(), args.pm_from_token)?;

        let id = random_id("pi_", 24);
        // Without confirm=true, a payment method given now is attached.
        let pm = if confirm { None } else { args.pm.take().map(|s| self.resolve_pm(s)) };
        let status = if pm.is_some() { "requires_confirmation" } else { "requires_payment_method" };
        let mut obj = json!({
            "id": id, "object": "payment_intent", "amount": amount, "amount_capturable": 0,
            "amount_details": {"tip": {}}, "amount_received": 0, "application": null,
            "application_fee_amount": fee, "automatic_payment_methods": apm, "canceled_at": null,
            "cancellation_reason": null, "capture_method": capture_method,
            "client_secret": format!("{id}_secret_{}", random_id("", 25)),
            "confirmation_method": confirmation_method, "created": now(), "currency": currency,
            "customer": customer, "description": description, "invoice": null,
            "last_payment_error": null, "latest_charge": null, "livemode": false, "metadata": {},
            "next_action": null, "on_behalf_of": on_behalf_of, "payment_method": pm,
            "payment_method_options": options, "payment_method_types": types, "processing": null,
            "receipt_email": args.receipt_email.take().flatten(), "review": null,
            "setup_future_usage": args.setup_future_usage.take().flatten(),
            "shipping": args.shipping.take().unwrap_or(Value::Null),
            "statement_descriptor": sd, "statement_descriptor_suffix": sds,
            "status": status, "transfer_data": transfer, "transfer_group": transfer_group
        });
        let Value::Object(mut obj) = obj.take() else { unreachable!() };
        apply_metadata(&mut obj, metadata);
        let seq = self.next_seq();
        let intent = Intent { obj, seq, ..Intent::default() };
        self.intents.insert((acct.to_string(), id.clone()), intent);
        if confirm {
            self.confirm(acct, &id, args, base)?;
        }
        Ok(id)
    }
}
