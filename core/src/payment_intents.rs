//! The PaymentIntents resource: the one request path its operations share,
//! what they return, and auto-pagination.

use std::collections::{HashSet, VecDeque};

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::client::Client;
use crate::config::RequestOptions;
use crate::error::{Error, ErrorKind, Result};
use crate::meta::WithMeta;
use crate::model::{List, PaymentIntent, SearchResult};
pub use crate::page_stream::PageStream;
pub use crate::operation::Operation;
use crate::params::{ListParams, Params, SearchParams};

/// Operations on PaymentIntents. Obtained from [`Client::payment_intents`];
/// `with_options` gives a copy whose calls use per-request options. The
/// typed methods (one per operation) and `call` are generated
/// (generated/methods.rs) and all go through `send`.
#[derive(Clone, Debug)]
pub struct PaymentIntents {
    client: Client,
    opts: RequestOptions,
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

    /// The one request path of every operation: the id is checked and put in
    /// the operation's path, the parameters are checked for the client's
    /// profile, then the request is sent with the operation's method.
    pub(crate) async fn send<T: DeserializeOwned + WithMeta>(
        &self,
        op: Operation,
        id: Option<&str>,
        params: &impl Params,
    ) -> Result<T> {
        let path = op.path(id)?;
        let wire = params.to_wire_for(self.client.config().profile)?;
        self.client.request(op.method(), &path, &wire, &self.opts).await
    }

    /// Every PaymentIntent matching `params`, fetched page by page as the
    /// pager is advanced.
    pub fn list_auto(&self, params: ListParams) -> Pager {
        Pager::new(self.clone(), PagerKind::List(params))
    }

    /// Every search result, fetched page by page.
    pub fn search_auto(&self, params: SearchParams) -> Pager {
        Pager::new(self.clone(), PagerKind::Search(params))
    }

    /// Every PaymentIntent matching `params` as a `futures_core::Stream`,
    /// fetched page by page as it is polled (see [`PageStream`]).
    ///
    /// ```no_run
    /// # async fn demo(client: payintent::Client) -> payintent::Result<()> {
    /// use futures_util::StreamExt;
    /// use payintent::params::ListParams;
    /// let mut all = client.payment_intents().list_auto_paging(ListParams::default().limit(100));
    /// while let Some(pi) = all.next().await {
    ///     println!("{}", pi?.id);
    /// }
    /// # Ok(()) }
    /// ```
    pub fn list_auto_paging(&self, params: ListParams) -> PageStream {
        self.list_auto(params).into_stream()
    }

    /// Every search result as a `futures_core::Stream`, fetched page by page
    /// as it is polled (see [`PageStream`]).
    pub fn search_auto_paging(&self, params: SearchParams) -> PageStream {
        self.search_auto(params).into_stream()
    }
}

/// What an operation returns.
#[derive(Clone, Debug)]
pub enum Outcome {
    /// One PaymentIntent (every operation but `list` and `search`).
    PaymentIntent(Box<PaymentIntent>),
    /// A page of `list`.
    List(List<PaymentIntent>),
    /// A page of `search`.
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

    /// The rest of the walk as a `Stream` (see [`PageStream`]).
    pub fn into_stream(self) -> PageStream {
        PageStream::new(self)
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
        while max.is_none_or(|m| out.len() < m) {
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
