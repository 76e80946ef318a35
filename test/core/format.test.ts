import { expect } from '@open-wc/testing';
import { displayName, formatSize } from '../../src/core/format.js';

describe('core/format', () => {
  const sizes: [number, string, string?][] = [
    [0, '0 bytes'],
    [1, '1 byte'],
    [532, '532 bytes'],
    [1024, '1 KB'],
    [120 * 1024, '120 KB'],
    [1536 * 1024, '1.5 MB'],
    [10 * 1024 * 1024, '10 MB'],
    [150 * 1024 * 1024, '150 MB'],
    [3 * 1024 ** 3, '3 GB'],
    [1536 * 1024, '1,5 MB', 'de'],
  ];
  for (const [bytes, text, locale = 'en'] of sizes) {
    it(`formats ${bytes} bytes as "${text}" (${locale})`, () =>
      expect(formatSize(bytes, locale)).to.equal(text));
  }

  const names: [string, string][] = [
    ['resume.pdf', 'resume.pdf'],
    ['invoice\u202Efdp.exe', 'invoice\ufffdfdp.exe'],
    ['a\u202Ab\u202Bc\u202Cd\u202De', 'a\ufffdb\ufffdc\ufffdd\ufffde'],
    ['x\u2066y\u2067z\u2068w\u2069.pdf', 'x\ufffdy\ufffdz\ufffdw\ufffd.pdf'],
    ['rlm\u200F.pdf', 'rlm\ufffd.pdf'],
    ['tab\there.pdf', 'tab\ufffdhere.pdf'],
    ['سيرة ذاتية.pdf', 'سيرة ذاتية.pdf'],
    ['<img src=x>.pdf', '<img src=x>.pdf'],
  ];
  for (const [name, shown] of names) {
    it(`shows ${JSON.stringify(name)} as ${JSON.stringify(shown)}`, () =>
      expect(displayName(name)).to.equal(shown));
  }
});
