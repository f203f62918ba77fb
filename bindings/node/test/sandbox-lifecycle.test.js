'use strict';

// The test helpers never leave a sandbox running: stop() kills it by PID,
// a process that exits without stop() takes its sandbox along, and so does
// one killed by a signal it cannot handle (SIGKILL, via --pdeathsig).

const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { spawn } = require('node:child_process');
const path = require('node:path');
const fs = require('node:fs');

const { startSandbox } = require('./helpers');

function alive(pid) {
  try {
    process.kill(pid, 0);
    // A zombie still answers kill(0); it is not running.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/\) Z /.test(stat);
  } catch {
    return false;
  }
}

async function waitGone(pid, ms = 5000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (!alive(pid)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return !alive(pid);
}

/** Run a node child that starts a sandbox, prints its PID, then `tail`s. */
function childWithSandbox(tail) {
  const helpers = path.join(__dirname, 'helpers.js');
  const code = `
    const { startSandbox } = require(${JSON.stringify(helpers)});
    startSandbox().then((sb) => {
      process.stdout.write(sb.child.pid + '\\n');
      ${tail}
    });`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  const pid = new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      if (out.includes('\n')) resolve(Number(out.trim().split('\n')[0]));
    });
    child.once('exit', () => reject(new Error('child exited before starting a sandbox')));
  });
  return { child, pid };
}

describe('sandbox lifecycle', () => {
  it('stop() kills the sandbox process', async () => {
    const sb = await startSandbox();
    const pid = sb.child.pid;
    assert.ok(alive(pid));
    await sb.stop();
    assert.ok(await waitGone(pid), `sandbox ${pid} still running after stop()`);
    await sb.stop(); // twice is harmless
  });

  // SIGKILL cannot be handled: only the kernel's parent-death signal (set
  // through setpriv, Linux) stops the sandbox then.
  const pdeathsig = process.platform === 'linux' && ['/usr/bin/setpriv', '/bin/setpriv'].some((p) => fs.existsSync(p));
  for (const [what, tail, needsPdeathsig] of [
    ['exits normally without stop()', 'setTimeout(() => process.exit(0), 100);', false],
    ['throws an uncaught error', 'setTimeout(() => { throw new Error("test failure"); }, 100);', false],
    ['is interrupted (SIGTERM)', 'setTimeout(() => process.kill(process.pid, "SIGTERM"), 100); setInterval(() => {}, 1000);', false],
    ['is killed (SIGKILL)', 'setTimeout(() => process.kill(process.pid, "SIGKILL"), 100); setInterval(() => {}, 1000);', true],
  ]) {
    it(`a process that ${what} takes its sandbox along`, { skip: needsPdeathsig && !pdeathsig && 'needs setpriv --pdeathsig' }, async () => {
      const { child, pid } = childWithSandbox(tail);
      const sandboxPid = await pid;
      await new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', resolve)));
      const gone = await waitGone(sandboxPid);
      if (!gone) process.kill(sandboxPid, 'SIGKILL');
      assert.ok(gone, `sandbox ${sandboxPid} outlived its parent`);
    });
  }
});
