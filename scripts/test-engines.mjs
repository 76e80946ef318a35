// `npm run test:engines`: the tests that need real engines (test/engines/). Finds PostgreSQL's
// server programs (installing Debian's `postgresql` with apt-get when they are missing and we are
// root on Debian or Ubuntu, as the browser set-up does; otherwise stops with one line saying what
// to run), starts a private PostgreSQL cluster and an S3-protocol server on loopback, runs the
// tests with their addresses in the environment, then stops both and deletes their folders.
// Arguments, if any, are the test files to run (default: all of test/engines/).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { aptInstall } from './machine.mjs';
import { planPostgres } from './postgres.mjs';
import { startPostgres } from '../test/helpers/postgres.mjs';
import { S3_CREDENTIALS, startS3 } from '../test/helpers/s3-emulator.mjs';

function postgresPrograms() {
  let step = planPostgres();
  if (step.action === 'install') {
    console.log(
      `engines: PostgreSQL not found; installing ${step.packages.join(' ')} with apt-get`,
    );
    if (!aptInstall(step.packages)) {
      console.error(`engines: apt-get could not install ${step.packages.join(' ')}; see above.`);
      process.exit(1);
    }
    step = planPostgres();
    if (step.action !== 'ready') {
      console.error('engines: PostgreSQL still not found after apt-get install.');
      process.exit(1);
    }
  }
  if (step.action === 'stop') {
    console.error(step.message);
    process.exit(1);
  }
  return step.bin;
}

const bin = postgresPrograms();
const started = Date.now();
const engines = [];
const stopAll = async () => {
  for (const engine of engines.splice(0).reverse()) await engine.stop().catch(() => undefined);
};
let code = 1;
try {
  const pg = await startPostgres(bin);
  engines.push({ stop: async () => pg.stop() });
  const s3 = await startS3();
  engines.push(s3);
  console.log(`engines: PostgreSQL (${bin}) and S3 (s3rver) ready in ${Date.now() - started} ms`);
  const files = process.argv.slice(2);
  const child = spawn(process.execPath, ['--test', ...(files.length ? files : ['test/engines/'])], {
    stdio: 'inherit',
    env: {
      ...process.env,
      APPLYKIT_TEST_DATABASE_URL: pg.url,
      APPLYKIT_TEST_S3_ENDPOINT: s3.endpoint,
      AWS_ACCESS_KEY_ID: S3_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: S3_CREDENTIALS.secretAccessKey,
      AWS_REGION: 'us-east-1',
      // s3rver does not decode the aws-chunked bodies with trailing checksums that the SDK sends
      // by default: send checksums only where S3 requires them (as for many S3-compatible stores).
      AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
      AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
  });
  const stop = (signal) => child.kill(signal);
  process.on('SIGINT', stop).on('SIGTERM', stop);
  [code] = await once(child, 'exit');
  const served = [...s3.calls].sort(([a], [b]) => a.localeCompare(b));
  console.log(`engines: S3 requests served: ${served.map(([op, n]) => `${op} ${n}`).join(', ')}`);
} catch (error) {
  console.error(`engines: ${error.message}`);
} finally {
  await stopAll();
}
console.log(`engines: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(code ?? 1);
