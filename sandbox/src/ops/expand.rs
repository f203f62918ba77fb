//! `expand[]`: which properties of which objects can be expanded (after the
//! spec's `x-expansionResources`), checking requested paths (at most four
//! levels deep), and the expanded copy of an intent every operation returns.
//!
//! Paths are dotted: `latest_charge.balance_transaction` on one intent,
//! `data.latest_charge.balance_transaction` on lists and search results
//! (where `data` counts as a level). Search results also take `total_count`.

use serde_json::{json, Value};

use crate::reply::{Reply, R};
use crate::store::{Intent, Store};
use crate::wire::Params;

/// The deepest expansion the API allows.
const MAX_DEPTH: usize = 4;

/// What kind of object a property holds.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    PaymentIntent,
    Charge,
    BalanceTransaction,
    PaymentMethod,
    Customer,
    Account,
    Other(&'static str),
    /// A plain nested object (`transfer_data`), whose own fields may expand.
    TransferData,
}

/// The expandable properties of an object of `kind`, and what each holds.
fn expandable(kind: Kind) -> &'static [(&'static str, Kind)] {
    const APPLICATION: Kind = Kind::Other("application");
    const INVOICE: Kind = Kind::Other("invoice");
    const REVIEW: Kind = Kind::Other("review");
    const TRANSFER: Kind = Kind::Other("transfer");
    match kind {
        Kind::PaymentIntent => &[
            ("application", APPLICATION),
            ("customer", Kind::Customer),
            ("invoice", INVOICE),
            ("latest_charge", Kind::Charge),
            ("on_behalf_of", Kind::Account),
            ("payment_method", Kind::PaymentMethod),
            ("review", REVIEW),
            ("transfer_data", Kind::TransferData),
        ],
        Kind::Charge => &[
            ("application", APPLICATION),
            ("application_fee", Kind::Other("application_fee")),
            ("balance_transaction", Kind::BalanceTransaction),
            ("customer", Kind::Customer),
            ("failure_balance_transaction", Kind::BalanceTransaction),
            ("invoice", INVOICE),
            ("on_behalf_of", Kind::Account),
            ("payment_intent", Kind::PaymentIntent),
            ("review", REVIEW),
            ("source_transfer", TRANSFER),
            ("transfer", TRANSFER),
            ("transfer_data", Kind::TransferData),
        ],
        Kind::BalanceTransaction => &[("source", Kind::Charge)],
        Kind::PaymentMethod => &[("customer", Kind::Customer)],
        Kind::TransferData => &[("destination", Kind::Account)],
        Kind::Customer | Kind::Account | Kind::Other(_) => &[],
    }
}

/// Where expansions apply.
#[derive(Clone, Copy, PartialEq)]
pub enum Scope {
    /// One intent.
    One,
    /// The intents of a list (`data.…`).
    List,
    /// The intents of a search result (`data.…`, or `total_count`).
    Search,
}

/// The checked `expand[]` of a request.
#[derive(Default)]
pub struct Expansions {
    /// Paths on each intent, as segments.
    pub paths: Vec<Vec<String>>,
    /// `total_count` on a search result.
    pub total_count: bool,
}

fn cannot(path: &str) -> Reply {
    Reply::invalid("expand", "parameter_invalid_string", &format!("This property cannot be expanded ({path})."))
}

/// The expansions requested, checked against the objects' expandable fields.
pub fn parse_expand(p: &Params, scope: Scope) -> R<Expansions> {
    let mut out = Expansions::default();
    for path in p.strings("expand")?.unwrap_or_default() {
        if scope == Scope::Search && path == "total_count" {
            out.total_count = true;
            continue;
        }
        let segs: Vec<&str> = path.split('.').collect();
        if segs.len() > MAX_DEPTH {
            return Err(Reply::invalid(
                "expand",
                "parameter_invalid_string",
                &format!("You cannot expand more than {MAX_DEPTH} levels of a property ({path})."),
            ));
        }
        let on_intent = match scope {
            Scope::One => &segs[..],
            Scope::List | Scope::Search => match segs.split_first() {
                Some((&"data", rest)) if !rest.is_empty() => rest,
                _ => return Err(cannot(&path)),
            },
        };
        let mut kind = Kind::PaymentIntent;
        for seg in on_intent {
            kind = expandable(kind).iter().find(|(f, _)| f == seg).map(|(_, k)| *k).ok_or_else(|| cannot(&path))?;
        }
        out.paths.push(on_intent.iter().map(|s| s.to_string()).collect());
    }
    Ok(out)
}

impl Store {
    /// A copy of the intent with the requested paths expanded.
    pub fn expand(&self, acct: &str, intent: &Intent, ex: &Expansions) -> Value {
        let mut v = Value::Object(intent.obj.clone());
        for path in &ex.paths {
            self.expand_path(acct, &mut v, Kind::PaymentIntent, path);
        }
        v
    }

    /// Expand `path` inside `v`, an object of `kind`. Ids nothing is known
    /// about, and `null`s, stay as they are.
    fn expand_path(&self, acct: &str, v: &mut Value, kind: Kind, path: &[String]) {
        let Some((field, rest)) = path.split_first() else { return };
        let Some(target) = expandable(kind).iter().find(|(f, _)| f == field).map(|(_, k)| *k) else { return };
        let Some(slot) = v.get_mut(field.as_str()) else { return };
        if let Some(id) = slot.as_str() {
            match self.fetch(acct, target, id) {
                Some(obj) => *slot = obj,
                None => return,
            }
        }
        if slot.is_object() {
            self.expand_path(acct, slot, target, rest);
        }
    }

    /// The object `id` of `kind`, as an expansion shows it.
    fn fetch(&self, acct: &str, kind: Kind, id: &str) -> Option<Value> {
        Some(match kind {
            Kind::PaymentIntent => Value::Object(self.intents.get(&(acct.to_string(), id.to_string()))?.obj.clone()),
            Kind::Charge => self.find_charge(acct, id)?.clone(),
            Kind::BalanceTransaction => self.find_balance_transaction(acct, id)?,
            Kind::PaymentMethod => {
                let (_, t) = self.pm_info(id);
                let mut pm =
                    json!({"id": id, "object": "payment_method", "customer": null, "livemode": false, "type": t});
                if t == "card" {
                    pm["card"] = json!({"brand": "visa", "exp_month": 12, "exp_year": 2034, "last4": "4242"});
                }
                pm
            }
            Kind::Customer => json!({"id": id, "object": "customer", "livemode": false}),
            Kind::Account => json!({"id": id, "object": "account"}),
            Kind::Other(object) => json!({"id": id, "object": object}),
            Kind::TransferData => return None,
        })
    }
}
