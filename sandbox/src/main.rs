//! `payintent-sandbox [--addr 127.0.0.1] [--port 12111] [--allow-remote] [--webhook-… N]`
//!
//! Prints exactly one line, `payintent-sandbox listening on http://HOST:PORT`,
//! then serves until SIGINT or SIGTERM (exit status 0).

use std::io::Write;
use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use payintent_sandbox::{Sandbox, SandboxConfig, WebhookConfig};

const USAGE: &str = "usage: payintent-sandbox [--addr IP] [--port PORT] [--allow-remote] [--webhook-… N]

  --addr IP                      address to listen on (default 127.0.0.1; `localhost` is accepted)
  --port PORT                    port (default 12111; 0 picks a free one)
  --allow-remote                 allow a non-loopback --addr (the sandbox has no real security)
  --webhook-backoff-ms N         wait before the first webhook retry, doubling after (default 200)
  --webhook-max-backoff-ms N     longest wait between webhook retries (default 5000)
  --webhook-max-attempts N       webhook attempts per event and endpoint (default 8)
  --webhook-timeout-ms N         how long one webhook attempt may take (default 5000)
  -V, --version                  print the version and exit
  -h, --help                     print this help and exit";

fn fail(msg: &str) -> ! {
    eprintln!("payintent-sandbox: {msg}\n{USAGE}");
    std::process::exit(2)
}

fn parse_ip(v: &str) -> IpAddr {
    if v.eq_ignore_ascii_case("localhost") {
        return IpAddr::from([127, 0, 0, 1]);
    }
    v.trim_start_matches('[').trim_end_matches(']').parse().unwrap_or_else(|_| fail(&format!("invalid --addr {v:?}")))
}

fn millis(flag: &str, v: &str) -> Duration {
    Duration::from_millis(v.parse().unwrap_or_else(|_| fail(&format!("invalid {flag} {v:?}"))))
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let mut addr: IpAddr = [127, 0, 0, 1].into();
    let mut port: u16 = 12111;
    let mut allow_remote = false;
    let mut webhooks = WebhookConfig::default();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |name: &str| {
            inline.clone().or_else(|| args.next()).unwrap_or_else(|| fail(&format!("{name} needs a value")))
        };
        match flag.as_str() {
            "--addr" | "--host" => addr = parse_ip(&value("--addr")),
            "--port" => {
                let v = value("--port");
                port = v.parse().unwrap_or_else(|_| fail(&format!("invalid --port {v:?}")));
            }
            "--allow-remote" => allow_remote = true,
            "--webhook-backoff-ms" => webhooks.initial_backoff = millis(&flag, &value(&flag)),
            "--webhook-max-backoff-ms" => webhooks.max_backoff = millis(&flag, &value(&flag)),
            "--webhook-timeout-ms" => webhooks.timeout = millis(&flag, &value(&flag)),
            "--webhook-max-attempts" => {
                let v = value(&flag);
                webhooks.max_attempts =
                    v.parse().ok().filter(|n| *n >= 1).unwrap_or_else(|| fail(&format!("invalid {flag} {v:?}")));
            }
            "-h" | "--help" => {
                println!("{USAGE}");
                return;
            }
            "-V" | "--version" => {
                println!("payintent-sandbox {}", env!("CARGO_PKG_VERSION"));
                return;
            }
            other => fail(&format!("unknown argument {other:?}")),
        }
    }
    if !addr.is_loopback() && !allow_remote {
        eprintln!(
            "payintent-sandbox: refusing to listen on {addr}: not a loopback address (pass --allow-remote to insist)"
        );
        std::process::exit(2);
    }
    let sandbox = match Sandbox::start(SandboxConfig { addr: SocketAddr::new(addr, port), webhooks }).await {
        Ok(s) => s,
        Err(e) => {
            eprintln!("payintent-sandbox: cannot listen on {}: {e}", SocketAddr::new(addr, port));
            std::process::exit(1);
        }
    };
    {
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "payintent-sandbox listening on {}", sandbox.base_url());
        let _ = out.flush();
    }
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let mut term = signal(SignalKind::terminate()).expect("SIGTERM handler");
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = tokio::signal::ctrl_c().await;
    sandbox.shutdown();
}
