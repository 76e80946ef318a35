// A private PostgreSQL server for the engine tests: a fresh cluster in a temp folder, listening on
// 127.0.0.1 on a free port (and a socket in that folder only), trusted for local connections,
// durability off (nothing in it outlives the run). As root, it runs as the `postgres` user (or
// `nobody`), since PostgreSQL refuses to run as root. Node tests only.
import { spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The superuser of the test cluster. */
const SUPERUSER = 'applykit';
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** `{ uid, gid }` of a local user, or null. */
function userIds(name) {
  const uid = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) return null;
  return { name, uid: Number(uid.stdout), gid: Number(gid.stdout) };
}

/** Runs a PostgreSQL program (as the service user when we are root); throws with its output. */
function run(user, bin, program, args) {
  const command = user
    ? ['runuser', ['-u', user.name, '--', join(bin, program), ...args]]
    : [join(bin, program), args];
  const result = spawnSync(command[0], command[1], { encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${program} failed (${result.status}):\n${result.stdout}${result.stderr}`);
  }
}

/** A TCP port free on 127.0.0.1 right now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Creates and starts a cluster with the programs in `bin`. Resolves with `{ url, stop }`: `url`
 * connects to its `postgres` database as superuser; `stop()` stops it and deletes the folder.
 */
export async function startPostgres(bin) {
  const user = isRoot ? (userIds('postgres') ?? userIds('nobody')) : null;
  const root = mkdtempSync(join(tmpdir(), 'applykit-pg-'));
  if (user) chownSync(root, user.uid, user.gid);
  const data = join(root, 'data');
  const stop = () => {
    try {
      run(user, bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } catch {
      // not running (it failed to start, or was stopped already)
    }
    rmSync(root, { recursive: true, force: true });
  };
  try {
    run(user, bin, 'initdb', ['-D', data, '-U', SUPERUSER, '-A', 'trust', '-E', 'UTF8']);
    const port = await freePort();
    const options = [
      `-p ${port}`,
      `-k ${root}`,
      '-c listen_addresses=127.0.0.1',
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
    ].join(' ');
    const log = join(root, 'server.log');
    run(user, bin, 'pg_ctl', ['-D', data, '-l', log, '-o', options, '-w', '-t', '60', 'start']);
    return { url: `postgresql://${SUPERUSER}@127.0.0.1:${port}/postgres`, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
