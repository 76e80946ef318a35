// The compound-file reader over a directory that lies: a stream's claimed size must not decide
// how much memory a read takes. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { bytesSource } from '../../dist/core/byte-source.js';
import { childrenOf, findEntry, openCompound, readStream } from '../../dist/core/ole2.js';

const DOC = new URL('../fixtures/resumes/resume.doc', import.meta.url);

/** The directory entry of `name`: its UTF-16LE name starts the 128-byte record. */
function entryOffset(bytes, name) {
  const wanted = Buffer.from(name, 'utf16le');
  return Buffer.from(bytes).indexOf(wanted);
}

test('a stream claiming 4 GB in a small file reads nothing and allocates no 4 GB', async () => {
  const bytes = new Uint8Array(await readFile(DOC));
  const at = entryOffset(bytes, 'WordDocument');
  assert.ok(at > 0);
  new DataView(bytes.buffer).setUint32(at + 0x78, 0xfffffff0, true);
  const file = await openCompound(bytesSource(bytes), bytes.subarray(0, 512));
  const entry = findEntry(childrenOf(file), 'WordDocument');
  assert.equal(entry.size, 0xfffffff0);
  const before = process.memoryUsage().arrayBuffers;
  const got = await readStream(file, entry, 0, entry.size);
  const grown = process.memoryUsage().arrayBuffers - before;
  assert.ok(got === null || got.length <= bytes.length, 'no more than the file holds');
  assert.ok(grown < 64 * 1024 * 1024, `grew by ${grown} bytes`);
});
