//! This thread's own runtime, for both the sync methods (`block_on`) and the
//! `*_async` methods run on the thread's event loop (`on_loop`): one runtime
//! and so one connection pool per thread. It is a `payintent::driven::Driven`
//! (a current-thread runtime an event loop can turn) where the system allows
//! one (Linux), else a plain current-thread runtime, and then the async
//! methods use the shared runtime instead.
//!
//! After a fork the inherited runtime shares its epoll instance with the
//! parent: it is leaked, never used or dropped, and a new one is built.
//! Depends on `fork` only.

use std::cell::RefCell;
use std::future::Future;
use std::rc::Rc;

use payintent::driven::Driven;

/// One thread's runtime, built in process generation `generation`.
pub struct Local {
    generation: u64,
    kind: Kind,
}

enum Kind {
    Driven(Driven),
    Plain(tokio::runtime::Runtime),
}

thread_local! {
    static LOCAL: RefCell<Option<Rc<Local>>> = const { RefCell::new(None) };
}

/// This thread's runtime, built on first use (and again after a fork);
/// `None` when no runtime can be built.
pub fn current() -> Option<Rc<Local>> {
    let generation = crate::fork::generation();
    LOCAL.with(|cell| {
        if let Some(local) = cell.borrow().as_ref().filter(|l| l.generation == generation) {
            return Some(local.clone());
        }
        let kind = match Driven::new() {
            Ok(d) => Kind::Driven(d),
            Err(_) => Kind::Plain(tokio::runtime::Builder::new_current_thread().enable_all().build().ok()?),
        };
        let local = Rc::new(Local { generation, kind });
        if let Some(inherited) = cell.borrow_mut().replace(local.clone()) {
            std::mem::forget(inherited);
        }
        Some(local)
    })
}

impl Local {
    /// Run `fut` to completion on this thread (the driven runtime's tasks,
    /// such as async calls in flight, run meanwhile).
    pub fn block_on<F: Future>(&self, fut: F) -> F::Output {
        match &self.kind {
            Kind::Driven(d) => d.block_on(fut),
            Kind::Plain(rt) => rt.block_on(fut),
        }
    }

    /// The process generation (`fork`) this runtime was built in.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The runtime an event loop can turn, where there is one.
    pub fn driven(&self) -> Option<&Driven> {
        match &self.kind {
            Kind::Driven(d) => Some(d),
            Kind::Plain(_) => None,
        }
    }
}
