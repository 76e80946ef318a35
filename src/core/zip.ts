// ZIP reading from the central directory: the End-Of-Central-Directory record sits in the last
// 64 KiB and says where the directory is, so the archive body is only read for the few small
// entries asked for, inflated by the platform's DecompressionStream (no inflater of our own).
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
const LOCAL_ENTRY = 0x04034b50;
/** Caps on what is read and scanned: a real DOCX directory is a few KiB. */
const MAX_DIRECTORY_BYTES = 4 * 1024 * 1024;
const MAX_ENTRIES = 100_000;

export interface ZipEntry {
  /** The entry's name as stored (UTF-8 when flagged, else read byte for byte). */
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** Where the central directory is: its byte offset and length. */
export interface Directory {
  offset: number;
  size: number;
}

/** The central directory's entries; null when there is no end record (not a ZIP, or one cut
 * short before its directory); 'damaged' when the directory it points to is broken. */
export async function listZip(source: ByteSource): Promise<ZipEntry[] | null | 'damaged'> {
  const dir = await locateDirectory(source);
  if (dir === null || dir === 'damaged') return dir;
  return parseEntries(await source.read(dir.offset, dir.offset + dir.size));
}

/** Locates the central directory through the EOCD record, or its ZIP64 twin; null when the
 * bytes are not a ZIP; 'damaged' when the record points outside the file or past the cap. */
async function locateDirectory(source: ByteSource): Promise<Directory | null | 'damaged'> {
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
  if (!dir || !(dir.offset + dir.size <= source.size) || dir.size > MAX_DIRECTORY_BYTES) {
    return 'damaged';
  }
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

/** The entries of a central directory; 'damaged' when a record is cut or out of place. */
function parseEntries(bytes: Uint8Array): ZipEntry[] | 'damaged' {
  const entries: ZipEntry[] = [];
  const utf8 = new TextDecoder();
  for (let at = 0; at < bytes.length;) {
    if (entries.length >= MAX_ENTRIES) break;
    if (at + CENTRAL_ENTRY_SIZE > bytes.length || u32(bytes, at) !== CENTRAL_ENTRY)
      return 'damaged';
    const nameEnd = at + CENTRAL_ENTRY_SIZE + u16(bytes, at + 28);
    if (nameEnd > bytes.length) return 'damaged';
    const raw = bytes.subarray(at + CENTRAL_ENTRY_SIZE, nameEnd);
    entries.push({
      name: u16(bytes, at + 8) & 0x800 ? utf8.decode(raw) : String.fromCharCode(...raw),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
    });
    at = nameEnd + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

/** The entry whose name equals `name` ASCII-case-insensitively (OPC part names compare so). */
export function findZipEntry(entries: readonly ZipEntry[], name: string): ZipEntry | undefined {
  const wanted = name.toLowerCase();
  return entries.find((e) => e.name.toLowerCase() === wanted);
}

/** An entry's uncompressed bytes (stored or deflated), up to `limit` bytes; null when it can't
 * be read: a bad local header, an unknown method, data that does not inflate, or too large. */
export async function readZipEntry(
  source: ByteSource,
  entry: ZipEntry,
  limit: number,
): Promise<Uint8Array | null> {
  if (entry.size > limit || entry.compressedSize > limit) return null;
  const header = await source.read(entry.localOffset, entry.localOffset + 30);
  if (header.length < 30 || u32(header, 0) !== LOCAL_ENTRY) return null;
  const start = entry.localOffset + 30 + u16(header, 26) + u16(header, 28);
  const data = await source.read(start, start + entry.compressedSize);
  if (data.length < entry.compressedSize) return null;
  if (entry.method === 0) return data;
  if (entry.method !== 8) return null;
  return inflate(data, limit);
}

/** Raw-deflate data inflated, or null when it is invalid or grows past `limit` (a bomb). */
async function inflate(data: Uint8Array, limit: number): Promise<Uint8Array | null> {
  const stream = new Blob([data.slice()]).stream();
  const reader = stream.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    for (let step = await reader.read(); !step.done; step = await reader.read()) {
      length += step.value.length;
      if (length > limit) {
        void reader.cancel().catch(() => undefined);
        return null;
      }
      chunks.push(step.value);
    }
    const out = new Uint8Array(length);
    chunks.reduce((at, chunk) => (out.set(chunk, at), at + chunk.length), 0);
    return out;
  } catch {
    return null;
  }
}
