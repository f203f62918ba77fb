'use strict';

// Proof of sameness: the operations and parameter names the Node binding
// checks at runtime (lib/params.js) and declares (lib/generated.d.ts) are
// exactly those of the API description api/payment_intents.json.

const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..', '..', '..');
const desc = JSON.parse(fs.readFileSync(path.join(ROOT, 'api', 'payment_intents.json'), 'utf8'));
const table = require('../lib/params.js');
const dts = fs.readFileSync(path.join(__dirname, '..', 'lib', 'generated.d.ts'), 'utf8');

function pascal(name) {
  return name.split('_').map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('');
}

/** Top-level member names of `export interface <name> { ... }` in the d.ts text. */
function interfaceMembers(name) {
  const start = dts.indexOf(`export interface ${name} {\n`);
  assert.notEqual(start, -1, `generated.d.ts has no interface ${name}`);
  const body = dts.slice(start, dts.indexOf('\n}\n', start));
  return [...body.matchAll(/^ {2}([a-z0-9_]+)\??:/gm)].map((m) => m[1]);
}

describe('the Node surface matches api/payment_intents.json', () => {
  it('has the same operations in the runtime table', () => {
    assert.deepEqual(Object.keys(table), desc.operations.map((op) => op.name));
  });

  for (const op of desc.operations) {
    it(`${op.name}: same parameter names at runtime and in the types`, () => {
      const names = op.params.map((p) => p.name);
      assert.deepEqual([...table[op.name]], names);
      assert.deepEqual(interfaceMembers(`PaymentIntent${pascal(op.name)}Params`), names);
    });
  }

  it('every JS method maps to an operation of the description', () => {
    const { PaymentIntents } = require('..');
    const methods = Object.getOwnPropertyNames(PaymentIntents.prototype).filter(
      (m) => m !== 'constructor' && !m.endsWith('AutoPaging'),
    );
    const camel = (n) => n.replace(/_([a-z])/g, (_, c) => c.toUpperCase());
    assert.deepEqual(methods.sort(), desc.operations.map((op) => camel(op.name)).sort());
  });

  it('declares the PaymentIntent result fields of the description', () => {
    const pi = desc.types.find((t) => t.name === 'payment_intent');
    assert.deepEqual(interfaceMembers('PaymentIntentFields'), pi.fields.map((f) => f.name));
  });
});
