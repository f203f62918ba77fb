'use strict';

// The package's `exports` map: `import` gets the ESM entry with named exports,
// `require` the CommonJS one, and both hand out the same classes.

const { describe, it } = require('node:test');
const assert = require('node:assert/strict');

describe('ESM and CommonJS entry points', () => {
  it('import and require resolve through the exports map to the same classes', async () => {
    const esm = await import('payintent');
    const cjs = require('payintent');
    assert.equal(esm.Client, cjs.Client);
    assert.equal(esm.PermissionError, cjs.PermissionError);
    assert.equal(esm.InvalidArgumentError, cjs.InvalidArgumentError);
    assert.equal(esm.default, cjs);
    const names = Object.keys(cjs).sort();
    assert.deepEqual(Object.keys(esm).filter((k) => k !== 'default').sort(), names);
  });
});
