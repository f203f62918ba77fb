// Loads payintent's native addon: napi-rs's generated loader (./binding.js)
// tries a local build (./payintent.<platform>.node) and then the installed
// per-platform package (payintent-<platform>); when neither loads, this says
// which platform it is (os, arch, libc) and which platforms are published.
'use strict';

const path = require('node:path');

/** The napi platform name of a Rust target triple, e.g. linux-x64-gnu. */
function platformOfTriple(triple) {
  const [arch, , os, abi] = triple.split('-');
  const cpu = { x86_64: 'x64', aarch64: 'arm64', i686: 'ia32', armv7: 'arm' }[arch] || arch;
  const platform = { linux: 'linux', darwin: 'darwin', windows: 'win32' }[os] || os;
  return [platform, cpu, abi].filter(Boolean).join('-');
}

/** The C library of this Linux process: 'gnu', 'musl', or null elsewhere. */
function libc() {
  if (process.platform !== 'linux') return null;
  if (process.report) process.report.excludeNetwork = true;
  const report = process.report && typeof process.report.getReport === 'function'
    ? process.report.getReport() : null;
  if (report && report.header && report.header.glibcVersionRuntime) return 'gnu';
  if (report && Array.isArray(report.sharedObjects)
      && report.sharedObjects.some((f) => f.includes('musl'))) return 'musl';
  return 'musl';
}

function supportedPlatforms() {
  const manifest = require(path.join(__dirname, '..', 'package.json'));
  return ((manifest.napi && manifest.napi.targets) || []).map(platformOfTriple);
}

function loadError(cause) {
  const c = libc();
  const here = [process.platform, process.arch, c].filter(Boolean).join('-');
  const supported = supportedPlatforms();
  const known = supported.includes(here);
  const error = new Error(
    `payintent: cannot load the native addon for this platform: os ${process.platform}, ` +
    `arch ${process.arch}, libc ${c || 'n/a'} (${here}). ` +
    (known
      ? `It is a supported platform, but neither native/payintent.${here}.node nor the package ` +
        `payintent-${here} loaded: reinstall payintent without --no-optional/--omit=optional ` +
        '(npm skips optional dependencies after some failures), or build it with `npm run build`. '
      : `Prebuilt addons exist for: ${supported.join(', ')}; on another platform build from ` +
        'source (bindings/node: `npm ci && npm run build:release`). ') +
    'The cause holds what each attempt reported.',
  );
  error.code = 'ERR_PAYINTENT_NATIVE_UNAVAILABLE';
  error.platform = here;
  error.supportedPlatforms = supported;
  error.cause = cause;
  return error;
}

try {
  module.exports = require('./binding.js');
} catch (cause) {
  if (cause && cause.code === 'MODULE_NOT_FOUND' && String(cause.message).includes('binding.js')) {
    throw Object.assign(new Error(
      'payintent: native/binding.js is missing: this is a source checkout that was never built; ' +
        'run `npm run build` in bindings/node',
    ), { cause, code: 'ERR_PAYINTENT_NATIVE_UNAVAILABLE' });
  }
  throw loadError(cause);
}
