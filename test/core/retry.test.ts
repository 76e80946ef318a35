import { expect } from '@open-wc/testing';
import { isRetryable, parseRetryAfter, retryDelay } from '../../src/core/retry.js';

describe('core/retry', () => {
  const statuses: [number, boolean][] = [
    [0, true],
    [408, true],
    [429, true],
    [500, true],
    [503, true],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [413, false],
    [415, false],
    [422, false],
  ];
  for (const [status, retry] of statuses) {
    it(`${retry ? 'retries' : 'does not retry'} ${status}`, () =>
      expect(isRetryable(status)).to.equal(retry));
  }

  const now = Date.parse('2026-11-25T10:00:00Z');
  const afters: [string | null, number | null][] = [
    [null, null],
    ['', null],
    ['5', 5000],
    [' 0 ', 0],
    ['Wed, 25 Nov 2026 10:00:30 GMT', 30_000],
    ['Wed, 25 Nov 2026 09:00:00 GMT', 0],
    ['soon', null],
    ['-3', null],
  ];
  for (const [value, ms] of afters) {
    it(`reads Retry-After ${JSON.stringify(value)} as ${ms}`, () =>
      expect(parseRetryAfter(value, now)).to.equal(ms));
  }

  it('backs off exponentially with jitter between half and all of the step', () => {
    const low = { random: () => 0 };
    const high = { random: () => 1 };
    expect([0, 1, 2, 3].map((a) => retryDelay(a, null, low))).to.deep.equal([
      500, 1000, 2000, 4000,
    ]);
    expect([0, 1, 2, 3].map((a) => retryDelay(a, null, high))).to.deep.equal([
      1000, 2000, 4000, 8000,
    ]);
  });

  it('caps the backoff', () => {
    expect(retryDelay(20, null, { random: () => 1 })).to.equal(30_000);
  });

  it('honours Retry-After, capped', () => {
    expect(retryDelay(0, '7')).to.equal(7000);
    expect(retryDelay(0, '3600')).to.equal(30_000);
  });
});
