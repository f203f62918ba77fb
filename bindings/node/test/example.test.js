'use strict';

// The Node quickstart (examples/node/quickstart.js) runs end to end against
// the sandbox it starts, receives and verifies the webhook events of its flow
// once each, prints no key or secret, and leaves no sandbox running, also
// when interrupted.

const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { spawn } = require('node:child_process');
const path = require('node:path');

const { REPO } = require('./helpers');

const EXAMPLE = path.join(REPO, 'examples', 'node', 'quickstart.js');

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
function run(onStdout) {
  const env = { ...process.env };
  delete env.PAYINTENT_BASE_URL;
  delete env.PAYINTENT_API_KEY;
  const child = spawn(process.execPath, [EXAMPLE], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
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
  it('runs end to end, receives the events of its flow once each, and shows no secrets', async () => {
    const { pid, code, stdout, stderr } = await run();
    killGroup(pid);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /captured {2}pi_\S+ status=succeeded received=1500/);
    assert.match(stdout, /canceled {2}pi_\S+ status=canceled reason=requested_by_customer/);
    assert.match(stdout, /declined {2}pi_\S+ kind=card_error code=card_declined/);
    assert.ok(!stdout.includes('sk_test_quickstart'), stdout);
    assert.ok(!/whsec_|_secret_/.test(stdout), stdout);

    // The webhook events of the flow: received, verified, each id handled once.
    const intent = (line) => new RegExp(`^${line} {1,3}(pi_\\S+)`, 'm').exec(stdout)[1];
    const [captured, canceled, declined] = [intent('captured'), intent('canceled'), intent('declined')];
    const lines = stdout.split('\n').filter((l) => l.startsWith('webhook   evt_'));
    const seen = lines.map((l) => l.split(/\s+/).slice(2).join(' '));
    for (const want of [
      `payment_intent.created ${captured}`,
      `payment_intent.amount_capturable_updated ${captured}`,
      `payment_intent.succeeded ${captured}`,
      `payment_intent.canceled ${canceled}`,
      `payment_intent.payment_failed ${declined}`,
    ]) {
      assert.ok(seen.includes(want), `no webhook line for ${want}:\n${stdout}`);
    }
    // Each event id handled once, whatever the sandbox repeated.
    const ids = lines.map((l) => l.split(/\s+/)[1]);
    assert.equal(new Set(ids).size, ids.length, stdout);
    assert.match(stdout, new RegExp(`^handled ${ids.length} events of the flow once each$`, 'm'));
    assert.match(stdout, /^events\.list: evt_\S+ payment_intent\.succeeded \(already handled\)$/m);
    assert.ok(!/refused a delivery/.test(stdout), stdout);
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

