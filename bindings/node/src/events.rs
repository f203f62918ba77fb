//! The Events resource for JavaScript (`client.events`): `retrieve` and
//! `list`, run by the core's `Events`. The list parameters are the core's
//! `EventListParams`; a key it has no field for is refused here, before
//! anything is sent, as the PaymentIntents wrapper refuses unlisted names.

use payintent::{EventListParams, Events};

use crate::convert::snake_case;
use crate::error::{self, NativeError};
use crate::channel::Reply;
use crate::{parse_call, reply, NativeCancel};

/// What one events call needs, checked before the request is made.
pub enum EventsCall {
    Retrieve(Events, String),
    List(Events, Box<EventListParams>),
}

/// Whether `EventListParams` has a field named `name` (it does not land in `extra`).
fn is_field(name: &str) -> bool {
    let probe = serde_json::json!({ name: null });
    payintent::params::from_json::<EventListParams>(probe).is_ok_and(|p| p.extra.is_empty())
}

/// Refuse the first key of `params` that no field of `EventListParams` takes.
fn refuse_unknown(params: &EventListParams) -> Result<(), NativeError> {
    let Some(key) = params.extra.keys().next() else { return Ok(()) };
    let snake = snake_case(key);
    let hint = if snake != *key && is_field(&snake) {
        format!(" (parameters use the API's spelling: {snake})")
    } else {
        String::new()
    };
    Err(error::invalid_argument(key, format!("events.list has no parameter {key}{hint}")))
}

/// Read `op` (`retrieve` or `list`) and `request` (`[id, params, options]` JSON).
pub fn prepare(
    client: &payintent::Client,
    op: &str,
    request: &str,
    cancel: Option<&NativeCancel>,
) -> Result<EventsCall, NativeError> {
    let args = parse_call(request, cancel)?;
    let events = client.events().with_options(args.opts);
    match op {
        "retrieve" => {
            if args.params.as_object().is_some_and(|m| !m.is_empty()) {
                return Err(error::invalid_argument("params", "events.retrieve takes no parameters"));
            }
            let id = args.id.ok_or_else(|| error::invalid_argument("id", "events.retrieve needs an event id (evt_...)"))?;
            Ok(EventsCall::Retrieve(events, id))
        }
        "list" => {
            let params: EventListParams = payintent::params::from_json(args.params).map_err(NativeError::from)?;
            refuse_unknown(&params)?;
            Ok(EventsCall::List(events, Box::new(params)))
        }
        other => Err(error::invalid_argument("op", format!("unknown events operation {other:?}"))),
    }
}

/// Make the request.
pub async fn run(call: EventsCall) -> Reply {
    let result = match call {
        EventsCall::Retrieve(events, id) => events.retrieve(&id).await.map(|e| reply::text(&e, e.last_response.as_ref())),
        EventsCall::List(events, params) => events.list(&params).await.map(|l| reply::text(&l, l.last_response.as_ref())),
    };
    result.unwrap_or_else(|e| reply::error(NativeError::from(&e)))
}
