'use strict';

// The error classes equal the error table of the API description
// (api/payment_intents.json `errors`): one exported class per kind with the
// shared name and parent, each native error built as the class of its kind,
// and the same classes from ESM and CommonJS.

const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const payintent = require('payintent');
const { fromNative } = require('../lib/errors.js');

const ROOT = path.join(__dirname, '..', '..', '..');
const table = JSON.parse(fs.readFileSync(path.join(ROOT, 'api', 'payment_intents.json'), 'utf8')).errors;
const dts = fs.readFileSync(path.join(__dirname, '..', 'lib', 'error-classes.d.ts'), 'utf8');

describe('error classes', () => {
  it('one exported class per kind, with the shared name and parent', () => {
    assert.equal(payintent[table.base.class], payintent.PayIntentError);
    for (const row of table.kinds) {
      const Cls = payintent[row.class];
      assert.equal(typeof Cls, 'function', row.class);
      assert.equal(Cls.name, row.class);
      const parent = payintent[row.parent || table.base.class];
      assert.equal(Object.getPrototypeOf(Cls), parent, row.class);
      assert.match(dts, new RegExp(`export declare class ${row.class} extends ${row.parent || table.base.class} \\{`));
    }
    const exported = Object.keys(payintent).filter((k) => /Error$/.test(k)).sort();
    assert.deepEqual(exported, [table.base.class, ...table.kinds.map((r) => r.class)].sort());
  });

  it('a native error becomes the class of its kind, with its fields', () => {
    for (const row of table.kinds) {
      const err = fromNative({ kind: row.kind, message: 'm', httpStatus: row.http_status[0] ?? null });
      assert.equal(err.constructor, payintent[row.class]);
      assert.ok(err instanceof payintent.PayIntentError && err instanceof Error);
      assert.equal(err.name, row.class);
      assert.equal(err.kind, row.kind);
      assert.equal(err.httpStatus, row.http_status[0] ?? null);
    }
    assert.ok(fromNative({ kind: 'timeout_error' }) instanceof payintent.APIConnectionError);
    for (const kind of ['no_such_error', 'constructor', '__proto__', undefined]) {
      assert.equal(fromNative({ kind, message: 'm' }).constructor, payintent.PayIntentError, String(kind));
    }
  });

  it('the declared ErrorKind union is the table', () => {
    const union = dts.split('export type ErrorKind =')[1].split(';')[0];
    assert.deepEqual([...union.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]), table.kinds.map((r) => r.kind));
  });

  it('ESM exports the same classes', async () => {
    const esm = await import('payintent');
    for (const name of [table.base.class, ...table.kinds.map((r) => r.class)]) {
      assert.equal(esm[name], payintent[name], name);
    }
  });
});
