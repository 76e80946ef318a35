// The machine the set-up scripts look at and install on: its executables, env, user and
// /etc/os-release, and apt-get. scripts/browsers.mjs and scripts/postgres.mjs make their
// decisions over a machine shaped like `realMachine` (their tests pass fake ones).
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readdirSync, readFileSync } from 'node:fs';

/** The real machine, as the planning functions see it. Tests pass a fake one. */
export const realMachine = {
  env: process.env,
  platform: process.platform,
  isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
  executable(path) {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  },
  list(dir) {
    try {
      return readdirSync(dir);
    } catch {
      return [];
    }
  },
  osRelease() {
    try {
      return readFileSync('/etc/os-release', 'utf8');
    } catch {
      return '';
    }
  },
};

/** What an /etc/os-release text says the system is: its ID, then each ID_LIKE. */
export function osReleaseIds(osRelease) {
  const field = (key) => new RegExp(`^${key}="?([^"\\n]*)"?$`, 'm').exec(osRelease)?.[1] ?? '';
  return [field('ID'), ...field('ID_LIKE').split(/\s+/)];
}

/** Installs `packages` with apt-get (update first, no questions, output shown); true if it did. */
export function aptInstall(packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (...args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
  return apt('update', '-q') && apt('install', '-y', '-q', ...packages);
}
