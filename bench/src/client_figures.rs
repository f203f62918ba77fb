//! `payintent-bench client --url URL`: per-call time of a Rust `retrieve`
//! beside its peer (a bare reqwest GET with the same headers, body read, not
//! decoded) and its floor (a hand-written HTTP/1.1 exchange on one kept-alive
//! `TcpStream`), against an already running fixed-response server. Rounds are
//! interleaved (each round runs every variant once) on a current-thread
//! runtime; prints one line per figure, or JSON with `--json`; `--json-out FILE`
//! also writes the JSON there (for bench/run.py).

use std::time::Instant;

use payintent::params::RetrieveParams;
use payintent::Client;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const INTENT: &str = "pi_3MtweELkdIwHu7ix0Dt0gF2H";
const KEY: &str = "sk_test_bench";

/// One kept-alive connection speaking just enough HTTP/1.1 for the fixed server.
struct RawHttp {
    stream: TcpStream,
    request: Vec<u8>,
    buf: Vec<u8>,
}

impl RawHttp {
    async fn connect(url: &str) -> std::io::Result<RawHttp> {
        let hostport = url.trim_start_matches("http://").trim_end_matches('/').to_string();
        let stream = TcpStream::connect(&hostport).await?;
        stream.set_nodelay(true)?;
        let request = format!(
            "GET /v1/payment_intents/{INTENT} HTTP/1.1\r\nhost: {hostport}\r\nauthorization: Bearer {KEY}\r\n\
             stripe-version: {}\r\naccept: application/json\r\n\r\n",
            payintent::STRIPE_API_VERSION
        );
        Ok(RawHttp { stream, request: request.into_bytes(), buf: Vec::with_capacity(16 * 1024) })
    }

    /// Send the request, read the head and `content-length` bytes of body.
    async fn exchange(&mut self) -> std::io::Result<usize> {
        self.stream.write_all(&self.request).await?;
        self.buf.clear();
        let mut chunk = [0u8; 16 * 1024];
        loop {
            let n = self.stream.read(&mut chunk).await?;
            if n == 0 {
                return Err(std::io::ErrorKind::UnexpectedEof.into());
            }
            self.buf.extend_from_slice(&chunk[..n]);
            if let Some(end) = self.buf.windows(4).position(|w| w == b"\r\n\r\n") {
                let head = std::str::from_utf8(&self.buf[..end]).unwrap_or("").to_ascii_lowercase();
                let length: usize = head
                    .lines()
                    .find_map(|l| l.strip_prefix("content-length:").map(|v| v.trim().parse().unwrap_or(0)))
                    .unwrap_or(0);
                while self.buf.len() < end + 4 + length {
                    let n = self.stream.read(&mut chunk).await?;
                    if n == 0 {
                        return Err(std::io::ErrorKind::UnexpectedEof.into());
                    }
                    self.buf.extend_from_slice(&chunk[..n]);
                }
                return Ok(length);
            }
        }
    }
}

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1).cloned())
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

/// Mean µs per call of `n` sequential awaits of `call`.
macro_rules! time_per_call {
    ($n:expr, $call:expr) => {{
        let t = Instant::now();
        for _ in 0..$n {
            $call;
        }
        t.elapsed().as_secs_f64() * 1e6 / $n as f64
    }};
}

pub fn run(args: &[String]) -> Result<(), Box<dyn std::error::Error>> {
    let url = arg(args, "--url").ok_or("client needs --url http://127.0.0.1:PORT (a running fixed-server)")?;
    let calls: usize = arg(args, "--calls").map(|v| v.parse()).transpose()?.unwrap_or(2000);
    let rounds: usize = arg(args, "--rounds").map(|v| v.parse()).transpose()?.unwrap_or(5);
    let json = args.iter().any(|a| a == "--json");
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    rt.block_on(async {
        let client = Client::builder().api_key(KEY).base_url(url.clone()).build()?;
        let pis = client.payment_intents();
        let params = RetrieveParams::default();
        let http = reqwest::Client::new();
        let full = format!("{url}/v1/payment_intents/{INTENT}");
        let bare = || {
            http.get(&full)
                .bearer_auth(KEY)
                .header("stripe-version", payintent::STRIPE_API_VERSION)
                .header("accept", "application/json")
                .send()
        };
        let mut raw = RawHttp::connect(&url).await?;
        // Warm-up: connections open, caches warm.
        for _ in 0..(calls / 10).max(50) {
            pis.retrieve(INTENT, &params).await?;
            bare().await?.bytes().await?;
            raw.exchange().await?;
        }
        let (mut ours, mut peer, mut floor) = (Vec::new(), Vec::new(), Vec::new());
        for _ in 0..rounds {
            ours.push(time_per_call!(calls, pis.retrieve(INTENT, &params).await?));
            peer.push(time_per_call!(calls, bare().await?.bytes().await?));
            floor.push(time_per_call!(calls, raw.exchange().await?));
        }
        let (ours, peer, floor) = (median(ours), median(peer), median(floor));
        let figures = serde_json::json!({"rust.retrieve": ours, "rust.reqwest_get": peer, "rust.raw_tcp": floor});
        if let Some(path) = arg(args, "--json-out") {
            std::fs::write(path, figures.to_string())?;
        }
        if json {
            println!("{figures}");
        } else {
            println!("Rust, {calls} sequential calls x {rounds} interleaved rounds (median of round means):");
            println!("  payintent retrieve   {ours:8.1} µs/call  ({:.2}x bare reqwest, {:.2}x raw TCP)", ours / peer, ours / floor);
            println!("  bare reqwest GET     {peer:8.1} µs/call");
            println!("  raw TcpStream        {floor:8.1} µs/call");
        }
        Ok::<_, Box<dyn std::error::Error>>(())
    })
}
