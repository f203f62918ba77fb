'use strict';

// The examples (examples/node/quickstart.js, webhooks.js) run end to end
// against the sandbox they start, print no key or secret, and leave no
// sandbox running, also when interrupted.

const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { spawn } = require('node:child_process');
const path = require('node:path');

const { REPO } = require('./helpers');

const EXAMPLE = path.join(REPO, 'examples', 'node', 'quickstart.js');
const WEBHOOKS_EXAMPLE = path.join(REPO, 'examples', 'node', 'webhooks.js');

function sandboxPidsOf(pid) {
  // Children of `pid` named payintent-sandbox (the example's own sandbox).
  const fs = require('node:fs');
  const out = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid && stat.includes('(payintent-sandb')) out.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

/** Running (not a zombie waiting to be reaped). */
function alive(pid) {
  try {
    const stat = require('node:fs').readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/\) Z /.test(stat);
  } catch {
    return false;
  }
}

async function waitGone(pid, ms = 5000) {
  const end = Date.now() + ms;
  while (alive(pid) && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  return !alive(pid);
}

/** Kill whatever is left in the example's process group. */
function killGroup(pid) {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // nothing left
  }
}

/** Run an example in its own process group (the caller kills the group). */
function run(onStdout, example = EXAMPLE) {
  const env = { ...process.env };
  delete env.PAYINTENT_BASE_URL;
  delete env.PAYINTENT_API_KEY;
  const child = spawn(process.execPath, [example], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => {
    stdout += c;
    if (onStdout) onStdout(stdout, child);
  });
  child.stderr.on('data', (c) => (stderr += c));
  const timer = setTimeout(() => child.kill('SIGKILL'), 60000);
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ pid: child.pid, code, signal, stdout, stderr });
    });
  });
}

describe('examples/node/quickstart.js', () => {
  it('runs end to end and shows no secrets', async () => {
    const { pid, code, stdout, stderr } = await run();
    killGroup(pid);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /captured {2}pi_\S+ status=succeeded received=1500/);
    assert.match(stdout, /canceled {2}pi_\S+ status=canceled reason=requested_by_customer/);
    assert.match(stdout, /declined {2}pi_\S+ kind=card_error code=card_declined/);
    assert.ok(!stdout.includes('sk_test_quickstart'), stdout);
    assert.ok(!/_secret_/.test(stdout), stdout);
  });

  it('stops its sandbox when interrupted', async () => {
    let sandboxes = [];
    const { pid, signal } = await run((out, child) => {
      if (sandboxes.length === 0 && out.includes('started the sandbox')) {
        child.kill('SIGSTOP'); // hold it mid-flow while we look
        sandboxes = sandboxPidsOf(child.pid);
        child.kill('SIGTERM');
        child.kill('SIGCONT');
      }
    });
    try {
      assert.equal(signal, 'SIGTERM');
      assert.equal(sandboxes.length, 1, 'the example started one sandbox');
      assert.ok(await waitGone(sandboxes[0]), `sandbox ${sandboxes[0]} outlived the interrupted example`);
    } finally {
      killGroup(pid);
    }
  });
});

describe('examples/node/webhooks.js', () => {
  it('verifies and prints each event of its flow once, and shows no secrets', async () => {
    const { pid, code, stdout, stderr } = await run(null, WEBHOOKS_EXAMPLE);
    killGroup(pid);
    assert.equal(code, 0, stderr);
    for (const type of ['created', 'succeeded', 'payment_failed']) {
      assert.match(stdout, new RegExp(`^event {5}payment_intent\\.${type} pi_\\S+`, 'm'));
    }
    assert.match(stdout, /received 4 events: payment_intent\.created, payment_intent\.payment_failed, payment_intent\.succeeded/);
    assert.match(stdout, /events\.list: 4 payment_intent events/);
    assert.ok(!/refused a delivery/.test(stdout), stdout);
    assert.ok(!/whsec_|sk_test_|_secret_/.test(stdout), stdout);
  });
});
