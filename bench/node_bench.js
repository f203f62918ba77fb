'use strict';

// Benchmark (not a test): per-call time of sequential `retrieve` and `cancel`
// with payintent versus Stripe's official `stripe` npm package, both against
// the same fixed-response server, plus the time of `require()` in fresh
// processes.
//
//   node bench/node_bench.js [--calls 2000] [--no-build]
//
// Builds the addon in release mode (bindings/node/native) unless --no-build,
// starts `cargo run --release -p payintent-bench -- fixed-server --port 0`,
// and installs the `stripe` package into a cache directory outside the repo
// (PAYINTENT_BENCH_DEPS, default <tmp>/payintent-node-bench) on first use.

const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const readline = require('node:readline');

const REPO = path.resolve(__dirname, '..');
const NODE_PKG = path.join(REPO, 'bindings', 'node');
const STRIPE_VERSION = '23.1.0';
const INTENT = 'pi_3MtweELkdIwHu7ix0Dt0gF2H';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const opt = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : dflt;
};
const CALLS = Number(opt('--calls', '2000'));
const WARMUP = Math.min(200, Math.ceil(CALLS / 5));
const IMPORT_RUNS = Number(opt('--import-runs', '15'));

function buildAddon() {
  if (flag('--no-build')) return;
  console.error('building the payintent addon (release)...');
  execFileSync('npx', ['--no-install', 'napi', 'build', '--platform', '--release', '--output-dir', 'native'], {
    cwd: NODE_PKG,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

function stripeDir() {
  const dir = process.env.PAYINTENT_BENCH_DEPS || path.join(os.tmpdir(), 'payintent-node-bench');
  const pkg = path.join(dir, 'node_modules', 'stripe', 'package.json');
  if (!fs.existsSync(pkg) || JSON.parse(fs.readFileSync(pkg, 'utf8')).version !== STRIPE_VERSION) {
    console.error(`installing stripe@${STRIPE_VERSION} into ${dir}...`);
    fs.mkdirSync(dir, { recursive: true });
    execFileSync('npm', ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', `stripe@${STRIPE_VERSION}`], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  return path.join(dir, 'node_modules', 'stripe');
}

async function startFixedServer() {
  const child = spawn('cargo', ['run', '-q', '--release', '-p', 'payintent-bench', '--', 'fixed-server', '--port', '0'], {
    cwd: REPO,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`fixed server exited with ${code}`)));
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      const m = /listening on (http:\/\/\S+)/.exec(line);
      if (m) resolve(m[1]);
    });
  });
  child.stdout.resume();
  return { url, stop: () => child.kill('SIGINT') };
}

function stats(samplesNs) {
  const s = [...samplesNs].sort((a, b) => a - b);
  const us = (ns) => (ns / 1000).toFixed(1);
  const mean = s.reduce((a, b) => a + b, 0) / s.length;
  const pct = (p) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
  return { mean: us(mean), p50: us(pct(50)), p99: us(pct(99)) };
}

async function timeCalls(fn) {
  for (let i = 0; i < WARMUP; i++) await fn();
  const samples = new Array(CALLS);
  for (let i = 0; i < CALLS; i++) {
    const t = process.hrtime.bigint();
    await fn();
    samples[i] = Number(process.hrtime.bigint() - t);
  }
  return stats(samples);
}

function importTime(modulePath) {
  const code = `const t=process.hrtime.bigint();require(${JSON.stringify(modulePath)});` +
    'process.stdout.write(String(Number(process.hrtime.bigint()-t)/1e6))';
  const runs = [];
  for (let i = 0; i < IMPORT_RUNS; i++) {
    runs.push(Number(execFileSync(process.execPath, ['-e', code], { encoding: 'utf8' })));
  }
  runs.sort((a, b) => a - b);
  return { median: runs[Math.floor(runs.length / 2)].toFixed(1), min: runs[0].toFixed(1) };
}

function row(label, r) {
  return `${label.padEnd(34)} mean ${r.mean.padStart(8)} µs   p50 ${r.p50.padStart(8)} µs   p99 ${r.p99.padStart(8)} µs`;
}

async function main() {
  buildAddon();
  const stripePath = stripeDir();
  const server = await startFixedServer();
  try {
    const { Client } = require(NODE_PKG);
    const Stripe = require(stripePath);
    const port = Number(new URL(server.url).port);

    const pi = new Client({ apiKey: 'sk_test_bench', baseUrl: server.url }).paymentIntents;
    const stripe = new Stripe('sk_test_bench', { host: '127.0.0.1', port, protocol: 'http', maxNetworkRetries: 0 });

    console.log(`node ${process.version}, ${CALLS} sequential calls each (after ${WARMUP} warm-up), server ${server.url}`);
    console.log(row('payintent  retrieve', await timeCalls(() => pi.retrieve(INTENT))));
    console.log(row(`stripe ${STRIPE_VERSION} retrieve`, await timeCalls(() => stripe.paymentIntents.retrieve(INTENT))));
    console.log(row('payintent  cancel', await timeCalls(() => pi.cancel(INTENT))));
    console.log(row(`stripe ${STRIPE_VERSION} cancel`, await timeCalls(() => stripe.paymentIntents.cancel(INTENT))));

    const a = importTime(NODE_PKG);
    const b = importTime(stripePath);
    console.log(`require('payintent')  median ${a.median} ms  min ${a.min} ms  (${IMPORT_RUNS} fresh processes)`);
    console.log(`require('stripe')     median ${b.median} ms  min ${b.min} ms  (${IMPORT_RUNS} fresh processes)`);
  } finally {
    server.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
