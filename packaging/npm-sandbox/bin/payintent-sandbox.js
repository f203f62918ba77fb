#!/usr/bin/env node
// `npx payintent-sandbox [flags]`: runs the payintent sandbox binary of this
// platform (from the optional package payintent-sandbox-<platform>), passing
// the flags, signals and exit status through. Also `require('payintent-sandbox')
// .binaryPath()` for programs that start it themselves.
'use strict';

const path = require('node:path');
const fs = require('node:fs');
const { spawn } = require('node:child_process');

const EXE = process.platform === 'win32' ? 'payintent-sandbox.exe' : 'payintent-sandbox';

/** This process's platform as the packages name it: linux-x64-gnu, darwin-arm64, ... */
function platform() {
  let libc = null;
  if (process.platform === 'linux') {
    if (process.report) process.report.excludeNetwork = true;
    const header = process.report && process.report.getReport().header;
    libc = header && header.glibcVersionRuntime ? 'gnu' : 'musl';
  }
  return [process.platform, process.arch, libc].filter(Boolean).join('-');
}

/** The path of the sandbox binary for this platform; throws naming the platform when there is none. */
function binaryPath() {
  if (process.env.PAYINTENT_SANDBOX_BINARY) return process.env.PAYINTENT_SANDBOX_BINARY;
  const here = platform();
  const pkg = `payintent-sandbox-${here}`;
  let dir = null;
  try {
    dir = path.dirname(require.resolve(`${pkg}/package.json`));
  } catch {
    // not installed: reported below
  }
  const exe = dir && path.join(dir, EXE);
  if (exe && fs.existsSync(exe)) return exe;
  const manifest = require(path.join(__dirname, '..', 'package.json'));
  const supported = Object.keys(manifest.optionalDependencies || {})
    .map((name) => name.slice('payintent-sandbox-'.length));
  throw new Error(
    `payintent-sandbox: no sandbox binary for this platform: os ${process.platform}, arch ` +
      `${process.arch}${here.split('-')[2] ? `, libc ${here.split('-')[2]}` : ''} (${here}). ` +
      (supported.includes(here)
        ? `The package ${pkg} is not installed: reinstall without --omit=optional.`
        : `Binaries exist for: ${supported.join(', ') || 'none'}; elsewhere build it ` +
          '(`cargo install payintent-sandbox`) and set PAYINTENT_SANDBOX_BINARY.'),
  );
}

module.exports = { binaryPath, platform };

if (require.main === module) {
  let exe;
  try {
    exe = binaryPath();
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
  const child = spawn(exe, process.argv.slice(2), { stdio: 'inherit' });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => child.kill(sig));
  }
  child.on('error', (e) => {
    console.error(`payintent-sandbox: cannot run ${exe}: ${e.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    if (signal) process.kill(process.pid, signal);
    else process.exit(code === null ? 1 : code);
  });
}
