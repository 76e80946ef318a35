// Compound File Binary (OLE2) reading: the directory, and byte ranges of streams, in regular
// sectors or in the mini stream (ole2-sectors.ts follows the chains). Names compare
// case-insensitively, as MS-CFB 2.6.4 says and Word and POI do.
import type { ByteSource } from './byte-source.js';
import {
  END,
  MAX_REGULAR_SECTOR,
  nextSector,
  readChain,
  readRegular,
  readSector,
  type Next,
  type ReadUnit,
  type Sectors,
} from './ole2-sectors.js';
import { u16, u32 } from './sniff-bytes.js';

const HEADER_SIZE = 512;
const ENTRY_SIZE = 128;
/** 1,024 directory sectors hold 4,096+ entries: more is not a document. */
const MAX_DIRECTORY_SECTORS = 1024;

export const STORAGE = 1;
export const STREAM = 2;
const ROOT = 5;

export interface CfbEntry {
  name: string;
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

/** An opened compound file: its directory, and what reading a stream needs. */
export interface Compound extends Sectors {
  entries: CfbEntry[];
}

/** Opens the compound file whose first bytes are `header` (signature already checked); null
 * when the header is invalid or the directory cannot be read whole (a truncated file). */
export async function openCompound(
  source: ByteSource,
  header: Uint8Array,
): Promise<Compound | null> {
  if (header.length < HEADER_SIZE || u16(header, 0x1c) !== 0xfffe) return null;
  const shift = u16(header, 0x1e);
  // Version 3 uses 512-byte sectors, version 4 uses 4096; nothing else is valid.
  if (shift !== 9 && shift !== 12) return null;
  const file: Compound = { source, header, sectorSize: 1 << shift, entries: [], fat: new Map() };
  const seen = new Set<number>();
  for (let id = u32(header, 0x30); id < MAX_REGULAR_SECTOR; id = await nextSector(file, id)) {
    if (seen.has(id) || seen.size >= MAX_DIRECTORY_SECTORS) return null;
    seen.add(id);
    const sector = await readSector(file, id);
    if (sector.length < file.sectorSize) return null;
    for (let at = 0; at < sector.length; at += ENTRY_SIZE) file.entries.push(entryAt(sector, at));
  }
  return file.entries[0]?.type === ROOT ? file : null;
}

function entryAt(sector: Uint8Array, at: number): CfbEntry {
  const length = Math.min(u16(sector, at + 0x40), 64) / 2 - 1;
  let name = '';
  for (let i = 0; i < length; i++) name += String.fromCharCode(u16(sector, at + i * 2));
  return {
    name,
    type: sector[at + 0x42],
    left: u32(sector, at + 0x44),
    right: u32(sector, at + 0x48),
    child: u32(sector, at + 0x4c),
    start: u32(sector, at + 0x74),
    size: u32(sector, at + 0x78),
  };
}

/** The entries directly inside `parent` (default: the root storage), walking its sibling tree. */
export function childrenOf(file: Compound, parent = file.entries[0]): CfbEntry[] {
  const out: CfbEntry[] = [];
  const seen = new Set<number>();
  const stack = [parent.child];
  while (stack.length > 0) {
    const id = stack.pop() as number;
    const entry = file.entries[id];
    if (!entry || seen.has(id)) continue;
    seen.add(id);
    if (entry.type === STREAM || entry.type === STORAGE) out.push(entry);
    stack.push(entry.left, entry.right);
  }
  return out;
}

/** The entry called `name` among `entries`, compared case-insensitively. */
export function findEntry(entries: readonly CfbEntry[], name: string): CfbEntry | undefined {
  const wanted = name.toUpperCase();
  return entries.find((e) => e.name.toUpperCase() === wanted);
}

/** Bytes [offset, offset + length) of a stream (clamped to its size); null when its chain
 * breaks or the file ends first. Streams under the cutoff (4 KiB) live in the mini stream. */
export function readStream(
  file: Compound,
  entry: CfbEntry,
  offset: number,
  length: number,
): Promise<Uint8Array | null> {
  // A stream holds no more than the file does: a forged size must not size the buffer.
  const end = Math.min(offset + length, entry.size, file.source.size);
  if (entry.size >= u32(file.header, 0x38)) return readRegular(file, entry.start, offset, end);
  // The mini stream is the root entry's data; the mini FAT is a chain of regular sectors.
  const unit = 1 << u16(file.header, 0x20);
  const root = file.entries[0];
  const next: Next = async (id) => {
    const bytes = await readRegular(file, u32(file.header, 0x3c), id * 4, id * 4 + 4);
    return bytes?.length === 4 ? u32(bytes, 0) : END;
  };
  const unitAt: ReadUnit = async (id) =>
    (await readRegular(file, root.start, id * unit, Math.min((id + 1) * unit, root.size))) ??
    new Uint8Array(0);
  return readChain(entry.start, unit, next, unitAt, offset, end);
}
