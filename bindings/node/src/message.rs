//! What travels back to JavaScript from a call (its reply) or from the
//! core's observer (a request event), and the `deliver(id, text, error,
//! event)` arguments each becomes. Shared by the channel's thread-safe
//! function and the driver's direct hand-over.

use crate::error::NativeError;
use crate::native_event::NativeEvent;

/// What one message carries.
pub enum Message {
    /// The end of call `id`.
    Done(u32, Reply),
    /// A request event of the client's calls.
    Event(NativeEvent),
}

/// The outcome of one call.
pub enum Reply {
    /// JSON text `[meta | null, value]`.
    Text(String),
    Error(Box<NativeError>),
    /// A pager has no more items.
    End,
}

/// `(id, text, error, event)`, the arguments of `deliver` for `message`.
pub fn arguments(message: Message) -> (u32, Option<String>, Option<NativeError>, Option<NativeEvent>) {
    match message {
        Message::Event(e) => (0, None, None, Some(e)),
        Message::Done(id, Reply::Text(t)) => (id, Some(t), None, None),
        Message::Done(id, Reply::Error(e)) => (id, None, Some(*e), None),
        Message::Done(id, Reply::End) => (id, None, None, None),
    }
}
