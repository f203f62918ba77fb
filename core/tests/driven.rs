//! The driven runtime (`payintent::driven`) as an event loop uses it: calls
//! spawned on it finish when the loop turns it each time its descriptor is
//! readable (no lost wake-up, nothing done in between), and timers advance
//! when the loop also turns it on a short tick.
#![cfg(target_os = "linux")]

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use payintent::driven::Driven;
use payintent::params::RetrieveParams;
use payintent::{Client, ErrorKind};

const PI: &str = r#"{"id":"pi_driven","object":"payment_intent","amount":100,"currency":"usd","status":"succeeded"}"#;

/// A keep-alive server answering every request with `PI` (`answer`), or
/// reading requests and never answering; returns its base URL.
fn server(answer: bool) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for sock in listener.incoming() {
            let Ok(sock) = sock else { return };
            std::thread::spawn(move || {
                let mut reader = BufReader::new(sock.try_clone().unwrap());
                let mut out = sock;
                loop {
                    let mut line = String::new();
                    loop {
                        line.clear();
                        if reader.read_line(&mut line).unwrap_or(0) == 0 {
                            return;
                        }
                        if line == "\r\n" {
                            break;
                        }
                    }
                    if !answer {
                        continue;
                    }
                    let reply = format!(
                        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nrequest-id: req_1\r\ncontent-length: {}\r\n\r\n{PI}",
                        PI.len()
                    );
                    if out.write_all(reply.as_bytes()).is_err() {
                        return;
                    }
                }
            });
        }
    });
    url
}

fn client(url: &str, timeout: Duration) -> Client {
    Client::builder().api_key("sk_test_driven").base_url(url).max_retries(0).timeout(timeout).build().unwrap()
}

/// Wait up to `ms` for the descriptor to be readable.
fn readable(fd: i32, ms: i32) -> bool {
    let mut p = libc::pollfd { fd, events: libc::POLLIN, revents: 0 };
    // SAFETY: one valid pollfd.
    let n = unsafe { libc::poll(&mut p, 1, ms) };
    n == 1 && p.revents & libc::POLLIN != 0
}

type Results = Arc<Mutex<Vec<payintent::Result<String>>>>;

fn spawn_retrieves(driven: &Driven, client: &Client, n: usize) -> Results {
    let results: Results = Arc::default();
    for _ in 0..n {
        let (client, results) = (client.clone(), results.clone());
        drop(driven.spawn(async move {
            let r = client.payment_intents().retrieve("pi_driven", &RetrieveParams::default()).await;
            results.lock().unwrap().push(r.map(|pi| pi.id));
        }));
    }
    results
}

#[test]
fn calls_finish_when_the_loop_turns_only_on_readiness() {
    let url = server(true);
    let driven = Driven::new().unwrap();
    let client = client(&url, Duration::from_secs(10));
    for round in 0..3 {
        let calls = if round == 0 { 1 } else { 32 };
        let results = spawn_retrieves(&driven, &client, calls);
        // The loop's turn right after starting calls (sends the requests).
        driven.turn();
        let mut turns = 0;
        while results.lock().unwrap().len() < calls {
            assert!(readable(driven.fd(), 5_000), "round {round}: the descriptor never became readable (a lost wake-up)");
            while driven.turn() {}
            turns += 1;
            assert!(turns < 10_000, "round {round}: the calls never finished");
        }
        let results = results.lock().unwrap();
        assert_eq!(results.len(), calls);
        for r in results.iter() {
            assert_eq!(r.as_ref().unwrap(), "pi_driven");
        }
    }
    // Nothing left to do: the descriptor stays quiet.
    assert!(!readable(driven.fd(), 50));
}

#[test]
fn a_call_times_out_when_the_loop_also_turns_on_a_tick() {
    let url = server(false);
    let driven = Driven::new().unwrap();
    let client = client(&url, Duration::from_millis(200));
    let results = spawn_retrieves(&driven, &client, 1);
    let start = Instant::now();
    driven.turn();
    while results.lock().unwrap().is_empty() {
        readable(driven.fd(), 10);
        driven.turn();
        assert!(start.elapsed() < Duration::from_secs(5), "the timeout never fired");
    }
    let err = results.lock().unwrap().pop().unwrap().unwrap_err();
    assert_eq!(err.kind, ErrorKind::Timeout, "{err}");
    assert!(start.elapsed() >= Duration::from_millis(200));
}

#[test]
fn block_on_and_turns_share_the_runtime_and_its_connections() {
    let url = server(true);
    let driven = Driven::new().unwrap();
    let client = client(&url, Duration::from_secs(10));
    let pi = driven.block_on(client.payment_intents().retrieve("pi_driven", &RetrieveParams::default())).unwrap();
    assert_eq!(pi.id, "pi_driven");
    let results = spawn_retrieves(&driven, &client, 4);
    driven.turn();
    while results.lock().unwrap().len() < 4 {
        assert!(readable(driven.fd(), 5_000), "lost wake-up after block_on");
        driven.turn();
    }
    assert!(results.lock().unwrap().iter().all(|r| r.is_ok()));
}

#[test]
fn two_driven_runtimes_have_their_own_descriptors() {
    let a = Driven::new().unwrap();
    let b = Driven::new().unwrap();
    assert_ne!(a.fd(), b.fd());
    assert!(!readable(a.fd(), 0));
}

#[test]
fn a_call_spawned_from_inside_a_turn_runs_too() {
    let url = server(true);
    let driven = std::sync::Arc::new(Driven::new().unwrap());
    let client = client(&url, Duration::from_secs(10));
    let results: Results = Arc::default();
    // The outer task spawns the inner one while the turn runs it.
    let inner_driven = driven.clone();
    let (c, r) = (client.clone(), results.clone());
    let outer = async move {
        let (c2, r2) = (c.clone(), r.clone());
        drop(inner_driven.spawn(async move {
            let pi = c2.payment_intents().retrieve("pi_driven", &RetrieveParams::default()).await;
            r2.lock().unwrap().push(pi.map(|p| p.id));
        }));
    };
    // Only the driven runtime can hold itself here; the handle is dropped.
    drop(driven.spawn(outer));
    driven.turn();
    while results.lock().unwrap().is_empty() {
        assert!(readable(driven.fd(), 5_000), "the inner call's wake-up was lost");
        driven.turn();
    }
    assert_eq!(results.lock().unwrap()[0].as_ref().unwrap(), "pi_driven");
}
