'use strict';

// Test helpers: start the sandbox binary on a free port, talk to its control
// endpoints, stop it at the end.

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

/** Start a sandbox; resolves to { url, stop, ...control helpers }. */
async function startSandbox() {
  const child = spawn(sandboxBinary(), ['--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    const rl = readline.createInterface({ input: child.stdout });
    const timer = setTimeout(() => reject(new Error('sandbox did not start within 20 s')), 20000);
    rl.once('line', (line) => {
      clearTimeout(timer);
      const m = /listening on (http:\/\/\S+)/.exec(line);
      if (m) resolve(m[1]);
      else reject(new Error(`unexpected sandbox output: ${line}`));
    });
    child.once('exit', (code) => reject(new Error(`sandbox exited early with ${code}`)));
  });
  child.stdout.resume();
  return new Sandbox(url, child);
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
  reset() {
    return this.control('POST', '/__sandbox/reset');
  }

  stop() {
    if (this.child.exitCode === null) this.child.kill();
  }
}

const API_KEY = 'sk_test_nodeSuiteSecret4242';

module.exports = { startSandbox, API_KEY, REPO };
