// The browser discovery and set-up plan of `npm test` (scripts/browsers.mjs), on fake machines:
// which path wins, and what happens when a browser is missing (install as root on Debian or
// Ubuntu, otherwise one line saying what to run). apt itself is not run here.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aptDistribution, findBrowser, plan, wantedBrowsers } from '../../scripts/browsers.mjs';

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\nVERSION_ID="12"\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';
const MINT = 'NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n';
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\n';

/** A machine with `files` executable, the given env, platform, os-release and user. */
function machine({ files = [], env = {}, platform = 'linux', os = DEBIAN, root = true } = {}) {
  const set = new Set(files);
  return {
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...env },
    platform,
    isRoot: root,
    executable: (path) => set.has(path),
    osRelease: () => os,
  };
}

describe('findBrowser', () => {
  it("finds Debian's Chromium and Firefox ESR where apt puts them", () => {
    const m = machine({ files: ['/usr/bin/chromium', '/usr/bin/firefox-esr'] });
    assert.equal(findBrowser('chromium', m), '/usr/bin/chromium');
    assert.equal(findBrowser('firefox', m), '/usr/bin/firefox-esr');
  });

  it('prefers CHROMIUM_PATH and FIREFOX_PATH when they are set', () => {
    const m = machine({
      files: ['/usr/bin/chromium', '/opt/c/chrome', '/opt/f/firefox'],
      env: { CHROMIUM_PATH: '/opt/c/chrome', FIREFOX_PATH: '/opt/f/firefox' },
    });
    assert.equal(findBrowser('chromium', m), '/opt/c/chrome');
    assert.equal(findBrowser('firefox', m), '/opt/f/firefox');
  });

  it('reports a CHROMIUM_PATH that is not executable instead of falling back', () => {
    const m = machine({ files: ['/usr/bin/chromium'], env: { CHROMIUM_PATH: '/nope/chrome' } });
    assert.equal(findBrowser('chromium', m), null);
    const step = plan(['chromium'], m);
    assert.equal(step.action, 'stop');
    assert.match(step.message, /CHROMIUM_PATH=\/nope\/chrome is not an executable Chromium/);
  });

  it('looks on PATH first, then in the usual Linux locations', () => {
    assert.equal(
      findBrowser('chromium', machine({ files: ['/usr/local/bin/chromium-browser'] })),
      '/usr/local/bin/chromium-browser',
    );
    assert.equal(
      findBrowser('chromium', machine({ files: ['/opt/google/chrome/chrome'] })),
      '/opt/google/chrome/chrome',
    );
    assert.equal(
      findBrowser('firefox', machine({ files: ['/usr/lib/firefox/firefox'] })),
      '/usr/lib/firefox/firefox',
    );
  });

  it('finds the app bundles on macOS', () => {
    const m = machine({
      platform: 'darwin',
      os: '',
      files: [
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
        '/Applications/Firefox.app/Contents/MacOS/firefox',
      ],
    });
    assert.equal(
      findBrowser('chromium', m),
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    );
    assert.equal(findBrowser('firefox', m), '/Applications/Firefox.app/Contents/MacOS/firefox');
  });

  it('returns null when nothing is installed', () => {
    assert.equal(findBrowser('chromium', machine()), null);
    assert.equal(findBrowser('firefox', machine()), null);
  });
});

describe('plan', () => {
  it('is ready when both browsers are there', () => {
    const m = machine({ files: ['/usr/bin/chromium', '/usr/bin/firefox-esr'] });
    assert.deepEqual(plan(['chromium', 'firefox'], m), {
      action: 'ready',
      paths: { chromium: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' },
    });
  });

  it('installs only what is missing, as root on Debian', () => {
    const m = machine({ files: ['/usr/bin/chromium'] });
    assert.deepEqual(plan(['chromium', 'firefox'], m), {
      action: 'install',
      packages: ['firefox-esr'],
      missing: ['firefox'],
    });
    assert.deepEqual(plan(['chromium', 'firefox'], machine()).packages, [
      'chromium',
      'firefox-esr',
    ]);
  });

  it("uses Ubuntu's package names on Ubuntu and its derivatives", () => {
    for (const os of [UBUNTU, MINT]) {
      assert.deepEqual(plan(['chromium', 'firefox'], machine({ os })).packages, [
        'chromium-browser',
        'firefox',
      ]);
    }
  });

  it('stops with the apt command to run when not root', () => {
    const step = plan(['chromium', 'firefox'], machine({ root: false }));
    assert.equal(step.action, 'stop');
    assert.equal(
      step.message,
      'The tests need Chromium and Firefox ESR, which this machine lacks: run: sudo apt-get install -y chromium firefox-esr',
    );
    assert.ok(!step.message.includes('\n'), 'one line');
  });

  it('stops with what to install and which variable to set where apt is not the way', () => {
    const fedora = plan(['firefox'], machine({ os: FEDORA }));
    assert.equal(fedora.action, 'stop');
    assert.match(fedora.message, /install Firefox ESR and set FIREFOX_PATH to its path/);
    const mac = plan(['chromium'], machine({ platform: 'darwin', os: '' }));
    assert.match(mac.message, /install Chromium and set CHROMIUM_PATH to its path/);
  });

  it('needs only the browsers WTR_BROWSERS names', () => {
    assert.deepEqual(wantedBrowsers({}), ['chromium', 'firefox']);
    assert.deepEqual(wantedBrowsers({ WTR_BROWSERS: 'chromium' }), ['chromium']);
    assert.deepEqual(plan(wantedBrowsers({ WTR_BROWSERS: 'firefox' }), machine()).packages, [
      'firefox-esr',
    ]);
  });
});

describe('aptDistribution', () => {
  it('reads ID and ID_LIKE from /etc/os-release', () => {
    assert.equal(aptDistribution(DEBIAN), 'debian');
    assert.equal(aptDistribution(UBUNTU), 'ubuntu');
    assert.equal(aptDistribution(MINT), 'ubuntu');
    assert.equal(aptDistribution('ID=raspbian\nID_LIKE=debian\n'), 'debian');
    assert.equal(aptDistribution(FEDORA), null);
    assert.equal(aptDistribution(''), null);
  });
});
