//! A misbehaving HTTP/1.1 server for tests: it answers each request with
//! whatever raw bytes the test's handler returns, including bodies that never
//! end, and counts the bytes it managed to write.

#![allow(dead_code)]

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// One request as the server saw it.
#[derive(Clone, Debug)]
pub struct Request {
    pub method: String,
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Request {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// What the server writes back.
pub enum Reply {
    /// These bytes, then the connection is closed.
    Raw(Vec<u8>),
    /// `head` (status line and headers, blank line included), then `chunk`
    /// again and again: `limit` bytes in all, or without end when `None`.
    /// With `chunked`, each repetition is framed as an HTTP chunk.
    Stream { head: String, chunk: Vec<u8>, limit: Option<u64>, chunked: bool },
}

impl Reply {
    /// A complete response with a JSON (or any) body and extra header lines.
    pub fn with(status: &str, headers: &[(&str, &str)], body: &str) -> Reply {
        let mut head = format!("HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n", body.len());
        for (k, v) in headers {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        head.push_str("\r\n");
        let mut bytes = head.into_bytes();
        bytes.extend_from_slice(body.as_bytes());
        Reply::Raw(bytes)
    }
}

type Handler = dyn Fn(usize, &Request) -> Reply + Send + Sync;

/// The server; dropping it stops accepting and aborts open connections.
pub struct HostileServer {
    pub url: String,
    hits: Arc<AtomicUsize>,
    written: Arc<AtomicU64>,
    finished: Arc<AtomicUsize>,
    requests: Arc<Mutex<Vec<Request>>>,
    accept: JoinHandle<()>,
    conns: Arc<Mutex<Vec<JoinHandle<()>>>>,
}

impl HostileServer {
    /// Start on 127.0.0.1; `handler` gets the request number (from 0) and the request.
    pub async fn start(handler: impl Fn(usize, &Request) -> Reply + Send + Sync + 'static) -> HostileServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let handler: Arc<Handler> = Arc::new(handler);
        let hits = Arc::new(AtomicUsize::new(0));
        let written = Arc::new(AtomicU64::new(0));
        let finished = Arc::new(AtomicUsize::new(0));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let conns = Arc::new(Mutex::new(Vec::new()));
        let accept = {
            let (hits, written, finished, requests, conns) =
                (hits.clone(), written.clone(), finished.clone(), requests.clone(), conns.clone());
            tokio::spawn(async move {
                loop {
                    let Ok((sock, _)) = listener.accept().await else { return };
                    let (handler, hits, written, finished, requests) =
                        (handler.clone(), hits.clone(), written.clone(), finished.clone(), requests.clone());
                    let task = tokio::spawn(async move {
                        serve(sock, handler, hits, written, requests).await;
                        finished.fetch_add(1, Ordering::SeqCst);
                    });
                    conns.lock().unwrap().push(task);
                }
            })
        };
        HostileServer { url, hits, written, finished, requests, accept, conns }
    }

    /// Requests received so far.
    pub fn hits(&self) -> usize {
        self.hits.load(Ordering::SeqCst)
    }

    /// Body and head bytes written to clients so far.
    pub fn written(&self) -> u64 {
        self.written.load(Ordering::SeqCst)
    }

    pub fn requests(&self) -> Vec<Request> {
        self.requests.lock().unwrap().clone()
    }

    /// Wait until `n` connections have ended (the client hung up or the reply
    /// was complete), at most `limit`. True when they did.
    pub async fn wait_finished(&self, n: usize, limit: Duration) -> bool {
        let start = std::time::Instant::now();
        while self.finished.load(Ordering::SeqCst) < n {
            if start.elapsed() > limit {
                return false;
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        true
    }
}

impl Drop for HostileServer {
    fn drop(&mut self) {
        self.accept.abort();
        for c in self.conns.lock().unwrap().drain(..) {
            c.abort();
        }
    }
}

async fn serve(
    mut sock: TcpStream,
    handler: Arc<Handler>,
    hits: Arc<AtomicUsize>,
    written: Arc<AtomicU64>,
    requests: Arc<Mutex<Vec<Request>>>,
) {
    let Some(req) = read_request(&mut sock).await else { return };
    let n = hits.fetch_add(1, Ordering::SeqCst);
    requests.lock().unwrap().push(req.clone());
    match handler(n, &req) {
        Reply::Raw(bytes) => {
            if sock.write_all(&bytes).await.is_ok() {
                written.fetch_add(bytes.len() as u64, Ordering::SeqCst);
            }
            let _ = sock.shutdown().await;
        }
        Reply::Stream { head, chunk, limit, chunked } => {
            if sock.write_all(head.as_bytes()).await.is_err() {
                return;
            }
            written.fetch_add(head.len() as u64, Ordering::SeqCst);
            let framed = if chunked {
                let mut f = format!("{:x}\r\n", chunk.len()).into_bytes();
                f.extend_from_slice(&chunk);
                f.extend_from_slice(b"\r\n");
                f
            } else {
                chunk
            };
            let mut sent: u64 = 0;
            while limit.is_none_or(|l| sent < l) {
                if sock.write_all(&framed).await.is_err() {
                    return;
                }
                sent += framed.len() as u64;
                written.fetch_add(framed.len() as u64, Ordering::SeqCst);
            }
            if chunked {
                let _ = sock.write_all(b"0\r\n\r\n").await;
            }
            let _ = sock.shutdown().await;
        }
    }
}

async fn read_request(sock: &mut TcpStream) -> Option<Request> {
    let mut buf = Vec::new();
    let mut tmp = [0u8; 8192];
    let head_end = loop {
        let n = sock.read(&mut tmp).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&tmp[..n]);
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
    let mut lines = head.split("\r\n");
    let mut first = lines.next()?.split(' ');
    let method = first.next()?.to_string();
    let path = first.next()?.to_string();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    let len = headers
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse::<usize>().ok())
        .unwrap_or(0);
    let mut body = buf[head_end..].to_vec();
    while body.len() < len {
        let n = sock.read(&mut tmp).await.ok()?;
        if n == 0 {
            break;
        }
        body.extend_from_slice(&tmp[..n]);
    }
    Some(Request { method, path, headers, body })
}
