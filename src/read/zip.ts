// Reading entries out of a ZIP package (DOCX): the central directory says where each entry's
// bytes are; deflated ones are inflated by the platform's DecompressionStream('deflate-raw')
// (browsers, Node 20), never by code of ours. Output is capped, so a ZIP bomb costs nothing.
import type { ByteSource } from '../core/byte-source.js';
import { u16, u32 } from '../core/sniff-bytes.js';
import { findDirectory } from '../core/zip.js';

const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_ENTRY = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const MAX_ENTRIES = 10_000;
const MAX_DIRECTORY_BYTES = 4 * 1024 * 1024;

/** One entry of the central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** The entries of a ZIP by lower-cased name (OPC part names compare case-insensitively), or
 * null when the bytes are not a readable ZIP. */
export async function zipEntries(source: ByteSource): Promise<Map<string, ZipEntry> | null> {
  const dir = await findDirectory(source);
  if (!dir || dir.size > MAX_DIRECTORY_BYTES) return null;
  const bytes = await source.read(dir.offset, dir.offset + dir.size);
  const names = new TextDecoder();
  const entries = new Map<string, ZipEntry>();
  let at = 0;
  while (
    entries.size < MAX_ENTRIES &&
    at + 46 <= bytes.length &&
    u32(bytes, at) === CENTRAL_ENTRY
  ) {
    const nameLength = u16(bytes, at + 28);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name.toLowerCase(), {
      name,
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      offset: u32(bytes, at + 42),
    });
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

/** The uncompressed bytes of `entry`, at most `limit` of them (more is an error). */
export async function readEntry(
  source: ByteSource,
  entry: ZipEntry,
  limit: number,
): Promise<Uint8Array> {
  const local = await source.read(entry.offset, entry.offset + 30);
  if (local.length < 30 || u32(local, 0) !== LOCAL_ENTRY) throw new Error('bad ZIP entry');
  const start = entry.offset + 30 + u16(local, 26) + u16(local, 28);
  const data = await source.read(start, start + entry.compressedSize);
  if (entry.method === STORED) {
    if (data.length > limit) throw new Error('ZIP entry too large');
    return data;
  }
  if (entry.method !== DEFLATED) throw new Error(`unsupported ZIP method ${entry.method}`);
  return inflate(data, limit);
}

/** Inflates raw deflate data through DecompressionStream, stopping past `limit` bytes. */
async function inflate(data: Uint8Array, limit: number): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > limit) {
      await reader.cancel();
      throw new Error('ZIP entry too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
