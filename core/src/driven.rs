//! A runtime that another event loop drives (Node's libuv, Python's asyncio,
//! any loop that can watch a file descriptor): calls run on the loop's own
//! thread, so a result needs no hand-off between threads.
//!
//! `Driven` is a current-thread tokio runtime plus the one descriptor its
//! reactor waits on (an epoll instance, found through `/proc` on Linux; on
//! other systems `Driven::new` says `Unsupported` and callers keep a
//! runtime of their own threads). The loop watches `fd()` for readability
//! and calls `turn()` when it fires, and also every few milliseconds while
//! calls are in flight (timers, such as a call's timeout or a retry's pause,
//! only advance in a turn). `turn` never blocks: it runs every task that is
//! ready, handles the I/O and timers that are due, and returns.
//!
//! A turn only ends when no task is left ready: every task spawned while a
//! turn runs (the HTTP connections of a client used here, through the
//! client's executor, `spawn_here`) and every task of `Driven::spawn` is
//! counted while it is woken and not yet polled.

use std::future::Future;
use std::io;
use std::os::fd::RawFd;
use std::pin::Pin;
use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};

/// How many times one turn goes round (a ready task that keeps waking itself
/// must not hold the loop); `turn` says when work was left.
const MAX_ROUNDS: u32 = 64;

/// A current-thread runtime driven by another event loop. Use it on one
/// thread: the loop's.
pub struct Driven {
    rt: tokio::runtime::Runtime,
    tracker: Arc<Tracker>,
    fd: RawFd,
}

impl Driven {
    /// A new runtime and its descriptor. `Unsupported` where the descriptor
    /// cannot be found (any system but Linux).
    pub fn new() -> io::Result<Driven> {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
        let fd = reactor_fd(&rt)?;
        Ok(Driven { rt, tracker: Arc::new(Tracker::default()), fd })
    }

    /// The descriptor to watch for readability; valid as long as this value.
    pub fn fd(&self) -> RawFd {
        self.fd
    }

    /// Start `fut`; it runs in this and later turns (call `turn` to start
    /// it at once). Aborting the handle drops it at the next turn.
    pub fn spawn<F>(&self, fut: F) -> tokio::task::JoinHandle<F::Output>
    where
        F: Future + Send + 'static,
        F::Output: Send + 'static,
    {
        let task = Tracked::new(fut, self.tracker.clone());
        // Already inside this runtime (code a turn runs): spawn here.
        if HERE.with(|h| h.borrow().as_ref().is_some_and(|t| Arc::ptr_eq(t, &self.tracker))) {
            return tokio::spawn(task);
        }
        // Spawned from inside the runtime, the task goes to its local queue;
        // from outside it would wake the reactor (a write to its eventfd).
        #[allow(clippy::async_yields_async)]
        self.rt.block_on(async { tokio::spawn(task) })
    }

    /// Run what is ready, without blocking. True when tasks were still ready
    /// at the end (a turn goes round at most `MAX_ROUNDS` times): turn again
    /// soon.
    pub fn turn(&self) -> bool {
        let _here = Here::enter(&self.tracker);
        let tracker = &self.tracker;
        self.rt.block_on(async {
            for _ in 0..MAX_ROUNDS {
                // Yielding lets the runtime run every queued task and then
                // poll its reactor and timers without waiting.
                tokio::task::yield_now().await;
                if tracker.ready() == 0 {
                    break;
                }
            }
        });
        tracker.ready() > 0
    }

    /// Run `fut` to completion on this thread, blocking it (sync calls on
    /// the loop's thread); the tasks of this runtime run meanwhile.
    pub fn block_on<F: Future>(&self, fut: F) -> F::Output {
        let _here = Here::enter(&self.tracker);
        self.rt.block_on(fut)
    }
}

impl std::fmt::Debug for Driven {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Driven").field("fd", &self.fd).field("ready", &self.tracker.ready()).finish()
    }
}

/// Spawn on the current runtime (which must exist), counted when this thread
/// is inside a `Driven`'s turn or `block_on`. The executor of the HTTP
/// client's connections.
pub(crate) fn spawn_here<F>(fut: F)
where
    F: Future + Send + 'static,
    F::Output: Send + 'static,
{
    match HERE.with(|h| h.borrow().clone()) {
        Some(tracker) => drop(tokio::spawn(Tracked::new(fut, tracker))),
        None => drop(tokio::spawn(fut)),
    }
}

thread_local! {
    /// The tracker of the `Driven` whose turn runs on this thread.
    static HERE: std::cell::RefCell<Option<Arc<Tracker>>> = const { std::cell::RefCell::new(None) };
}

/// Marks this thread as inside a `Driven` until dropped.
struct Here(Option<Arc<Tracker>>);

impl Here {
    fn enter(tracker: &Arc<Tracker>) -> Here {
        Here(HERE.with(|h| h.borrow_mut().replace(tracker.clone())))
    }
}

impl Drop for Here {
    fn drop(&mut self) {
        let previous = self.0.take();
        HERE.with(|h| *h.borrow_mut() = previous);
    }
}

/// How many counted tasks are woken and not yet polled.
#[derive(Default)]
struct Tracker {
    ready: AtomicUsize,
}

impl Tracker {
    fn ready(&self) -> usize {
        self.ready.load(Ordering::Acquire)
    }
}

const IDLE: u8 = 0;
const READY: u8 = 1;
const DONE: u8 = 2;

/// One counted task's state, shared with its wakers.
struct TaskState {
    state: AtomicU8,
    tracker: Arc<Tracker>,
}

impl TaskState {
    fn woken(&self) {
        if self.state.compare_exchange(IDLE, READY, Ordering::AcqRel, Ordering::Acquire).is_ok() {
            self.tracker.ready.fetch_add(1, Ordering::AcqRel);
        }
    }

    fn polled(&self) {
        if self.state.compare_exchange(READY, IDLE, Ordering::AcqRel, Ordering::Acquire).is_ok() {
            self.tracker.ready.fetch_sub(1, Ordering::AcqRel);
        }
    }

    fn ended(&self) {
        if self.state.swap(DONE, Ordering::AcqRel) == READY {
            self.tracker.ready.fetch_sub(1, Ordering::AcqRel);
        }
    }
}

/// The waker a counted task sees: counts the wake, then wakes the runtime's.
struct CountingWaker {
    task: Arc<TaskState>,
    inner: Waker,
}

impl Wake for CountingWaker {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }

    fn wake_by_ref(self: &Arc<Self>) {
        self.task.woken();
        self.inner.wake_by_ref();
    }
}

/// A future counted by a tracker while it is ready to be polled.
struct Tracked<F> {
    fut: Pin<Box<F>>,
    task: Arc<TaskState>,
    /// The runtime's waker last seen and the counting waker made for it.
    waker: Option<(Waker, Waker)>,
}

impl<F: Future> Tracked<F> {
    fn new(fut: F, tracker: Arc<Tracker>) -> Tracked<F> {
        tracker.ready.fetch_add(1, Ordering::AcqRel);
        let task = Arc::new(TaskState { state: AtomicU8::new(READY), tracker });
        Tracked { fut: Box::pin(fut), task, waker: None }
    }
}

impl<F: Future> Future for Tracked<F> {
    type Output = F::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        let this = self.get_mut();
        this.task.polled();
        let fresh = match &this.waker {
            Some((seen, _)) => !seen.will_wake(cx.waker()),
            None => true,
        };
        if fresh {
            let counting = Waker::from(Arc::new(CountingWaker { task: this.task.clone(), inner: cx.waker().clone() }));
            this.waker = Some((cx.waker().clone(), counting));
        }
        let Some((_, counting)) = &this.waker else { unreachable!("set above") };
        this.fut.as_mut().poll(&mut Context::from_waker(counting))
    }
}

impl<F> Drop for Tracked<F> {
    fn drop(&mut self) {
        self.task.ended();
    }
}

/// The epoll instance the runtime's reactor waits on: a fresh socket is
/// registered with the reactor, and the epoll instance of the process that
/// watches that socket (same descriptor number and inode) is it.
#[cfg(target_os = "linux")]
fn reactor_fd(rt: &tokio::runtime::Runtime) -> io::Result<RawFd> {
    use std::os::fd::AsRawFd;
    use std::os::unix::fs::MetadataExt;

    let (probe, _peer) = std::os::unix::net::UnixStream::pair()?;
    probe.set_nonblocking(true)?;
    let probe_fd = probe.as_raw_fd();
    let probe_ino = std::fs::metadata(format!("/proc/self/fd/{probe_fd}"))?.ino();
    let registered = {
        let _rt = rt.enter();
        tokio::net::UnixStream::from_std(probe)?
    };
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc/self/fd")? {
        let Ok(entry) = entry else { continue };
        let Some(fd) = entry.file_name().to_str().and_then(|n| n.parse::<RawFd>().ok()) else { continue };
        match std::fs::read_link(entry.path()) {
            Ok(target) if target.as_os_str() == "anon_inode:[eventpoll]" => {}
            _ => continue,
        }
        let Ok(info) = std::fs::read_to_string(format!("/proc/self/fdinfo/{fd}")) else { continue };
        if info.lines().any(|line| watches(line, probe_fd, probe_ino)) {
            found.push(fd);
        }
    }
    drop(registered);
    // The reactor keeps a duplicate of its descriptor (mio's registry), so
    // two may match: both name the one instance that watches the probe.
    found.into_iter().min().ok_or_else(|| io::Error::other("the runtime's epoll instance was not found"))
}

#[cfg(not(target_os = "linux"))]
fn reactor_fd(_rt: &tokio::runtime::Runtime) -> io::Result<RawFd> {
    Err(io::Error::new(io::ErrorKind::Unsupported, "a driven runtime needs Linux (epoll through /proc)"))
}

/// Whether an epoll fdinfo line (`tfd: N events: .. data: .. pos:0 ino:HEX sdev:..`)
/// is the watch of descriptor `fd` on inode `ino`.
#[cfg(target_os = "linux")]
fn watches(line: &str, fd: RawFd, ino: u64) -> bool {
    let mut words = line.split_whitespace();
    if words.next() != Some("tfd:") || words.next().and_then(|n| n.parse::<RawFd>().ok()) != Some(fd) {
        return false;
    }
    words.any(|w| w.strip_prefix("ino:").and_then(|h| u64::from_str_radix(h, 16).ok()) == Some(ino))
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    #[test]
    fn reads_epoll_fdinfo_lines() {
        let line = "tfd:        9 events:       19 data:                9  pos:0 ino:5ca sdev:e";
        assert!(watches(line, 9, 0x5ca));
        assert!(!watches(line, 9, 0x5cb));
        assert!(!watches(line, 19, 0x5ca));
        assert!(!watches("pos:\t0", 9, 0x5ca));
    }

    #[test]
    fn a_counted_task_is_ready_until_polled_and_not_after_it_ends() {
        let tracker = Arc::new(Tracker::default());
        let mut t = Box::pin(Tracked::new(std::future::pending::<()>(), tracker.clone()));
        assert_eq!(tracker.ready(), 1);
        let waker = Waker::noop();
        assert!(t.as_mut().poll(&mut Context::from_waker(waker)).is_pending());
        assert_eq!(tracker.ready(), 0);
        let counting = t.waker.as_ref().unwrap().1.clone();
        counting.wake_by_ref();
        counting.wake_by_ref();
        assert_eq!(tracker.ready(), 1, "two wakes before a poll count once");
        drop(t);
        assert_eq!(tracker.ready(), 0);
        counting.wake();
        assert_eq!(tracker.ready(), 0, "a wake after the end does not count");
    }
}
