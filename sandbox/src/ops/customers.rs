//! `/v1/customers` (create and retrieve only): just enough of customers to
//! attach one to a test clock. Intents whose `customer` is attached to a
//! clock live at the clock's time. Customer ids that were never created here
//! still work everywhere else as plain strings.

use serde_json::{json, Map, Value};

use crate::reply::{Reply, R};
use crate::store::{now, random_id, Store};
use crate::wire::Params;

use super::fields::apply_metadata;
use super::test_clocks::missing_clock;

fn check_known(op: &str, p: &Map<String, Value>) -> R<()> {
    let ok: &[&str] = match op {
        "customers.create" => &["description", "email", "expand", "metadata", "name", "test_clock"],
        _ => &["expand"],
    };
    match p.keys().find(|k| !ok.contains(&k.as_str())) {
        Some(k) => Err(Reply::invalid(k, "parameter_unknown", &format!("Received unknown parameter: {k}"))),
        None => Ok(()),
    }
}

impl Store {
    pub fn customer_op(&mut self, acct: &str, op: &str, id: Option<&str>, p: &Map<String, Value>) -> R<Value> {
        check_known(op, p)?;
        let params = Params::new(p);
        match op {
            "customers.create" => {
                let description = params.string_max("description", 350)?;
                let email = params.string_max("email", 512)?;
                let name = params.string_max("name", 256)?;
                let metadata = params.metadata("metadata")?;
                let clock = params.string("test_clock")?.filter(|c| !c.is_empty());
                let created = match &clock {
                    Some(c) => self.timeline.frozen_time(acct, c).ok_or_else(|| {
                        let mut r = missing_clock(c, "test_clock");
                        r.status = 400;
                        r
                    })?,
                    None => now(),
                };
                let id = random_id("cus_", 14);
                let obj = json!({
                    "id": id, "object": "customer", "created": created, "description": description,
                    "email": email, "livemode": false, "metadata": {}, "name": name, "test_clock": clock
                });
                let Value::Object(mut obj) = obj else { unreachable!() };
                apply_metadata(&mut obj, metadata);
                self.timeline.customers.insert((acct.to_string(), id), obj.clone());
                Ok(Value::Object(obj))
            }
            "customers.retrieve" => {
                let id = id.unwrap_or("");
                self.timeline
                    .customers
                    .get(&(acct.to_string(), id.to_string()))
                    .map(|c| Value::Object(c.clone()))
                    .ok_or_else(|| {
                        Reply::error(
                            404,
                            "invalid_request_error",
                            Some("resource_missing"),
                            &format!("No such customer: '{id}'"),
                            Some("customer"),
                        )
                    })
            }
            _ => Err(Reply::error(404, "invalid_request_error", None, "Unrecognized request URL.", None)),
        }
    }
}
