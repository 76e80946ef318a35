// The sector layer of a compound file (MS-CFB): reading a sector, following the FAT (each FAT
// sector read once, then cached), and reading a byte range down a chain of sectors, with caps
// so a looping or bogus chain stays cheap.
import type { ByteSource } from './byte-source.js';
import { u32 } from './sniff-bytes.js';

/** Sector ids at or above this are markers (free, end of chain, FAT, DIFAT), not sectors. */
export const MAX_REGULAR_SECTOR = 0xfffffffa;
export const END = 0xfffffffe;
const HEADER_DIFAT = 109;
const MAX_DIFAT_HOPS = 64;
/** No chain is followed further than this many sectors. */
const MAX_CHAIN = 1 << 16;

/** What reading sectors needs: the source, its 512-byte header, and a cache of FAT sectors. */
export interface Sectors {
  source: ByteSource;
  header: Uint8Array;
  sectorSize: number;
  fat: Map<number, Promise<Uint8Array>>;
}

export type Next = (id: number) => Promise<number>;
export type ReadUnit = (id: number) => Promise<Uint8Array>;

/** Reads [from, to) of the chain of `unit`-byte sectors that starts at `start`. */
export async function readChain(
  start: number,
  unit: number,
  next: Next,
  readUnit: ReadUnit,
  from: number,
  to: number,
): Promise<Uint8Array | null> {
  const out = new Uint8Array(Math.max(0, to - from));
  let id = start;
  for (let i = 0, at = 0; at < to; i++, at += unit) {
    if (id >= MAX_REGULAR_SECTOR || i >= MAX_CHAIN) return null;
    if (at + unit > from) {
      const bytes = await readUnit(id);
      const lo = Math.max(from, at);
      const hi = Math.min(to, at + unit);
      if (bytes.length < hi - at) return null;
      out.set(bytes.subarray(lo - at, hi - at), lo - from);
    }
    if (at + unit < to) id = await next(id);
  }
  return out;
}

export function readSector(file: Sectors, id: number): Promise<Uint8Array> {
  const start = (id + 1) * file.sectorSize;
  return file.source.read(start, start + file.sectorSize);
}

/** Follows the FAT one step, reading each FAT sector once. */
export function nextSector(file: Sectors, id: number): Promise<number> {
  const perSector = file.sectorSize / 4;
  const index = Math.floor(id / perSector);
  let fat = file.fat.get(index);
  if (!fat) {
    fat = fatSectorId(file, index).then((at) =>
      at < MAX_REGULAR_SECTOR ? readSector(file, at) : new Uint8Array(0),
    );
    file.fat.set(index, fat);
  }
  return fat.then((bytes) =>
    bytes.length === file.sectorSize ? u32(bytes, (id % perSector) * 4) : END,
  );
}

/** Where the `index`-th FAT sector lives: in the header, or down the DIFAT chain. */
async function fatSectorId(file: Sectors, index: number): Promise<number> {
  if (index < HEADER_DIFAT) return u32(file.header, 0x4c + index * 4);
  // Each DIFAT sector lists (perSector - 1) FAT sectors; its last slot links to the next one.
  const perDifat = file.sectorSize / 4 - 1;
  let hops = Math.floor((index - HEADER_DIFAT) / perDifat);
  if (hops >= MAX_DIFAT_HOPS) return END;
  const idAt = async (sector: number, at: number): Promise<number> => {
    if (sector >= MAX_REGULAR_SECTOR) return END;
    const start = (sector + 1) * file.sectorSize + at;
    const bytes = await file.source.read(start, start + 4);
    return bytes.length === 4 ? u32(bytes, 0) : END;
  };
  let difat = u32(file.header, 0x44);
  for (; hops > 0; hops--) difat = await idAt(difat, perDifat * 4);
  return idAt(difat, ((index - HEADER_DIFAT) % perDifat) * 4);
}

/** Bytes [from, to) of the chain of regular sectors that starts at `start`. */
export function readRegular(
  file: Sectors,
  start: number,
  from: number,
  to: number,
): Promise<Uint8Array | null> {
  const next: Next = (id) => nextSector(file, id);
  return readChain(start, file.sectorSize, next, (id) => readSector(file, id), from, to);
}
