// How the engine tests find PostgreSQL (scripts/postgres.mjs), on fake machines: which folder
// wins, and what happens when the server is missing (install as root on Debian or Ubuntu,
// otherwise one line saying what to run). Neither apt nor PostgreSQL runs here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findPostgres, isDebianLike, planPostgres } from '../../scripts/postgres.mjs';

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\n';
const programs = (dir) => ['initdb', 'pg_ctl', 'postgres'].map((p) => `${dir}/${p}`);

/** A machine with `files` executable, the folders `dirs` listed, and the given env and user. */
function machine({ files = [], dirs = {}, env = {}, os = DEBIAN, root = true } = {}) {
  const set = new Set(files);
  return {
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...env },
    platform: 'linux',
    isRoot: root,
    executable: (path) => set.has(path),
    list: (dir) => dirs[dir] ?? [],
    osRelease: () => os,
  };
}

describe('findPostgres', () => {
  it("takes the newest of Debian's /usr/lib/postgresql/<major>/bin", () => {
    const m = machine({
      files: [...programs('/usr/lib/postgresql/9/bin'), ...programs('/usr/lib/postgresql/15/bin')],
      dirs: { '/usr/lib/postgresql': ['9', '15', 'README'] },
    });
    assert.equal(findPostgres(m), '/usr/lib/postgresql/15/bin');
  });

  it('falls back to a PATH folder holding all three programs', () => {
    const m = machine({ files: ['/usr/bin/pg_ctl', ...programs('/usr/local/bin')] });
    assert.equal(findPostgres(m), '/usr/local/bin');
  });

  it('skips a folder where a program is missing (client-only installs)', () => {
    const m = machine({
      files: ['/usr/lib/postgresql/15/bin/pg_ctl'],
      dirs: { '/usr/lib/postgresql': ['15'] },
    });
    assert.equal(findPostgres(m), null);
  });

  it('prefers PG_BIN, and reports a wrong one instead of falling back', () => {
    const files = [...programs('/opt/pg/bin'), ...programs('/usr/lib/postgresql/15/bin')];
    const dirs = { '/usr/lib/postgresql': ['15'] };
    assert.equal(
      findPostgres(machine({ files, dirs, env: { PG_BIN: '/opt/pg/bin' } })),
      '/opt/pg/bin',
    );
    const wrong = machine({ files, dirs, env: { PG_BIN: '/nope' } });
    assert.equal(findPostgres(wrong), null);
    assert.deepEqual(planPostgres(wrong), {
      action: 'stop',
      message: 'PG_BIN=/nope does not hold initdb, pg_ctl, postgres: fix or unset PG_BIN.',
    });
  });
});

describe('planPostgres', () => {
  it('is ready when the programs are there', () => {
    const m = machine({
      files: programs('/usr/lib/postgresql/15/bin'),
      dirs: { '/usr/lib/postgresql': ['15'] },
    });
    assert.deepEqual(planPostgres(m), { action: 'ready', bin: '/usr/lib/postgresql/15/bin' });
  });

  it('installs Debian\'s "postgresql" as root on Debian and Ubuntu', () => {
    for (const os of [DEBIAN, UBUNTU]) {
      assert.deepEqual(planPostgres(machine({ os })), {
        action: 'install',
        packages: ['postgresql'],
      });
    }
  });

  it('says what to run, in one line, when it may not install', () => {
    assert.equal(
      planPostgres(machine({ root: false })).message,
      'The engine tests need PostgreSQL, which this machine lacks: run: sudo apt-get install -y postgresql',
    );
    assert.match(planPostgres(machine({ os: FEDORA })).message, /set PG_BIN to the folder/);
  });

  it('reads Debian derivatives from ID_LIKE', () => {
    assert.equal(isDebianLike('ID=linuxmint\nID_LIKE="ubuntu debian"\n'), true);
    assert.equal(isDebianLike(FEDORA), false);
  });
});
