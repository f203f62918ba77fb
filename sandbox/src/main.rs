//! `payintent-sandbox [--addr 127.0.0.1] [--port 12111] [--allow-remote]`

use std::io::Write;
use std::net::{IpAddr, SocketAddr};

use payintent_sandbox::{Sandbox, SandboxConfig};

fn usage() -> ! {
    eprintln!("usage: payintent-sandbox [--addr IP] [--port PORT] [--allow-remote]");
    std::process::exit(2)
}

#[tokio::main]
async fn main() {
    let mut addr: IpAddr = [127, 0, 0, 1].into();
    let mut port: u16 = 12111;
    let mut allow_remote = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--addr" => addr = args.next().and_then(|v| v.parse().ok()).unwrap_or_else(|| usage()),
            "--port" => port = args.next().and_then(|v| v.parse().ok()).unwrap_or_else(|| usage()),
            "--allow-remote" => allow_remote = true,
            "-h" | "--help" => usage(),
            _ => usage(),
        }
    }
    if !addr.is_loopback() && !allow_remote {
        eprintln!("refusing to listen on {addr}: not a loopback address (pass --allow-remote to insist)");
        std::process::exit(2);
    }
    let sandbox = match Sandbox::start(SandboxConfig { addr: SocketAddr::new(addr, port) }).await {
        Ok(s) => s,
        Err(e) => {
            eprintln!("payintent-sandbox: cannot listen on {addr}:{port}: {e}");
            std::process::exit(1);
        }
    };
    println!("payintent-sandbox listening on {}", sandbox.base_url());
    let _ = std::io::stdout().flush();
    #[cfg(unix)]
    {
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).expect("signal handler");
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = tokio::signal::ctrl_c().await;
    drop(sandbox);
}
