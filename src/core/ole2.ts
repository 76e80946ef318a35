// OLE2 (Compound File Binary) stream lookup: reads the directory sectors named by the header and
// only the 4-byte FAT entries that link them, so cost is bounded whatever the file's size.
import type { ByteSource } from './byte-source.js';
import { u16, u32 } from './sniff-bytes.js';

const HEADER_SIZE = 512;
const ENTRY_SIZE = 128;
const STREAM = 2;
/** Sector ids at or above this are markers (free, end of chain, FAT, DIFAT), not sectors. */
const MAX_REGULAR_SECTOR = 0xfffffffa;
const END_OF_CHAIN = 0xfffffffe;
/** The header lists the first 109 FAT sectors; later ones are listed in DIFAT sectors. */
const HEADER_DIFAT = 109;
/** Bounds that keep a long or looping chain cheap: 64 sectors hold 256+ directory entries. */
const MAX_DIRECTORY_SECTORS = 64;
const MAX_DIFAT_HOPS = 64;

interface Compound {
  source: ByteSource;
  header: Uint8Array;
  sectorSize: number;
}

/** True when the compound file whose first bytes are `header` has a stream called `name` in
 * its directory. The caller has checked the signature; anything malformed gives false. */
export async function ole2HasStream(
  source: ByteSource,
  header: Uint8Array,
  name: string,
): Promise<boolean> {
  if (header.length < HEADER_SIZE) return false;
  const shift = u16(header, 0x1e);
  // Version 3 uses 512-byte sectors, version 4 uses 4096; nothing else is valid.
  if (shift !== 9 && shift !== 12) return false;
  const file: Compound = { source, header, sectorSize: 1 << shift };
  const seen = new Set<number>();
  let sector = u32(header, 0x30);
  while (sector < MAX_REGULAR_SECTOR && !seen.has(sector) && seen.size < MAX_DIRECTORY_SECTORS) {
    seen.add(sector);
    const entries = await readSector(file, sector, 0, file.sectorSize);
    if (entries.length < file.sectorSize) return false;
    if (hasStreamEntry(entries, name)) return true;
    sector = await nextSector(file, sector);
  }
  return false;
}

/** Bytes [from, to) of sector `id`; sector 0 starts right after the header's own sector. */
function readSector(file: Compound, id: number, from: number, to: number): Promise<Uint8Array> {
  const start = (id + 1) * file.sectorSize;
  return file.source.read(start + from, start + to);
}

/** The 32-bit value at byte `at` of sector `id`, or END_OF_CHAIN when it cannot be read. */
async function readId(file: Compound, id: number, at: number): Promise<number> {
  if (id >= MAX_REGULAR_SECTOR) return END_OF_CHAIN;
  const bytes = await readSector(file, id, at, at + 4);
  return bytes.length === 4 ? u32(bytes, 0) : END_OF_CHAIN;
}

/** Follows the FAT one step: the sector after `id` in its chain. */
async function nextSector(file: Compound, id: number): Promise<number> {
  const perSector = file.sectorSize / 4;
  const fatSector = await fatSectorId(file, Math.floor(id / perSector));
  return readId(file, fatSector, (id % perSector) * 4);
}

/** Where the `index`-th FAT sector lives: in the header, or down the DIFAT chain. */
async function fatSectorId(file: Compound, index: number): Promise<number> {
  if (index < HEADER_DIFAT) return u32(file.header, 0x4c + index * 4);
  // Each DIFAT sector lists (perSector - 1) FAT sectors; its last slot links to the next one.
  const perDifat = file.sectorSize / 4 - 1;
  let hops = Math.floor((index - HEADER_DIFAT) / perDifat);
  if (hops >= MAX_DIFAT_HOPS) return END_OF_CHAIN;
  let difat = u32(file.header, 0x44);
  for (; hops > 0; hops--) difat = await readId(file, difat, perDifat * 4);
  return readId(file, difat, ((index - HEADER_DIFAT) % perDifat) * 4);
}

/** True when one of the 128-byte entries in `sector` is a stream named `name`. Names are
 * UTF-16LE; the length field counts bytes including the terminating NUL. */
function hasStreamEntry(sector: Uint8Array, name: string): boolean {
  for (let at = 0; at + ENTRY_SIZE <= sector.length; at += ENTRY_SIZE) {
    if (sector[at + 0x42] !== STREAM || u16(sector, at + 0x40) !== (name.length + 1) * 2) continue;
    let same = true;
    for (let i = 0; same && i < name.length; i++) {
      same = u16(sector, at + i * 2) === name.charCodeAt(i);
    }
    if (same) return true;
  }
  return false;
}
