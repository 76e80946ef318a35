import { expect } from '@open-wc/testing';
import { holdTime, sentence, without } from '../../src/core/announce.js';

describe('core/announce', () => {
  it('holds a message about as long as a screen reader takes to say it, 1 s to 5 s', () => {
    expect(holdTime('ok')).to.equal(1000);
    expect(holdTime('resume.pdf added, 120 KB')).to.equal(24 * 60);
    expect(holdTime('x'.repeat(500))).to.equal(5000);
  });

  it('drops what waits about a key, keeping the rest', () => {
    const file = {};
    const q = [{ text: 'Trying again in 1 s.', key: file }, { text: 'b.pdf added' }];
    expect(without(q, file).map((m) => m.text)).to.deep.equal(['b.pdf added']);
    expect(without(q, undefined)).to.have.length(2);
    expect(
      without(
        [
          { text: 'a', key: 1 },
          { text: 'b', key: 2 },
        ],
        2,
      ),
    ).to.deep.equal([{ text: 'a', key: 1 }]);
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
      expect(sentence(texts)).to.equal(said);
    });
  }
});
