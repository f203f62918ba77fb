// The `prepack` step of the payintent npm package: builds the native addon
// (release) when the checkout has none, so that a plain `npm pack` of a fresh
// clone carries a working addon for the platform it was packed on.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const dir = __dirname;
const addons = fs.readdirSync(dir).filter((f) => /^payintent\..+\.node$/.test(f));
const loader = fs.existsSync(path.join(dir, 'binding.js'));

if (addons.length > 0 && loader) {
  console.error(`prepack: native addon present (${addons.join(', ')}); not rebuilding`);
} else {
  console.error('prepack: no native addon in native/; building it (napi build --release)');
  const npm = process.env.npm_execpath;
  const [cmd, args] = npm
    ? [process.execPath, [npm, 'run', 'build:release']]
    : ['npm', ['run', 'build:release']];
  execFileSync(cmd, args, { cwd: path.join(dir, '..'), stdio: ['ignore', 2, 2] });
}
