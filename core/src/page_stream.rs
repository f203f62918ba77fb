//! Auto-pagination as a `futures_core::Stream`: a [`Pager`] walked one
//! PaymentIntent per poll, for callers who combine streams (`StreamExt`,
//! `select`, `take`, ...).

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;

use crate::error::Result;
use crate::model::PaymentIntent;
use crate::payment_intents::Pager;

/// One step of the walk: the pager (moved into the future and handed back)
/// and what its `next` gave.
type Step = Pin<Box<dyn Future<Output = (Box<Pager>, Result<Option<PaymentIntent>>)> + Send>>;

enum State {
    /// Waiting to be polled for the next item.
    Idle(Box<Pager>),
    /// A `next` call under way (perhaps fetching a page).
    Busy(Step),
    /// The walk ended: after the last item, or after an error.
    Done,
}

/// Every PaymentIntent of a list or search as a `Stream`, fetched page by
/// page as it is polled. Made by
/// [`PaymentIntents::list_auto_paging`](crate::PaymentIntents::list_auto_paging),
/// [`PaymentIntents::search_auto_paging`](crate::PaymentIntents::search_auto_paging)
/// or [`Pager::into_stream`].
///
/// It yields what [`Pager::next`] yields: the items in order, then ends. An
/// error is yielded once and ends the stream, including the error of a
/// server that hands out a page cursor a second time (which would page
/// forever); the items of the pages received before it come first.
pub struct PageStream {
    state: State,
}

impl PageStream {
    pub(crate) fn new(pager: Pager) -> Self {
        PageStream { state: State::Idle(Box::new(pager)) }
    }
}

impl std::fmt::Debug for PageStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let state = match self.state {
            State::Idle(_) => "idle",
            State::Busy(_) => "fetching",
            State::Done => "done",
        };
        f.debug_struct("PageStream").field("state", &state).finish()
    }
}

impl Stream for PageStream {
    type Item = Result<PaymentIntent>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            match std::mem::replace(&mut this.state, State::Done) {
                State::Done => return Poll::Ready(None),
                State::Idle(mut pager) => {
                    this.state = State::Busy(Box::pin(async move {
                        let item = pager.next().await;
                        (pager, item)
                    }));
                }
                State::Busy(mut step) => {
                    return match step.as_mut().poll(cx) {
                        Poll::Pending => {
                            this.state = State::Busy(step);
                            Poll::Pending
                        }
                        Poll::Ready((pager, Ok(Some(pi)))) => {
                            this.state = State::Idle(pager);
                            Poll::Ready(Some(Ok(pi)))
                        }
                        Poll::Ready((_, Ok(None))) => Poll::Ready(None),
                        Poll::Ready((_, Err(e))) => Poll::Ready(Some(Err(e))),
                    };
                }
            }
        }
    }
}
