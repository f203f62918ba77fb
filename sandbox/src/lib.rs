//! A stateful local PaymentIntents server for tests and the quickstart.
//!
//! It follows the documented state machine, answers with Stripe-shaped
//! errors, replays idempotent requests like Stripe, speaks the Stripe (form)
//! and LeanRails (JSON) wire profiles, and injects faults on demand. See
//! README.md beside this crate for the test payment methods, control
//! endpoints and error codes.
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! use payintent_sandbox::{Fault, FaultKind, Sandbox, SandboxConfig};
//! let sandbox = Sandbox::start(SandboxConfig::default()).await?;
//! sandbox.inject(Fault { kind: FaultKind::Status { status: 503, should_retry: None, code: None }, count: 1, path_prefix: None });
//! println!("{}", sandbox.base_url());
//! # Ok(()) }
//! ```

// Layers, top down; a module uses only modules of lower layers:
//   server > control > sim_control > router > leanrails, publishable, resources >
//   webhooks::delivery > shared > idempotency, auth, response >
//   ops (one module per operation), webhooks::{endpoints, events} > webhooks::paging >
//   search_query, store > timeline, methods, webhooks::state > webhooks::{signing, event_types} >
//   bank_debits, confirmation_tokens, wire > reply, clock, currencies, lock,
//   profile, types.
mod auth;
mod bank_debits;
mod clock;
mod confirmation_tokens;
mod control;
mod currencies;
mod idempotency;
mod leanrails;
mod lock;
mod methods;
mod ops;
mod profile;
mod publishable;
mod reply;
mod resources;
mod response;
mod router;
mod search_query;
mod server;
mod shared;
mod sim_control;
mod store;
mod timeline;
mod types;
mod webhooks;
mod wire;

use std::net::SocketAddr;
use std::sync::Arc;

use tokio::sync::watch;

use lock::lock;
use server::serve;
use shared::{reset, Shared};

pub use types::{Fault, FaultKind, RecordedRequest, SandboxConfig, WebhookAttempt, WebhookConfig, DEFAULT_API_VERSION};

/// A running sandbox server. Dropping it (or [`Sandbox::shutdown`]) stops it.
pub struct Sandbox {
    addr: SocketAddr,
    shared: Arc<Shared>,
    stop: watch::Sender<bool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Sandbox {
    /// Start on the current tokio runtime.
    pub async fn start(config: SandboxConfig) -> std::io::Result<Sandbox> {
        let listener = tokio::net::TcpListener::bind(config.addr).await?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared {
            base_url: format!("http://{addr}"),
            webhooks: config.webhooks.clone(),
            ..Shared::default()
        });
        let (stop, stop_rx) = watch::channel(false);
        tokio::spawn(serve(listener, shared.clone(), stop_rx));
        Ok(Sandbox { addr, shared, stop, thread: None })
    }

    /// Start on a thread with its own runtime, for synchronous callers.
    pub fn start_background(config: SandboxConfig) -> std::io::Result<Sandbox> {
        let (tx, rx) = std::sync::mpsc::channel();
        let thread = std::thread::Builder::new().name("payintent-sandbox".into()).spawn(move || {
            let rt = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build() {
                Ok(rt) => rt,
                Err(e) => {
                    let _ = tx.send(Err(e));
                    return;
                }
            };
            rt.block_on(async move {
                let bound = async {
                    let listener = tokio::net::TcpListener::bind(config.addr).await?;
                    let addr = listener.local_addr()?;
                    Ok::<_, std::io::Error>((listener, addr))
                };
                match bound.await {
                    Ok((listener, addr)) => {
                        let shared = Arc::new(Shared {
                            base_url: format!("http://{addr}"),
                            webhooks: config.webhooks.clone(),
                            ..Shared::default()
                        });
                        let (stop, stop_rx) = watch::channel(false);
                        let _ = tx.send(Ok((addr, shared.clone(), stop)));
                        serve(listener, shared, stop_rx).await;
                    }
                    Err(e) => {
                        let _ = tx.send(Err(e));
                    }
                }
            });
        })?;
        let (addr, shared, stop) = rx.recv().map_err(|_| std::io::Error::other("sandbox thread ended early"))??;
        Ok(Sandbox { addr, shared, stop, thread: Some(thread) })
    }

    /// `http://127.0.0.1:PORT`, without a trailing slash.
    pub fn base_url(&self) -> String {
        self.shared.base_url.clone()
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Queue a fault; faults are used first-in first-out by matching requests.
    pub fn inject(&self, fault: Fault) {
        if fault.count > 0 {
            lock(&self.shared.faults).push_back(fault);
        }
    }

    pub fn clear_faults(&self) {
        lock(&self.shared.faults).clear();
    }

    /// The API requests received so far (control requests are not logged).
    pub fn requests(&self) -> Vec<RecordedRequest> {
        lock(&self.shared.log).clone()
    }

    pub fn clear_requests(&self) {
        lock(&self.shared.log).clear();
    }

    /// Every webhook delivery attempt that has ended, in the order they ended.
    pub fn webhook_attempts(&self) -> Vec<WebhookAttempt> {
        lock(&self.shared.store).hooks.attempts.clone()
    }

    /// Forget every object, fault, idempotency key and logged request.
    pub fn reset(&self) {
        reset(&self.shared);
    }

    /// Stop serving (the same as dropping the handle).
    pub fn shutdown(self) {}
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = self.stop.send(true);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
