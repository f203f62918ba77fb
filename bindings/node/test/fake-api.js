'use strict';

// Small local servers for tests that need exact control of the wire: a fake
// API answering with a handler (e.g. 503 then 200), a silent TCP server that
// reads and never answers, an HTTP proxy answering every request itself, and
// the HTTPS variant with the test CA's certificate. Each records what it saw.

const fs = require('node:fs');
const http = require('node:http');
const https = require('node:https');
const net = require('node:net');
const path = require('node:path');

const REPO = path.resolve(__dirname, '..', '..', '..');
const INTENT = fs.readFileSync(path.join(REPO, 'tests', 'fixtures', 'payment_intent_succeeded.json'), 'utf8');
const TLS_DIR = path.join(REPO, 'core', 'tests', 'fixtures', 'tls');
const tls = (name) => fs.readFileSync(path.join(TLS_DIR, name));

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

/** An HTTP server calling `handler(req, res, n)` for its n-th request (from 1); records requests. */
async function fakeApi(handler, { secure = false } = {}) {
  const seen = [];
  const onRequest = (req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body });
      handler(req, res, seen.length);
    });
  };
  const server = secure ? https.createServer({ key: tls('server.key'), cert: tls('server.pem') }, onRequest) : http.createServer(onRequest);
  const port = await listen(server);
  return {
    url: `${secure ? 'https' : 'http'}://${secure ? 'localhost' : '127.0.0.1'}:${port}`,
    port,
    seen,
    close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
  };
}

/** Answer with the fixture PaymentIntent and `headers`. */
function sendIntent(res, status = 200, headers = {}) {
  res.writeHead(status, { 'content-type': 'application/json', 'request-id': 'req_fake', ...headers });
  res.end(INTENT);
}

/** A TCP server that accepts, reads and never answers; `closed` resolves when a connection is closed by the client. */
async function silentServer() {
  const sockets = [];
  let onClose;
  const closed = new Promise((r) => (onClose = r));
  let onData;
  const received = new Promise((r) => (onData = r));
  const server = net.createServer((s) => {
    sockets.push(s);
    s.on('data', () => onData());
    s.on('close', () => onClose(Date.now()));
    s.on('error', () => {});
  });
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}`,
    sockets,
    received,
    closed,
    close: () => new Promise((r) => { sockets.forEach((s) => s.destroy()); server.close(() => r()); }),
  };
}

module.exports = { fakeApi, sendIntent, silentServer, INTENT, tls };
