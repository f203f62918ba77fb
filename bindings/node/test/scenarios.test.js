'use strict';

// Shared scenario runner: executes every scenario of
// tests/scenarios/payment_intents.json through the public Node API, with
// parameters passed exactly as the scenarios spell them (the API's snake_case).

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const payintent = require('..');
const { startSandbox, REPO } = require('./helpers');

const file = JSON.parse(fs.readFileSync(path.join(REPO, 'tests', 'scenarios', 'payment_intents.json'), 'utf8'));

const camel = (s) => s.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());

// Node takes parameters in API spelling, unchanged.
function nodeParams(params) {
  return { ...(params || {}) };
}

function substitute(value, saved) {
  if (typeof value === 'string') {
    return value.replace(/\{([A-Za-z0-9_]+)\}/g, (m, name) => (name in saved ? saved[name] : m));
  }
  if (Array.isArray(value)) return value.map((v) => substitute(v, saved));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, saved)]));
  }
  return value;
}

// `expected` must be contained in `actual` (objects compared as subsets).
function assertSubset(actual, expected, where) {
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    assert.ok(actual !== null && typeof actual === 'object', `${where}: expected an object, got ${JSON.stringify(actual)}`);
    for (const [k, v] of Object.entries(expected)) {
      if (k === 'data_length') {
        assert.equal(actual.data.length, v, `${where}.data length`);
      } else {
        assertSubset(actual[k], v, `${where}.${k}`);
      }
    }
  } else {
    assert.deepEqual(actual, expected, where);
  }
}

const NO_ID = new Set(['create', 'list', 'search']);

async function runStep(client, sandbox, step, saved, where) {
  await sandbox.clearRequests();
  await sandbox.clearFaults();
  for (const fault of step.faults || []) await sandbox.addFault(fault);

  const method = camel(step.op);
  const resource = client.paymentIntents;
  assert.equal(typeof resource[method], 'function', `${where}: no method ${method}`);
  const params = nodeParams(substitute(step.params || {}, saved));
  const args = NO_ID.has(step.op) ? [params] : [substitute(step.id, saved), params];

  let result;
  let error;
  try {
    result = await resource[method](...args);
  } catch (e) {
    error = e;
  }

  if (step.error) {
    assert.ok(error, `${where}: expected an error, got ${JSON.stringify(result)}`);
    assert.ok(error instanceof payintent.PayIntentError, `${where}: ${error} is not a PayIntentError`);
    for (const [k, v] of Object.entries(substitute(step.error, saved))) {
      assert.deepEqual(error[camel(k)], v, `${where}: error.${camel(k)} (${error.message})`);
    }
  } else if (error) {
    throw new assert.AssertionError({ message: `${where}: unexpected error ${error.name}: ${error.message}` });
  }
  if (step.result) assertSubset(result, substitute(step.result, saved), `${where} result`);
  if (step.save_as) saved[step.save_as] = result.id;

  const recorded = await sandbox.requests();
  if (step.request) {
    assert.ok(recorded.length > 0, `${where}: no request was recorded`);
    const last = recorded[recorded.length - 1];
    const exp = substitute(step.request, saved);
    for (const k of ['method', 'path', 'query', 'body']) {
      if (k in exp) assert.equal(last[k] ?? '', exp[k], `${where}: request ${k}`);
    }
    for (const [h, v] of Object.entries(exp.headers || {})) {
      assert.equal(last.headers[h], v, `${where}: request header ${h}`);
    }
  }
  if ('request_count' in step) {
    assert.equal(recorded.length, step.request_count, `${where}: request count`);
  }
  if (step.same_idempotency_key) {
    const keys = new Set(recorded.map((r) => r.headers['idempotency-key']));
    assert.equal(keys.size, 1, `${where}: idempotency keys ${[...keys]}`);
    assert.ok([...keys][0], `${where}: requests carried no Idempotency-Key`);
  }
}

describe('shared scenarios', () => {
  let sandbox;
  before(async () => {
    sandbox = await startSandbox();
  });
  after(() => sandbox && sandbox.stop());

  for (const scenario of file.scenarios) {
    it(scenario.name, async () => {
      const client = new payintent.Client({ apiKey: file.api_key, profile: scenario.profile, baseUrl: sandbox.url });
      const saved = {};
      for (const [i, step] of scenario.steps.entries()) {
        await runStep(client, sandbox, step, saved, `${scenario.name} step ${i} (${step.op})`);
      }
    });
  }
});
