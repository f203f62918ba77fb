'use strict';

// Benchmark (not a test): per-call time of payintent next to Stripe's
// official `stripe` npm package and a bare `node:http` keep-alive client (the
// floor), all against the same fixed-response server, in interleaved rounds;
// plus the time of `require()` in fresh processes.
//
//   node bench/node_bench.js [--calls 2000] [--rounds 7] [--no-build] [--no-pin] [--cpu 0]
//                            [--baseline <dir of another payintent package>]
//
// Figures per contender: sequential `retrieve` and `cancel` (one call at a
// time) and `retrieve` with 32 calls in flight (time ÷ calls); each is the
// median of the rounds, every round running each contender once in rotated
// order. By default the server and the measuring process are pinned to one
// CPU (`taskset -c 0`): on a 2-vCPU machine each cross-CPU wake-up costs tens
// of microseconds and lands differently per connection, so unpinned figures
// swing by 3x. Builds the addon as it is published (the dist profile, into
// bindings/node/native) and the server (`payintent-bench fixed-server`)
// unless --no-build, and installs the
// `stripe` package into a cache directory outside the repo
// (PAYINTENT_BENCH_DEPS, default <tmp>/payintent-node-bench) on first use.
// --baseline adds another build of payintent (e.g. an older commit's
// bindings/node with its addon) as a fourth contender in the same rounds,
// for before/after figures under the same machine load.

const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const readline = require('node:readline');

const REPO = path.resolve(__dirname, '..');
const NODE_PKG = path.join(REPO, 'bindings', 'node');
const SERVER_BIN = path.join(REPO, 'target', 'release', 'payintent-bench');
const STRIPE_VERSION = '23.1.0';
const INTENT = 'pi_3MtweELkdIwHu7ix0Dt0gF2H';
const CONCURRENCY = 32;

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const opt = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : dflt;
};
const CALLS = Number(opt('--calls', '2000'));
const ROUNDS = Number(opt('--rounds', '7'));
const WARMUP = Math.min(300, Math.ceil(CALLS / 5));
const IMPORT_RUNS = Number(opt('--import-runs', '15'));
const CPU = opt('--cpu', '0');
const PIN = !flag('--no-pin');

/** `cmd args` pinned to the benchmark CPU (unless --no-pin). */
function pinned(cmd, args) {
  return PIN ? ['taskset', ['-c', CPU, cmd, ...args]] : [cmd, args];
}

function build() {
  if (flag('--no-build')) return;
  console.error('building the payintent addon and the fixed server (dist and release profiles)...');
  execFileSync('npm', ['run', '--silent', 'build:release'], {
    cwd: NODE_PKG,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    execFileSync('cargo', ['build', '-q', '--release', '-p', 'payintent-bench'], { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] });
  } catch (e) {
    if (!fs.existsSync(SERVER_BIN)) throw e;
    console.error(`could not rebuild the fixed server; using the existing ${SERVER_BIN}`);
  }
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
  const [cmd, args] = pinned(SERVER_BIN, ['fixed-server', '--port', '0']);
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });
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

// --- measuring (runs in the pinned child process) ---------------------------

/** Mean µs per call of `n` sequential calls. */
async function sequential(fn, n) {
  const t = process.hrtime.bigint();
  for (let i = 0; i < n; i++) await fn();
  return Number(process.hrtime.bigint() - t) / 1000 / n;
}

/** µs per call (wall time ÷ calls) of `n` calls with `CONCURRENCY` in flight. */
async function concurrent(fn, n) {
  let left = n;
  const worker = async () => {
    while (left > 0) {
      left--;
      await fn();
    }
  };
  const t = process.hrtime.bigint();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return Number(process.hrtime.bigint() - t) / 1000 / n;
}

/** The floor: node:http with a keep-alive agent, body read and JSON-parsed. */
function bareHttp(url) {
  const u = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const send = (method, p) =>
    new Promise((resolve, reject) => {
      const req = http.request(
        { host: u.hostname, port: u.port, method, path: p, agent, headers: { authorization: 'Bearer sk_test_bench' } },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => {
            try {
              resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
            } catch (e) {
              reject(e);
            }
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end();
    });
  return {
    retrieve: () => send('GET', `/v1/payment_intents/${INTENT}`),
    cancel: () => send('POST', `/v1/payment_intents/${INTENT}/cancel`),
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function measure(url, stripePath) {
  const { Client } = require(NODE_PKG);
  const Stripe = require(stripePath);
  const port = Number(new URL(url).port);
  const pi = new Client({ apiKey: 'sk_test_bench', baseUrl: url, maxRetries: 0 }).paymentIntents;
  const stripe = new Stripe('sk_test_bench', { host: '127.0.0.1', port, protocol: 'http', maxNetworkRetries: 0 });
  const floor = bareHttp(url);
  const contenders = [
    ['payintent', { retrieve: () => pi.retrieve(INTENT), cancel: () => pi.cancel(INTENT) }],
    [`stripe ${STRIPE_VERSION}`, { retrieve: () => stripe.paymentIntents.retrieve(INTENT), cancel: () => stripe.paymentIntents.cancel(INTENT) }],
    ['node:http keep-alive', floor],
  ];
  const baseline = opt('--baseline', null);
  if (baseline) {
    const old = new (require(path.resolve(baseline)).Client)({ apiKey: 'sk_test_bench', baseUrl: url, maxRetries: 0 }).paymentIntents;
    contenders.push(['payintent baseline', { retrieve: () => old.retrieve(INTENT), cancel: () => old.cancel(INTENT) }]);
  }
  const cases = [
    ['sequential retrieve', (c) => sequential(c.retrieve, CALLS)],
    ['sequential cancel (POST)', (c) => sequential(c.cancel, CALLS)],
    [`${CONCURRENCY} concurrent retrieve`, (c) => concurrent(c.retrieve, CALLS)],
  ];
  for (const [, c] of contenders) {
    await sequential(c.retrieve, WARMUP);
    await sequential(c.cancel, WARMUP);
    await concurrent(c.retrieve, WARMUP);
  }
  const results = cases.map(() => contenders.map(() => []));
  for (let r = 0; r < ROUNDS; r++) {
    for (let k = 0; k < cases.length; k++) {
      for (let j = 0; j < contenders.length; j++) {
        const i = (j + r) % contenders.length;
        results[k][i].push(await cases[k][1](contenders[i][1]));
      }
    }
  }
  const pinNote = PIN ? `pinned to CPU ${CPU} with the server` : 'not pinned';
  console.log(`node ${process.version}, ${os.cpus().length} CPUs (${pinNote}); ${ROUNDS} interleaved rounds of ${CALLS} calls; medians, µs per call`);
  for (let k = 0; k < cases.length; k++) {
    const [ours, peer, floorFig, base] = results[k].map(median);
    console.log(`${cases[k][0]}:`);
    console.log(`  payintent              ${ours.toFixed(1).padStart(7)} µs   ${(ours / peer).toFixed(2)}x stripe-node   ${(ours / floorFig).toFixed(2)}x floor`);
    console.log(`  stripe ${STRIPE_VERSION}          ${peer.toFixed(1).padStart(7)} µs`);
    console.log(`  node:http keep-alive   ${floorFig.toFixed(1).padStart(7)} µs   (floor: bare request + JSON.parse)`);
    if (base !== undefined) {
      console.log(`  payintent baseline     ${base.toFixed(1).padStart(7)} µs   ${(base / peer).toFixed(2)}x stripe-node   ${(base / floorFig).toFixed(2)}x floor`);
    }
  }
  const jsonOut = opt('--json-out', null);
  if (jsonOut) {
    // Names bench/run.py knows: payintent, its peer (stripe-node) and the floor (node:http keep-alive).
    const fig = (k, i) => median(results[k][i]);
    fs.writeFileSync(jsonOut, JSON.stringify({
      'node.retrieve': fig(0, 0), 'node.stripe_retrieve': fig(0, 1), 'node.http_retrieve': fig(0, 2),
      'node.cancel': fig(1, 0), 'node.stripe_cancel': fig(1, 1), 'node.http_cancel': fig(1, 2),
      'node.retrieve32': fig(2, 0), 'node.stripe_retrieve32': fig(2, 1), 'node.http_retrieve32': fig(2, 2),
    }));
  }
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

async function main() {
  const worker = opt('--measure', null);
  if (worker) return measure(worker, opt('--stripe', null));
  build();
  const stripePath = stripeDir();
  // --url: a fixed-response server already running (bench/run.py starts one for every language).
  const given = opt('--url', null);
  const server = given ? { url: given, stop: () => {} } : await startFixedServer();
  try {
    const [cmd, args] = pinned(process.execPath, [__filename, ...argv, '--measure', server.url, '--stripe', stripePath]);
    await new Promise((resolve, reject) => {
      const child = spawn(cmd, args, { stdio: 'inherit' });
      child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`measuring process exited with ${code}`))));
    });
  } finally {
    server.stop();
  }
  const a = importTime(NODE_PKG);
  const b = importTime(stripePath);
  console.log(`require('payintent')  median ${a.median} ms  min ${a.min} ms  (${IMPORT_RUNS} fresh processes)`);
  console.log(`require('stripe')     median ${b.median} ms  min ${b.min} ms  (${IMPORT_RUNS} fresh processes)`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
