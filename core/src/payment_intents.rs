//! The PaymentIntents resource: the eleven operations and auto-pagination.

use std::collections::{HashSet, VecDeque};

use serde_json::{Map, Value};

use crate::client::Client;
use crate::config::RequestOptions;
use crate::encode::path_segment;
use crate::error::{Error, ErrorKind, Result};
use crate::model::{List, PaymentIntent, SearchResult};
use crate::params::*;
use crate::validate;
use crate::wire::Method;

const BASE: &str = "/v1/payment_intents";

/// Operations on PaymentIntents. Obtained from [`Client::payment_intents`];
/// `with_options` gives a copy whose calls use per-request options.
#[derive(Clone, Debug)]
pub struct PaymentIntents {
    client: Client,
    opts: RequestOptions,
}

fn intent_path(id: &str, action: Option<&str>) -> Result<String> {
    validate::object_id("intent", id, "pi_")?;
    Ok(match action {
        Some(a) => format!("{BASE}/{}/{a}", path_segment(id)),
        None => format!("{BASE}/{}", path_segment(id)),
    })
}

impl Client {
    /// The PaymentIntents resource.
    pub fn payment_intents(&self) -> PaymentIntents {
        PaymentIntents::new(self.clone())
    }
}

impl PaymentIntents {
    pub(crate) fn new(client: Client) -> Self {
        PaymentIntents { client, opts: RequestOptions::default() }
    }

    /// The same resource with these per-request options (idempotency key,
    /// Stripe-Account, timeout, ...).
    pub fn with_options(&self, opts: RequestOptions) -> Self {
        PaymentIntents { client: self.client.clone(), opts }
    }

    async fn post(&self, path: &str, params: &impl Params) -> Result<PaymentIntent> {
        let wire = params.to_wire_for(self.client.config().profile)?;
        self.client.request(Method::Post, path, &wire, &self.opts).await
    }

    /// Create a PaymentIntent.
    pub async fn create(&self, params: &CreateParams) -> Result<PaymentIntent> {
        self.post(BASE, params).await
    }

    /// Retrieve a PaymentIntent by id.
    pub async fn retrieve(&self, id: &str, params: &RetrieveParams) -> Result<PaymentIntent> {
        let path = intent_path(id, None)?;
        let wire = params.to_wire()?;
        self.client.request(Method::Get, &path, &wire, &self.opts).await
    }

    /// Update the fields of a PaymentIntent.
    pub async fn update(&self, id: &str, params: &UpdateParams) -> Result<PaymentIntent> {
        self.post(&intent_path(id, None)?, params).await
    }

    /// One page of PaymentIntents, newest first.
    pub async fn list(&self, params: &ListParams) -> Result<List<PaymentIntent>> {
        let wire = params.to_wire()?;
        self.client.request(Method::Get, BASE, &wire, &self.opts).await
    }

    /// Every PaymentIntent matching `params`, fetched page by page as the
    /// pager is advanced.
    pub fn list_auto(&self, params: ListParams) -> Pager {
        Pager::new(self.clone(), PagerKind::List(params))
    }

    /// One page of search results.
    pub async fn search(&self, params: &SearchParams) -> Result<SearchResult<PaymentIntent>> {
        let wire = params.to_wire()?;
        self.client.request(Method::Get, &format!("{BASE}/search"), &wire, &self.opts).await
    }

    /// Every search result, fetched page by page.
    pub fn search_auto(&self, params: SearchParams) -> Pager {
        Pager::new(self.clone(), PagerKind::Search(params))
    }

    /// Confirm that the customer intends to pay.
    pub async fn confirm(&self, id: &str, params: &ConfirmParams) -> Result<PaymentIntent> {
        self.post(&intent_path(id, Some("confirm"))?, params).await
    }

    /// Capture the funds of a PaymentIntent in `requires_capture`.
    pub async fn capture(&self, id: &str, params: &CaptureParams) -> Result<PaymentIntent> {
        self.post(&intent_path(id, Some("capture"))?, params).await
    }

    /// Cancel a PaymentIntent.
    pub async fn cancel(&self, id: &str, params: &CancelParams) -> Result<PaymentIntent> {
        self.post(&intent_path(id, Some("cancel"))?, params).await
    }

    /// Raise the authorised amount of an uncaptured PaymentIntent.
    pub async fn increment_authorization(
        &self,
        id: &str,
        params: &IncrementAuthorizationParams,
    ) -> Result<PaymentIntent> {
        self.post(&intent_path(id, Some("increment_authorization"))?, params).await
    }

    /// Pay a `customer_balance` PaymentIntent from the customer's cash balance.
    pub async fn apply_customer_balance(
        &self,
        id: &str,
        params: &ApplyCustomerBalanceParams,
    ) -> Result<PaymentIntent> {
        self.post(&intent_path(id, Some("apply_customer_balance"))?, params).await
    }

    /// Verify the micro-deposits of a bank-account PaymentIntent.
    pub async fn verify_microdeposits(
        &self,
        id: &str,
        params: &VerifyMicrodepositsParams,
    ) -> Result<PaymentIntent> {
        self.post(&intent_path(id, Some("verify_microdeposits"))?, params).await
    }

    /// Run an operation named as in the API reference with JSON parameters.
    /// This is the entry point of the language bindings and of the shared
    /// scenario tests; Rust callers normally use the typed methods.
    pub async fn call(&self, op: Operation, id: Option<&str>, params: Value) -> Result<Outcome> {
        let need_id = || {
            id.ok_or_else(|| {
                Error::invalid_argument("intent", format!("{} needs a PaymentIntent id", op.as_str()))
            })
        };
        let pi = match op {
            Operation::List => return Ok(Outcome::List(self.list(&from_json(params)?).await?)),
            Operation::Search => return Ok(Outcome::Search(self.search(&from_json(params)?).await?)),
            Operation::Create => self.create(&from_json(params)?).await?,
            Operation::Retrieve => self.retrieve(need_id()?, &from_json(params)?).await?,
            Operation::Update => self.update(need_id()?, &from_json(params)?).await?,
            Operation::Confirm => self.confirm(need_id()?, &from_json(params)?).await?,
            Operation::Capture => self.capture(need_id()?, &from_json(params)?).await?,
            Operation::Cancel => self.cancel(need_id()?, &from_json(params)?).await?,
            Operation::IncrementAuthorization => {
                self.increment_authorization(need_id()?, &from_json(params)?).await?
            }
            Operation::ApplyCustomerBalance => {
                self.apply_customer_balance(need_id()?, &from_json(params)?).await?
            }
            Operation::VerifyMicrodeposits => {
                self.verify_microdeposits(need_id()?, &from_json(params)?).await?
            }
        };
        Ok(Outcome::PaymentIntent(Box::new(pi)))
    }
}

/// The eleven operations, named as in the API reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operation {
    Create,
    Retrieve,
    Update,
    List,
    Search,
    Confirm,
    Capture,
    Cancel,
    IncrementAuthorization,
    ApplyCustomerBalance,
    VerifyMicrodeposits,
}

impl Operation {
    pub const ALL: [Operation; 11] = [
        Operation::Create,
        Operation::Retrieve,
        Operation::Update,
        Operation::List,
        Operation::Search,
        Operation::Confirm,
        Operation::Capture,
        Operation::Cancel,
        Operation::IncrementAuthorization,
        Operation::ApplyCustomerBalance,
        Operation::VerifyMicrodeposits,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Operation::Create => "create",
            Operation::Retrieve => "retrieve",
            Operation::Update => "update",
            Operation::List => "list",
            Operation::Search => "search",
            Operation::Confirm => "confirm",
            Operation::Capture => "capture",
            Operation::Cancel => "cancel",
            Operation::IncrementAuthorization => "increment_authorization",
            Operation::ApplyCustomerBalance => "apply_customer_balance",
            Operation::VerifyMicrodeposits => "verify_microdeposits",
        }
    }

    pub fn parse(name: &str) -> Result<Operation> {
        Operation::ALL
            .into_iter()
            .find(|o| o.as_str() == name)
            .ok_or_else(|| Error::invalid_argument("operation", format!("unknown operation {name:?}")))
    }
}

/// What an operation returns.
#[derive(Clone, Debug)]
pub enum Outcome {
    PaymentIntent(Box<PaymentIntent>),
    List(List<PaymentIntent>),
    Search(SearchResult<PaymentIntent>),
}

impl Outcome {
    /// The JSON the API sent (as re-serialised from the typed model).
    pub fn to_json(&self) -> Value {
        match self {
            Outcome::PaymentIntent(p) => p.to_json(),
            Outcome::List(l) => serde_json::to_value(l).unwrap_or(Value::Null),
            Outcome::Search(s) => serde_json::to_value(s).unwrap_or(Value::Null),
        }
    }
}

enum PagerKind {
    List(ListParams),
    Search(SearchParams),
}

/// Walks every page of a list or search. `next` fetches a new page only when
/// the current one is used up. A server that hands out a cursor it gave
/// before (which would page forever) ends the walk with an `api_error`,
/// after the items of the pages received.
pub struct Pager {
    service: PaymentIntents,
    kind: PagerKind,
    buffer: VecDeque<PaymentIntent>,
    done: bool,
    pages: u32,
    cursors: HashSet<String>,
    /// The error to report once the buffer is drained.
    stopped: Option<Error>,
}

impl Pager {
    fn new(service: PaymentIntents, kind: PagerKind) -> Self {
        Pager {
            service,
            kind,
            buffer: VecDeque::new(),
            done: false,
            pages: 0,
            cursors: HashSet::new(),
            stopped: None,
        }
    }

    /// Pages fetched so far.
    pub fn pages_fetched(&self) -> u32 {
        self.pages
    }

    /// The next PaymentIntent, or `None` after the last one.
    pub async fn next(&mut self) -> Result<Option<PaymentIntent>> {
        loop {
            if let Some(pi) = self.buffer.pop_front() {
                return Ok(Some(pi));
            }
            if let Some(e) = self.stopped.take() {
                return Err(e);
            }
            if self.done {
                return Ok(None);
            }
            self.fetch_page().await?;
        }
    }

    /// Everything left, or at most `max` items.
    pub async fn collect(mut self, max: Option<usize>) -> Result<Vec<PaymentIntent>> {
        let mut out = Vec::new();
        while max.map_or(true, |m| out.len() < m) {
            match self.next().await? {
                Some(pi) => out.push(pi),
                None => break,
            }
        }
        Ok(out)
    }

    async fn fetch_page(&mut self) -> Result<()> {
        self.pages = self.pages.saturating_add(1);
        let (data, next) = match &self.kind {
            PagerKind::List(params) => {
                let page = self.service.list(params).await?;
                let backward = params.ending_before.is_some();
                let cursor = if backward { page.data.first() } else { page.data.last() };
                let next = match (page.has_more, cursor) {
                    (true, Some(pi)) => Some(pi.id.clone()),
                    _ => None,
                };
                (page.data, next)
            }
            PagerKind::Search(params) => {
                let page = self.service.search(params).await?;
                let next = match (page.has_more, page.next_page) {
                    (true, Some(next)) if !page.data.is_empty() => Some(next),
                    _ => None,
                };
                (page.data, next)
            }
        };
        self.buffer.extend(data);
        match next {
            None => self.done = true,
            Some(cursor) if !self.cursors.insert(cursor.clone()) => {
                self.done = true;
                self.stopped = Some(Error::new(
                    ErrorKind::Api,
                    format!("the API returned the page cursor {cursor:?} a second time; paging stopped to avoid a loop"),
                ));
            }
            Some(cursor) => match &mut self.kind {
                PagerKind::List(p) if p.ending_before.is_some() => p.ending_before = Some(cursor),
                PagerKind::List(p) => p.starting_after = Some(cursor),
                PagerKind::Search(p) => p.page = Some(cursor),
            },
        }
        Ok(())
    }
}

/// JSON helper for bindings: parameters given as `None` become `{}`.
pub fn params_or_empty(v: Option<Value>) -> Value {
    v.unwrap_or_else(|| Value::Object(Map::new()))
}
