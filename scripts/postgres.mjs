// Where PostgreSQL's server programs are, and what to do when they are missing. Used by the
// engine tests' set-up (scripts/test-engines.mjs), which starts a private server for each run.
// Pure decisions over an injectable machine (files, env, user), so the logic is tested with fake
// machines, as scripts/browsers.mjs does for the browsers.
import { delimiter, join } from 'node:path';
import { osReleaseIds, realMachine } from './machine.mjs';

/** The programs a private server needs. */
export const PROGRAMS = ['initdb', 'pg_ctl', 'postgres'];
/** What apt calls the server, on Debian and Ubuntu alike (it pulls in the current major). */
export const PACKAGE = 'postgresql';
/** Where Debian's packages put each major version's programs. */
const DEBIAN_ROOT = '/usr/lib/postgresql';

/** True when `dir` holds every program of PROGRAMS. */
const complete = (dir, machine) => PROGRAMS.every((p) => machine.executable(join(dir, p)));

/**
 * The folder holding initdb, pg_ctl and postgres, or null: `PG_BIN` when set (even if wrong, so a
 * typo is reported, not silently replaced), else the newest of Debian's `/usr/lib/postgresql/<n>/bin`,
 * else a folder on PATH (Homebrew, Fedora, a hand-built server).
 */
export function findPostgres(machine = realMachine) {
  const fromEnv = machine.env.PG_BIN;
  if (fromEnv) return complete(fromEnv, machine) ? fromEnv : null;
  const majors = machine
    .list(DEBIAN_ROOT)
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(b) - Number(a));
  const candidates = [
    ...majors.map((major) => join(DEBIAN_ROOT, major, 'bin')),
    ...(machine.env.PATH ?? '').split(delimiter).filter(Boolean),
  ];
  return candidates.find((dir) => complete(dir, machine)) ?? null;
}

/** True on Debian or a derivative (Ubuntu, Mint…), from /etc/os-release's ID and ID_LIKE. */
export function isDebianLike(osRelease) {
  const ids = osReleaseIds(osRelease);
  return ids.includes('debian') || ids.includes('ubuntu');
}

/**
 * What the set-up does: `{ action: 'ready', bin }` when the programs are there;
 * `{ action: 'install', packages }` on Debian or Ubuntu as root; otherwise `{ action: 'stop',
 * message }` with the one line that tells the user what to run.
 */
export function planPostgres(machine = realMachine) {
  const bin = findPostgres(machine);
  if (bin) return { action: 'ready', bin };
  if (machine.env.PG_BIN) {
    return {
      action: 'stop',
      message: `PG_BIN=${machine.env.PG_BIN} does not hold ${PROGRAMS.join(', ')}: fix or unset PG_BIN.`,
    };
  }
  const debian = machine.platform === 'linux' && isDebianLike(machine.osRelease());
  if (debian && machine.isRoot) return { action: 'install', packages: [PACKAGE] };
  const how = debian
    ? `run: sudo apt-get install -y ${PACKAGE}`
    : 'install the PostgreSQL server and set PG_BIN to the folder holding initdb and pg_ctl';
  return {
    action: 'stop',
    message: `The engine tests need PostgreSQL, which this machine lacks: ${how}`,
  };
}
