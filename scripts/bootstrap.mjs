#!/usr/bin/env node
// What `npm start` and `npm test` run: `node scripts/bootstrap.mjs start|test [args...]`.
// It runs before `npm install` may have happened, so it uses Node's built-in modules only.
//
//   test   installs dependencies if needed, type-checks (tsc --noEmit), then runs jest --runInBand --ci with any
//          extra arguments; exits with jest's code. The integration tests find or start their own Neo4j and Redis
//          (tests/support/global-setup.ts).
//   start  installs dependencies if needed, starts the dev Neo4j and Redis (scripts/services.sh start --profile dev),
//          then runs src/main.ts with tsx, the .env values filling in what the environment does not set. The services
//          keep running when the app exits: `npm run services -- stop` stops them.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEnv } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [command, ...extraArgs] = process.argv.slice(2);

function log(message) {
  console.log(`bootstrap: ${message}`);
}

function exitCodeOf(status, signal) {
  if (status !== null && status !== undefined) return status;
  return 128 + (constants.signals[signal] ?? 1);
}

/** Runs a command in the repository root with the terminal attached; returns its exit code. */
function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...options });
  if (r.error) {
    console.error(`bootstrap: could not run ${cmd}: ${r.error.message}`);
    return 127;
  }
  return exitCodeOf(r.status, r.signal);
}

/** A locally installed tool, or npx when it is not there. */
function tool(name, args) {
  const local = join(root, 'node_modules', '.bin', name);
  return existsSync(local) ? [local, args] : ['npx', [name, ...args]];
}

/** npm ci when node_modules is missing or older than package-lock.json. */
function ensureDependencies() {
  const lock = join(root, 'package-lock.json');
  const installed = join(root, 'node_modules', '.package-lock.json');
  let reason = null;
  if (!existsSync(join(root, 'node_modules'))) reason = 'node_modules is missing';
  else if (!existsSync(installed)) reason = 'node_modules/.package-lock.json is missing';
  else if (existsSync(lock) && statSync(lock).mtimeMs > statSync(installed).mtimeMs) {
    reason = 'package-lock.json is newer than node_modules';
  }
  if (!reason) return;
  log(`${reason}: npm ci --no-audit --no-fund`);
  let code = run('npm', ['ci', '--no-audit', '--no-fund']);
  if (code !== 0) {
    // npm ci also refuses a lock file that lacks optional packages for other platforms, which a registry mirror
    // that does not serve them leaves out of every lock it writes; npm install keeps the locked versions anyway.
    log(`npm ci failed (exit ${code}); trying npm install --no-audit --no-fund, which keeps the locked versions`);
    code = run('npm', ['install', '--no-audit', '--no-fund']);
  }
  if (code !== 0) {
    console.error(`bootstrap: installing the npm dependencies failed (exit ${code})`);
    process.exit(code);
  }
}

function test() {
  ensureDependencies();
  const tscCode = run(...tool('tsc', ['--noEmit', '-p', 'tsconfig.json']));
  if (tscCode !== 0) {
    console.error(`bootstrap: type check failed (tsc exit ${tscCode}); tests not run`);
    process.exit(tscCode);
  }
  log('type check passed');
  process.exit(run(...tool('jest', ['--runInBand', '--ci', ...extraArgs])));
}

function start() {
  ensureDependencies();
  const servicesCode = run('bash', [join(root, 'scripts', 'services.sh'), 'start', '--profile', 'dev']);
  if (servicesCode !== 0) {
    console.error(`bootstrap: scripts/services.sh start --profile dev failed (exit ${servicesCode})`);
    process.exit(servicesCode);
  }

  // .env (written by services.sh) fills in what the environment does not set, as src/config does.
  const env = { ...process.env };
  const envFile = join(root, '.env');
  if (existsSync(envFile)) {
    for (const [key, value] of Object.entries(parseEnv(readFileSync(envFile, 'utf8')))) {
      if (env[key] === undefined && value !== undefined) env[key] = value;
    }
  }

  const [cmd, args] = tool('tsx', [join('src', 'main.ts'), ...extraArgs]);
  const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', env });

  // Forward SIGINT/SIGTERM to the app once. A Ctrl-C in a terminal already reaches the app itself (same process
  // group), so SIGINT is only forwarded when there is no terminal; npm may pass a signal on again: duplicates within
  // a second are dropped.
  const lastForwarded = {};
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      const now = Date.now();
      if (now - (lastForwarded[signal] ?? 0) < 1000) return;
      lastForwarded[signal] = now;
      if (signal === 'SIGINT' && process.stdin.isTTY) return;
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    });
  }

  child.on('error', (err) => {
    console.error(`bootstrap: could not start src/main.ts: ${err.message}`);
    process.exit(127);
  });
  child.on('exit', (status, signal) => {
    console.log('');
    log('the dev Neo4j and Redis keep running; stop them with: npm run services -- stop');
    process.exit(exitCodeOf(status, signal));
  });
}

switch (command) {
  case 'test':
    test();
    break;
  case 'start':
    start();
    break;
  default:
    console.error('usage: node scripts/bootstrap.mjs start|test [args...]');
    process.exit(2);
}
