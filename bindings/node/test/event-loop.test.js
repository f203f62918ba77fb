'use strict';

// Calls driven by Node's own event loop (src/driver.rs on Linux; the shared
// runtime's threads elsewhere): a call started from any phase of the loop
// goes out and settles; timeouts fire while nothing else happens; the
// process stays alive exactly while calls are in flight; worker threads have
// their own driver, and a worker ended mid-call takes nothing down with it.

const { describe, it, after } = require('node:test');
const assert = require('node:assert/strict');
const { execFile } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { Worker } = require('node:worker_threads');

const payintent = require('..');
const { fakeApi, sendIntent, silentServer } = require('./fake-api');

const PKG = path.resolve(__dirname, '..');
const servers = [];
after(() => Promise.all(servers.map((s) => s.close())));

async function answering(delayMs = 0) {
  const server = await fakeApi((req, res) => setTimeout(() => sendIntent(res), delayMs));
  servers.push(server);
  return server;
}

const clientOf = (url, extra = {}) => new payintent.Client({ apiKey: 'sk_test_loop', baseUrl: url, maxRetries: 0, ...extra });

/** Run `code` in a fresh Node process (`PKG` and `URL` defined); resolves to { code, stdout, ms }. */
function child(code, url) {
  const script = `const PKG = ${JSON.stringify(PKG)}; const URL = ${JSON.stringify(url)};\n${code}`;
  const start = Date.now();
  return new Promise((resolve) => {
    execFile(process.execPath, ['-e', script], { timeout: 20000 }, (err, stdout, stderr) => {
      resolve({ code: err ? err.code ?? err.signal : 0, stdout, stderr, ms: Date.now() - start });
    });
  });
}

describe('calls on the event loop', () => {
  it('on Linux, calls run on the JavaScript thread, in the main thread and in workers', async () => {
    const native = require('../native/index.js');
    const expected = process.platform === 'linux';
    assert.equal(native.loopDriven(), expected);
    const w = new Worker(`require('node:worker_threads').parentPort.postMessage(require(${JSON.stringify(path.join(PKG, 'native', 'index.js'))}).loopDriven())`, { eval: true });
    assert.equal(await new Promise((r, j) => w.once('message', r).once('error', j)), expected);
    await w.terminate();
  });

  it('a call started from any phase of the loop goes out and settles', async () => {
    const server = await answering();
    const pi = clientOf(server.url).paymentIntents;
    const get = () => pi.retrieve('pi_loop');
    const started = [
      get(),
      new Promise((r) => setTimeout(() => r(get()), 1)),
      new Promise((r) => setImmediate(() => r(get()))),
      new Promise((r) => process.nextTick(() => r(get()))),
      new Promise((r) => queueMicrotask(() => r(get()))),
      new Promise((r) => fs.stat(__filename, () => r(get()))),
      get().then(() => get()),
      get().then(() => new Promise((r) => setImmediate(() => r(get())))),
    ];
    const timer = new Promise((_, reject) => setTimeout(() => reject(new Error('a call never settled')), 5000).unref());
    const results = await Promise.race([Promise.all(started), timer]);
    for (const r of results) assert.equal(r.object, 'payment_intent');
  });

  it('a timeout fires while the loop has nothing else to do', async () => {
    const server = await silentServer();
    servers.push(server);
    const start = Date.now();
    const err = await clientOf(server.url, { timeoutMs: 200 }).paymentIntents.retrieve('pi_loop').catch((e) => e);
    const took = Date.now() - start;
    assert.equal(err.kind, 'timeout_error', String(err));
    assert.ok(took >= 190 && took < 2000, `timed out after ${took} ms`);
  });

  it('keeps the process alive while a call is in flight, and not after', async () => {
    const server = await answering(300);
    const code = `
      const { Client } = require(PKG);
      new Client({ apiKey: 'sk_test_loop', baseUrl: URL, maxRetries: 0 }).paymentIntents.retrieve('pi_loop')
        .then((p) => console.log('settled', p.object), (e) => console.log('failed', e.kind));`;
    const out = await child(code, server.url);
    assert.equal(out.code, 0, out.stderr);
    assert.equal(out.stdout.trim(), 'settled payment_intent');
    assert.ok(out.ms < 10000, `the process took ${out.ms} ms to exit after its call`);
  });

  it('worker threads call on their own loops; a worker ended mid-call harms nothing', async () => {
    const fast = await answering();
    const slow = await answering(2000);
    const src = `
      const { parentPort, workerData } = require('node:worker_threads');
      const { Client } = require(workerData.pkg);
      const pi = new Client({ apiKey: 'sk_test_loop', baseUrl: workerData.url, maxRetries: 0 }).paymentIntents;
      Promise.all([pi.retrieve('pi_a'), pi.retrieve('pi_b')]).then((r) => parentPort.postMessage(r.map((p) => p.object)));
      if (workerData.hang) pi.retrieve('pi_slow');`;
    const run = (url, hang) => new Worker(src, { eval: true, workerData: { pkg: PKG, url, hang } });
    const busy = run(fast.url, false);
    const mainCalls = Promise.all([1, 2, 3].map(() => clientOf(fast.url).paymentIntents.retrieve('pi_main')));
    const fromWorker = await new Promise((resolve, reject) => busy.once('message', resolve).once('error', reject));
    assert.deepEqual(fromWorker, ['payment_intent', 'payment_intent']);
    await busy.terminate();
    // A worker with a call still waiting on a slow server, ended at once.
    const doomed = run(slow.url, true);
    await new Promise((resolve, reject) => doomed.once('online', resolve).once('error', reject));
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(await doomed.terminate(), 1);
    for (const p of await mainCalls) assert.equal(p.object, 'payment_intent');
    const again = await clientOf(fast.url).paymentIntents.retrieve('pi_after');
    assert.equal(again.object, 'payment_intent');
  });
});
