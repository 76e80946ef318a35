import { expect } from '@open-wc/testing';
import { checkFiles, precheck } from '../../src/core/file-check.js';
import { parseAccept } from '../../src/core/accept.js';

const rules = { accept: parseAccept('.pdf,.txt,.odt'), maxSize: 1000 };
const pdf = (name: string, size = 100) => new File(['%PDF-1.4\n', new Uint8Array(size - 9)], name);

describe('core/file-check', () => {
  const pre: [string, number, string | null][] = [
    ['a.pdf', 10, null],
    ['a.exe', 10, 'type'],
    ['a.pdf', 0, 'empty'],
    ['a.exe', 0, 'type'],
    ['a.pdf', 1001, 'size'],
    ['a.pdf', 1000, null],
  ];
  for (const [name, size, reason] of pre) {
    it(`prechecks ${name} of ${size} bytes: ${reason}`, () => {
      expect(precheck({ name, type: '', size }, rules)).to.equal(reason);
    });
  }

  it('accepts up to the free slots and rejects the rest with count, in order', async () => {
    const { accepted, rejected } = await checkFiles(
      [pdf('a.pdf'), pdf('b.pdf'), pdf('c.pdf')],
      rules,
      2,
    );
    expect(accepted.map((a) => a.file.name)).to.deep.equal(['a.pdf', 'b.pdf']);
    expect(rejected.map((r) => [r.file.name, r.reason])).to.deep.equal([['c.pdf', 'count']]);
  });

  it('does not spend a slot on a bad file', async () => {
    const { accepted } = await checkFiles([new File(['MZ'], 'x.pdf'), pdf('b.pdf')], rules, 1);
    expect(accepted.map((a) => a.file.name)).to.deep.equal(['b.pdf']);
  });

  it('prefers the more useful reason: a wrong type beyond the count is type', async () => {
    const { rejected } = await checkFiles([pdf('a.pdf'), new File(['x'], 'b.exe')], rules, 1);
    expect(rejected[0].reason).to.equal('type');
  });

  it('checks content for known kinds only', async () => {
    const { accepted, rejected } = await checkFiles(
      [new File(['PK'], 'a.odt'), new File(['\0\0'], 'b.txt')],
      rules,
      5,
    );
    expect(accepted.map((a) => [a.file.name, a.kind])).to.deep.equal([['a.odt', 'other']]);
    expect(rejected.map((r) => [r.file.name, r.reason])).to.deep.equal([['b.txt', 'content']]);
  });

  it('flags folders as type rejections', async () => {
    const folder = new File([], 'photos');
    const { rejected } = await checkFiles([folder], rules, 5, (f) => f === folder);
    expect(rejected[0]).to.include({ reason: 'type', folder: true });
  });
});
