//! Benchmarks (not tests): per-call time of sequential `retrieve` and `cancel`
//! against a local server that answers every request with a fixed
//! PaymentIntent, so the figures measure the client, not a server.
//!
//!     cargo run --release -p payintent-bench                 # Rust figures
//!     cargo run --release -p payintent-bench -- fixed-server --port 0
//!         # only the server, for bench/python_bench.py and bench/node_bench.js
//!     cargo run --release -p payintent-bench -- client --url http://127.0.0.1:PORT
//!         # payintent vs bare reqwest vs raw TCP against that server (client_figures.rs)
//!     cargo run --release -p payintent-bench -- decode
//!         # decode of a 100-intent list page, payintent vs serde_json::Value (decode.rs)
//!
//! `bench/run.py` runs every language against one server, pinned to one CPU.

mod client_figures;
mod decode;

use std::convert::Infallible;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::{Request, Response};
use payintent::params::{CancelParams, RetrieveParams};
use payintent::Client;

const FIXTURE: &str = include_str!("../../tests/fixtures/payment_intent_succeeded.json");
const CANCELED: &str = include_str!("../../tests/fixtures/payment_intent_canceled.json");

async fn answer(req: Request<hyper::body::Incoming>) -> Result<Response<Full<Bytes>>, Infallible> {
    let canceled = req.uri().path().ends_with("/cancel");
    // Read the body so keep-alive connections stay usable.
    let _ = req.into_body().collect().await;
    let body = if canceled { CANCELED } else { FIXTURE };
    Ok(Response::builder()
        .header("content-type", "application/json")
        .header("request-id", "req_fixed")
        .body(Full::new(Bytes::from_static(body.as_bytes())))
        .expect("static response"))
}

/// Serve the fixed response on 127.0.0.1:`port` until the task is dropped.
async fn serve(port: u16) -> std::io::Result<(SocketAddr, tokio::task::JoinHandle<()>)> {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    let addr = listener.local_addr()?;
    let task = tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else { continue };
            tokio::spawn(async move {
                let io = hyper_util::rt::TokioIo::new(stream);
                let _ = hyper::server::conn::http1::Builder::new()
                    .keep_alive(true)
                    .serve_connection(io, hyper::service::service_fn(answer))
                    .await;
            });
        }
    });
    Ok((addr, task))
}

struct Figures {
    samples: Vec<Duration>,
}

impl Figures {
    fn line(&self, label: &str) -> String {
        let mut s = self.samples.clone();
        s.sort();
        let n = s.len();
        let total: Duration = s.iter().sum();
        let pct = |p: f64| s[((n as f64 - 1.0) * p).round() as usize];
        format!(
            "{label:<28} n={n:<6} mean={:>8.1} µs  p50={:>8.1} µs  p99={:>8.1} µs  calls/s={:>8.0}",
            total.as_secs_f64() * 1e6 / n as f64,
            pct(0.5).as_secs_f64() * 1e6,
            pct(0.99).as_secs_f64() * 1e6,
            n as f64 / total.as_secs_f64()
        )
    }
}

async fn time_calls<F, Fut>(n: usize, mut call: F) -> Figures
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = payintent::Result<payintent::PaymentIntent>>,
{
    for _ in 0..(n / 10).max(10) {
        call().await.expect("warm-up call");
    }
    let mut samples = Vec::with_capacity(n);
    for _ in 0..n {
        let t = Instant::now();
        call().await.expect("benchmark call");
        samples.push(t.elapsed());
    }
    Figures { samples }
}

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1).cloned())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("client") {
        return client_figures::run(&args);
    }
    if args.first().map(String::as_str) == Some("decode") {
        return decode::run(&args);
    }
    tokio::runtime::Builder::new_multi_thread().enable_all().build()?.block_on(serve_or_measure(args))
}

async fn serve_or_measure(args: Vec<String>) -> Result<(), Box<dyn std::error::Error>> {
    if args.first().map(String::as_str) == Some("fixed-server") {
        let port = arg(&args, "--port").map(|p| p.parse()).transpose()?.unwrap_or(0);
        let (addr, _task) = serve(port).await?;
        println!("listening on http://{addr}");
        use std::io::Write;
        std::io::stdout().flush()?;
        tokio::signal::ctrl_c().await?;
        return Ok(());
    }
    let n: usize = arg(&args, "--calls").map(|v| v.parse()).transpose()?.unwrap_or(2000);
    let (addr, _task) = serve(0).await?;
    let client = Client::builder()
        .api_key("sk_test_bench")
        .base_url(format!("http://{addr}"))
        .build()?;
    let pis = client.payment_intents();
    println!("payintent-rust {} against a fixed-response server on {addr}", payintent::VERSION);
    let retrieve = RetrieveParams::default();
    let f = time_calls(n, || pis.retrieve("pi_3MtweELkdIwHu7ix0Dt0gF2H", &retrieve)).await;
    println!("{}", f.line("retrieve (sequential)"));
    let cancel = CancelParams::default();
    let f = time_calls(n, || pis.cancel("pi_3MtwBwLkdIwHu7ix28a3tqPa", &cancel)).await;
    println!("{}", f.line("cancel (sequential)"));
    Ok(())
}
