// ZIP entry lookup from the central directory alone: the End-Of-Central-Directory record sits in
// the last 64 KiB, and it says where the directory is, so the archive body is never read.
import type { ByteSource } from './byte-source.js';
import { latin1, startsWith, u16, u32, u64 } from './sniff-bytes.js';

const EOCD = latin1('PK\x05\x06');
const EOCD_SIZE = 22;
/** The EOCD record plus the longest comment it may carry (65,557 bytes). */
const MAX_TAIL = EOCD_SIZE + 0xffff;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_LOCATOR_SIZE = 20;
const ZIP64_EOCD = 0x06064b50;
const ZIP64_EOCD_SIZE = 56;
const CENTRAL_ENTRY = 0x02014b50;
const CENTRAL_ENTRY_SIZE = 46;
/** Caps on what is read and scanned: a real DOCX directory is a few KiB. */
const MAX_DIRECTORY_BYTES = 4 * 1024 * 1024;
const MAX_ENTRIES = 100_000;

/** Where the central directory is: its byte offset and length. */
export interface Directory {
  offset: number;
  size: number;
}

/** True when the archive's central directory lists `name` (ASCII, compared case-insensitively
 * as OPC part names are). False for anything that is not a readable ZIP. */
export async function zipHasEntry(source: ByteSource, name: string): Promise<boolean> {
  const dir = await findDirectory(source);
  if (!dir) return false;
  const length = Math.min(dir.size, MAX_DIRECTORY_BYTES);
  const entries = await source.read(dir.offset, dir.offset + length);
  return listsName(entries, latin1(name.toLowerCase()));
}

/** Locates the central directory through the EOCD record, or its ZIP64 twin; null when the
 * bytes are not a readable ZIP. (Also used by the resume reader, which then reads entries.) */
export async function findDirectory(source: ByteSource): Promise<Directory | null> {
  const tailStart = Math.max(0, source.size - MAX_TAIL);
  const tail = await source.read(tailStart, source.size);
  const at = lastEocd(tail);
  if (at < 0) return null;
  const count = u16(tail, at + 10);
  let dir: Directory | null = { size: u32(tail, at + 12), offset: u32(tail, at + 16) };
  if (count === 0xffff || dir.size === 0xffffffff || dir.offset === 0xffffffff) {
    dir = await zip64Directory(source, tailStart + at);
  }
  // Written as a negation so a NaN from a bogus field also fails.
  if (!dir || !(dir.offset + dir.size <= source.size)) return null;
  return dir;
}

/** Offset of the EOCD record in `tail`, searched from the end (a comment may follow it). */
function lastEocd(tail: Uint8Array): number {
  for (let at = tail.length - EOCD_SIZE; at >= 0; at--) {
    if (startsWith(tail, EOCD, at) && at + EOCD_SIZE + u16(tail, at + 20) <= tail.length) return at;
  }
  return -1;
}

/** Reads the ZIP64 locator just before the EOCD, then the ZIP64 EOCD record it points to. */
async function zip64Directory(source: ByteSource, eocdAt: number): Promise<Directory | null> {
  if (eocdAt < ZIP64_LOCATOR_SIZE) return null;
  const locator = await source.read(eocdAt - ZIP64_LOCATOR_SIZE, eocdAt);
  if (locator.length < ZIP64_LOCATOR_SIZE || u32(locator, 0) !== ZIP64_LOCATOR) return null;
  const recordAt = u64(locator, 8);
  if (!(recordAt + ZIP64_EOCD_SIZE <= eocdAt)) return null;
  const record = await source.read(recordAt, recordAt + ZIP64_EOCD_SIZE);
  if (record.length < ZIP64_EOCD_SIZE || u32(record, 0) !== ZIP64_EOCD) return null;
  return { size: u64(record, 40), offset: u64(record, 48) };
}

/** Walks the central-directory entries in `entries` looking for a name equal to `wanted`. */
function listsName(entries: Uint8Array, wanted: Uint8Array): boolean {
  let at = 0;
  for (let n = 0; n < MAX_ENTRIES && at + CENTRAL_ENTRY_SIZE <= entries.length; n++) {
    if (u32(entries, at) !== CENTRAL_ENTRY) return false;
    const nameLength = u16(entries, at + 28);
    const nameAt = at + CENTRAL_ENTRY_SIZE;
    if (nameLength === wanted.length && sameLowercase(entries, nameAt, wanted)) return true;
    at = nameAt + nameLength + u16(entries, at + 30) + u16(entries, at + 32);
  }
  return false;
}

/** ASCII case-insensitive comparison of `bytes` at `at` against lowercase `wanted`. */
function sameLowercase(bytes: Uint8Array, at: number, wanted: Uint8Array): boolean {
  if (at + wanted.length > bytes.length) return false;
  for (let i = 0; i < wanted.length; i++) {
    const b = bytes[at + i];
    if ((b >= 0x41 && b <= 0x5a ? b + 0x20 : b) !== wanted[i]) return false;
  }
  return true;
}
