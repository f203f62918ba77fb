#!/usr/bin/env bash
# test-install part "rust": a fresh cargo consumer crate depending on the
# packaged `payintent` from dist/rust (unpacked, as crates.io would serve it;
# the packaged payintent-sandbox patched in the same way), builds and runs a
# short program that starts the embedded sandbox and creates, confirms and
# captures a PaymentIntent; then `cargo install`s the sandbox binary from its
# package and checks `payintent-sandbox --help`. Compiled dependencies are
# shared with the repository's target dir (only the packaged crates rebuild).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DIST_DIR="${DIST_DIR:-$ROOT/dist}"
VERSION="$(sed -n '/^\[workspace\.package\]/,/^\[/s/^version = "\(.*\)"/\1/p' "$ROOT/Cargo.toml")"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
for c in payintent payintent-sandbox; do
  f="$DIST_DIR/rust/$c-$VERSION.crate"
  [ -f "$f" ] || { echo "test-install rust: $f is missing (run scripts/dist.sh rust)"; exit 1; }
  tar xzf "$f" -C "$WORK"
done
mkdir -p "$WORK/consumer/src"
cat > "$WORK/consumer/Cargo.toml" <<TOML
[package]
name = "consumer"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
payintent = "=$VERSION"
payintent-sandbox = "=$VERSION"
tokio = { version = "1", features = ["rt-multi-thread", "macros"] }

[patch.crates-io]
payintent = { path = "../payintent-$VERSION" }
payintent-sandbox = { path = "../payintent-sandbox-$VERSION" }
TOML
cat > "$WORK/consumer/src/main.rs" <<'RS'
use payintent::params::{CaptureParams, ConfirmParams, CreateParams};
use payintent::{CaptureMethod, Client, Status};
use payintent_sandbox::{Sandbox, SandboxConfig};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let sandbox = Sandbox::start(SandboxConfig::default()).await?;
    let client = Client::builder().api_key("sk_test_consumer").base_url(sandbox.base_url()).build()?;
    let intents = client.payment_intents();
    let pi = intents.create(&CreateParams::new(2000, "usd").capture_method(CaptureMethod::Manual)).await?;
    let pi = intents.confirm(&pi.id, &ConfirmParams { payment_method: Some("pm_card_visa".into()), ..Default::default() }).await?;
    let pi = intents.capture(&pi.id, &CaptureParams { amount_to_capture: Some(1500), ..Default::default() }).await?;
    assert_eq!(pi.status, Status::Succeeded);
    println!("consumer: {} {:?} received {}", pi.id, pi.status, pi.amount_received.unwrap_or_default());
    Ok(())
}
RS
cd "$WORK/consumer"
# Offline: every registry dependency is already in the lock of the repository.
cp "$ROOT/Cargo.lock" Cargo.lock
out="$(CARGO_TARGET_DIR="$ROOT/target/test-install-rust" cargo run -q 2>&1)" || { echo "$out"; exit 1; }
echo "$out"
echo "$out" | grep -q "^consumer: pi_.* Succeeded received 1500$" || { echo "test-install rust: unexpected output"; exit 1; }
CARGO_TARGET_DIR="$ROOT/target/test-install-rust" cargo install -q --debug --locked --root "$WORK/bin" \
  --path "$WORK/payintent-sandbox-$VERSION" 2>&1 | tail -5
"$WORK/bin/bin/payintent-sandbox" --help | head -3
echo "test-install rust: ok"
