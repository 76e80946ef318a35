import { expect } from '@open-wc/testing';
import { enqueue, holdTime, sentence, without } from '../../src/core/announce.js';

describe('core/announce', () => {
  it('holds a message about as long as a screen reader takes to say it, 1 s to 5 s', () => {
    expect(holdTime('ok')).to.equal(1000);
    expect(holdTime('resume.pdf added, 120 KB')).to.equal(24 * 60);
    expect(holdTime('x'.repeat(500))).to.equal(5000);
  });

  it('queues messages in the order they came', () => {
    const q = enqueue(enqueue([], { text: 'a.pdf removed' }), { text: 'b.pdf added' });
    expect(q.map((m) => m.text)).to.deep.equal(['a.pdf removed', 'b.pdf added']);
  });

  it('lets a newer message about the same thing replace the waiting one', () => {
    const file = {};
    let q = enqueue([], { text: 'Uploading cv.pdf', key: file });
    q = enqueue(q, { text: 'b.pdf added' });
    q = enqueue(q, { text: 'cv.pdf uploaded', key: file });
    expect(q.map((m) => m.text)).to.deep.equal(['b.pdf added', 'cv.pdf uploaded']);
  });

  it('keeps messages with different keys, and messages without one', () => {
    let q = enqueue([], { text: 'one', key: 1 });
    q = enqueue(q, { text: 'two', key: 2 });
    q = enqueue(q, { text: 'three' });
    q = enqueue(q, { text: 'four' });
    expect(q).to.have.length(4);
  });

  it('drops what waits about a key, keeping the rest', () => {
    const file = {};
    const q = [{ text: 'Trying again in 1 s.', key: file }, { text: 'b.pdf added' }];
    expect(without(q, file).map((m) => m.text)).to.deep.equal(['b.pdf added']);
    expect(without(q, undefined)).to.have.length(2);
  });

  const sentences: [string[], string][] = [
    [['a.pdf removed', 'b.pdf added, 120 KB'], 'a.pdf removed. b.pdf added, 120 KB'],
    [['Check the file.', 'b.pdf added'], 'Check the file. b.pdf added'],
    [['هل تريد؟', 'تم'], 'هل تريد؟ تم'],
    [['only'], 'only'],
    [[], ''],
  ];
  for (const [texts, said] of sentences) {
    it(`says ${JSON.stringify(texts)} as "${said}"`, () => {
      expect(sentence(texts.map((text) => ({ text })))).to.equal(said);
    });
  }
});
