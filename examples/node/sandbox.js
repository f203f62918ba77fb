'use strict';

// Starting the local sandbox for the Node examples: runs
// target/debug/payintent-sandbox (built with `cargo build -p payintent-sandbox`)
// on a free port and stops it when the process exits, whatever happens (an
// error, Ctrl-C, SIGTERM).

const path = require('node:path');
const readline = require('node:readline');
const { spawn } = require('node:child_process');

const REPO = path.resolve(__dirname, '..', '..');

/** The payintent package: installed, or the one in this repository. */
function loadPayintent() {
  try {
    return require('payintent');
  } catch {
    return require(path.join(REPO, 'bindings', 'node'));
  }
}

/** Start the sandbox; resolves to { url, stop }. */
async function startSandbox() {
  const target = process.env.CARGO_TARGET_DIR || path.join(REPO, 'target');
  const exe = path.join(target, 'debug', 'payintent-sandbox');
  const child = spawn(exe, ['--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  // Never leave the sandbox behind: stop it when this process exits, and on
  // Ctrl-C / SIGTERM (then die of the same signal).
  process.on('exit', stop);
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.once(sig, () => {
      stop();
      process.kill(process.pid, sig);
    });
  }
  try {
    const url = await new Promise((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`the sandbox exited with ${code}`)));
      readline.createInterface({ input: child.stdout }).once('line', (line) => {
        const m = /listening on (http:\/\/\S+)/.exec(line);
        m ? resolve(m[1]) : reject(new Error(`unexpected sandbox output: ${line}`));
      });
    });
    child.stdout.resume();
    return { url, stop };
  } catch (e) {
    stop();
    throw e;
  }
}

module.exports = { startSandbox, loadPayintent };
