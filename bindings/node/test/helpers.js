'use strict';

// Test helpers: start the sandbox binary on a free port, talk to its control
// endpoints, stop it at the end. A sandbox never outlives the test process:
// it is killed by PID in `stop()`, when this process exits (even after a
// failed test), on SIGINT/SIGTERM, and by the kernel if this process dies
// (setpriv --pdeathsig, where available).

const { spawn } = require('node:child_process');
const path = require('node:path');
const fs = require('node:fs');
const readline = require('node:readline');

const REPO = path.resolve(__dirname, '..', '..', '..');

function sandboxBinary() {
  const target = process.env.CARGO_TARGET_DIR || path.join(REPO, 'target');
  const exe = path.join(target, 'debug', process.platform === 'win32' ? 'payintent-sandbox.exe' : 'payintent-sandbox');
  if (!fs.existsSync(exe)) {
    throw new Error(`sandbox binary not found at ${exe}; run cargo build -p payintent-sandbox`);
  }
  return exe;
}

/** The children started here and not yet stopped. */
const running = new Set();

function killNow(child) {
  running.delete(child);
  if (child.exitCode === null && child.signalCode === null) {
    try {
      child.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
}

let hooksInstalled = false;
function installExitHooks() {
  if (hooksInstalled) return;
  hooksInstalled = true;
  process.on('exit', () => running.forEach(killNow));
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(sig, () => {
      running.forEach(killNow);
      // Die of the same signal, as without this handler.
      process.kill(process.pid, sig);
    });
  }
}

/** `setpriv --pdeathsig KILL` when installed: the kernel kills the child if we die. */
function command(exe, args) {
  const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => fs.existsSync(p));
  return setpriv && process.platform === 'linux' ? [setpriv, ['--pdeathsig', 'KILL', '--', exe, ...args]] : [exe, args];
}

/** Spawn `exe args` as a stopped-on-exit child; resolves to its first stdout line. */
async function spawnServer(exe, args, readyPattern) {
  installExitHooks();
  const [cmd, argv] = command(exe, args);
  const child = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'inherit'] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  try {
    const match = await new Promise((resolve, reject) => {
      const rl = readline.createInterface({ input: child.stdout });
      const timer = setTimeout(() => reject(new Error(`${exe} did not start within 20 s`)), 20000);
      rl.once('line', (line) => {
        clearTimeout(timer);
        const m = readyPattern.exec(line);
        if (m) resolve(m);
        else reject(new Error(`unexpected output from ${exe}: ${line}`));
      });
      child.once('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${exe} exited early with ${code}`));
      });
    });
    child.stdout.resume();
    return { child, match };
  } catch (e) {
    killNow(child);
    throw e;
  }
}

/** Start a sandbox (with extra command-line `args`, e.g. `--webhook-backoff-ms 50`); resolves to { url, stop, ...control helpers }. */
async function startSandbox(args = []) {
  const { child, match } = await spawnServer(sandboxBinary(), ['--port', '0', ...args], /listening on (http:\/\/\S+)/);
  return new Sandbox(match[1], child);
}

class Sandbox {
  constructor(url, child) {
    this.url = url;
    this.child = child;
  }

  async control(method, p, body) {
    const res = await fetch(this.url + p, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`sandbox control ${method} ${p} failed: ${res.status} ${text}`);
    return text ? JSON.parse(text) : null;
  }

  addFault(fault) {
    return this.control('POST', '/__sandbox/faults', fault);
  }
  clearFaults() {
    return this.control('DELETE', '/__sandbox/faults');
  }
  async requests() {
    return (await this.control('GET', '/__sandbox/requests')).data;
  }
  clearRequests() {
    return this.control('DELETE', '/__sandbox/requests');
  }
  /** The webhook delivery attempts that ended: [{ event, endpoint, url, attempt, status, error, succeeded, at }]. */
  async webhookAttempts() {
    return (await this.control('GET', '/__sandbox/webhook_attempts')).data;
  }
  reset() {
    return this.control('POST', '/__sandbox/reset');
  }

  /** Kill the sandbox (by its PID) and wait until it is gone. */
  async stop() {
    const { child } = this;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((resolve) => child.once('exit', resolve));
    killNow(child);
    await gone;
  }
}

const API_KEY = 'sk_test_nodeSuiteSecret4242';

module.exports = { startSandbox, spawnServer, API_KEY, REPO };
