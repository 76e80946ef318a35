// Where the test browsers are, and what to do when one is missing. Used by the set-up step of
// `npm test` (scripts/setup-browsers.mjs), by the wtr config and by the Node tests that drive a
// browser, so they all agree on one path. Pure decisions over an injectable environment (the
// file system, env, platform, user), so the logic is tested with fake machines.
import { delimiter, join } from 'node:path';
import { osReleaseIds, realMachine } from './machine.mjs';

/** Each browser: its env override, the names on PATH, and the usual install locations. */
export const BROWSERS = {
  chromium: {
    label: 'Chromium',
    env: 'CHROMIUM_PATH',
    commands: ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'],
    paths: {
      linux: [
        '/usr/bin/chromium', // Debian
        '/usr/bin/chromium-browser', // Ubuntu, Fedora
        '/usr/lib/chromium/chromium',
        '/usr/lib64/chromium-browser/chromium-browser',
        '/snap/bin/chromium',
        '/usr/bin/google-chrome-stable',
        '/opt/google/chrome/chrome',
      ],
      darwin: [
        '/Applications/Chromium.app/Contents/MacOS/Chromium',
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      ],
    },
    // What apt calls it, by distribution.
    packages: { debian: 'chromium', ubuntu: 'chromium-browser' },
  },
  firefox: {
    label: 'Firefox ESR',
    env: 'FIREFOX_PATH',
    commands: ['firefox-esr', 'firefox'],
    paths: {
      linux: [
        '/usr/bin/firefox-esr', // Debian
        '/usr/lib/firefox-esr/firefox-esr',
        '/usr/bin/firefox',
        '/usr/lib/firefox/firefox',
        '/usr/lib64/firefox/firefox',
        '/opt/firefox/firefox',
        '/snap/bin/firefox',
      ],
      darwin: ['/Applications/Firefox.app/Contents/MacOS/firefox'],
    },
    packages: { debian: 'firefox-esr', ubuntu: 'firefox' },
  },
};

/** The browsers a run needs: `WTR_BROWSERS` (e.g. "chromium") or both. */
export function wantedBrowsers(env = process.env) {
  const wanted = (env.WTR_BROWSERS ?? 'chromium,firefox').split(',').map((s) => s.trim());
  return Object.keys(BROWSERS).filter((name) => wanted.includes(name));
}

/**
 * The path of browser `name`, or null: the env variable when set (even if wrong, so a typo is
 * reported, not silently replaced), else the first executable of PATH's commands and the usual
 * install locations for this platform.
 */
export function findBrowser(name, machine = realMachine) {
  const b = BROWSERS[name];
  const fromEnv = machine.env[b.env];
  if (fromEnv) return machine.executable(fromEnv) ? fromEnv : null;
  const dirs = (machine.env.PATH ?? '').split(delimiter).filter(Boolean);
  const candidates = [
    ...b.commands.flatMap((cmd) => dirs.map((dir) => join(dir, cmd))),
    ...(b.paths[machine.platform] ?? []),
  ];
  return candidates.find((path) => machine.executable(path)) ?? null;
}

/** 'debian', 'ubuntu' or null, from /etc/os-release (ID, then ID_LIKE). */
export function aptDistribution(osRelease) {
  const ids = osReleaseIds(osRelease);
  if (ids.includes('ubuntu')) return 'ubuntu';
  if (ids.includes('debian')) return 'debian';
  return null;
}

/**
 * What the set-up step does: `{ action: 'ready', paths }` when every wanted browser is there;
 * `{ action: 'install', packages, missing }` on Debian or Ubuntu as root; otherwise
 * `{ action: 'stop', message }` with the one line that tells the user what to run.
 */
export function plan(names, machine = realMachine) {
  const paths = Object.fromEntries(names.map((n) => [n, findBrowser(n, machine)]));
  const missing = names.filter((n) => !paths[n]);
  if (!missing.length) return { action: 'ready', paths };
  const badEnv = missing.find((n) => machine.env[BROWSERS[n].env]);
  if (badEnv) {
    const { env, label } = BROWSERS[badEnv];
    return {
      action: 'stop',
      message: `${env}=${machine.env[env]} is not an executable ${label}: fix or unset ${env}.`,
    };
  }
  const distro = machine.platform === 'linux' ? aptDistribution(machine.osRelease()) : null;
  const packages = missing.map((n) => BROWSERS[n].packages[distro ?? 'debian']);
  const labels = missing.map((n) => BROWSERS[n].label).join(' and ');
  if (distro && machine.isRoot) return { action: 'install', packages, missing };
  const how = distro
    ? `run: sudo apt-get install -y ${packages.join(' ')}`
    : `install ${labels} and set ${missing.map((n) => BROWSERS[n].env).join('/')} to ${missing.length > 1 ? 'their paths' : 'its path'}`;
  return { action: 'stop', message: `The tests need ${labels}, which this machine lacks: ${how}` };
}
