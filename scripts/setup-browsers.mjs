// The first step of `npm test`: finds Chromium and Firefox ESR (CHROMIUM_PATH / FIREFOX_PATH,
// then the usual places). When one is missing on Debian or Ubuntu and we are root (CI,
// containers), installs it with apt, saying so, as `playwright install --with-deps` would;
// otherwise stops at once with one line naming the command to run. Never downloads anything
// outside the package manager.
import { BROWSERS, findBrowser, plan, wantedBrowsers } from './browsers.mjs';
import { aptInstall } from './machine.mjs';

const names = wantedBrowsers();
let step = plan(names);

if (step.action === 'install') {
  const labels = step.missing.map((n) => BROWSERS[n].label).join(' and ');
  console.log(`setup: ${labels} not found; installing ${step.packages.join(' ')} with apt-get`);
  if (!aptInstall(step.packages)) {
    console.error(`setup: apt-get could not install ${step.packages.join(' ')}; see above.`);
    process.exit(1);
  }
  step = plan(names);
  if (step.action !== 'ready') {
    const still = names.filter((n) => !findBrowser(n)).map((n) => BROWSERS[n].label);
    console.error(`setup: ${still.join(' and ')} still not found after apt-get install.`);
    process.exit(1);
  }
}

if (step.action === 'stop') {
  console.error(step.message);
  process.exit(1);
}

for (const [name, path] of Object.entries(step.paths)) {
  console.log(`setup: ${BROWSERS[name].label}: ${path}`);
}
