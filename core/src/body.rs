//! Reading a response body with a size limit, frame by frame, so a hostile or
//! broken server cannot make the client buffer without bound.

use http_body_util::BodyExt;
use hyper::body::Incoming;

/// Why a body could not be read.
pub(crate) enum BodyError {
    /// The body (or its declared `Content-Length`) is longer than the limit.
    TooLarge { limit: usize },
    /// The connection failed while reading.
    Transport(hyper::Error),
}

/// Read the whole body if it is at most `limit` bytes. A declared length over
/// the limit is refused before reading; otherwise reading stops at the first
/// frame that would pass it. The body (and so the connection) is dropped on
/// error, and the buffer never holds more than `limit` bytes.
pub(crate) async fn read_limited(mut body: Incoming, declared: Option<u64>, limit: usize) -> Result<Vec<u8>, BodyError> {
    if declared.is_some_and(|n| n > limit as u64) {
        return Err(BodyError::TooLarge { limit });
    }
    // Trust a declared length only up to the limit, and start small otherwise.
    let start = declared.map_or(8 * 1024, |n| n as usize).min(limit).min(1024 * 1024);
    let mut buf = Vec::with_capacity(start);
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(BodyError::Transport)?;
        if let Ok(chunk) = frame.into_data() {
            if chunk.len() > limit - buf.len() {
                return Err(BodyError::TooLarge { limit });
            }
            buf.extend_from_slice(&chunk);
        }
    }
    Ok(buf)
}
