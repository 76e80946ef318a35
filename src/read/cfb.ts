// Compound File Binary (OLE2), the container of .doc files: the FAT and mini FAT chains that
// hold a named stream. The whole file is in memory (the caller caps its size); every chain is
// bounded by the number of sectors, so a looping or lying file ends quickly.
import { u16, u32 } from '../core/sniff-bytes.js';

const END = 0xfffffffa; // ids at or above are markers (free, end of chain, FAT, DIFAT)
const STREAM = 2;

export interface Compound {
  /** The bytes of the stream called `name`, or null when there is none. */
  stream(name: string): Uint8Array | null;
}

/** Opens a compound file; throws when its header or directory cannot be read. */
export function openCompound(bytes: Uint8Array): Compound {
  const shift = u16(bytes, 0x1e);
  if (shift !== 9 && shift !== 12) throw new Error('not a compound file');
  const size = 1 << shift;
  const count = Math.ceil(bytes.length / size);
  const sector = (id: number) => bytes.subarray((id + 1) * size, (id + 2) * size);
  const fat = ids(fatSectors(bytes, size, count).map(sector));
  const chain = (start: number, next: Uint32Array, max: number) => {
    const out: number[] = [];
    for (let id = start; id < END && id < next.length && out.length < max; id = next[id]) {
      out.push(id);
    }
    return out;
  };
  const concat = (list: number[]) => join(list.map(sector));
  const directory = concat(chain(u32(bytes, 0x30), fat, count));
  const root = entry(directory, 0);
  const mini = concat(chain(root.start, fat, count));
  const miniFat = ids([concat(chain(u32(bytes, 0x3c), fat, count))]);
  const cutoff = u32(bytes, 0x38) || 4096;
  const top = rootChildren(directory);
  return {
    stream(name) {
      for (const at of top) {
        const e = entry(directory, at);
        if (e.type !== STREAM || e.name !== name) continue;
        if (e.size >= cutoff) return concat(chain(e.start, fat, count)).subarray(0, e.size);
        const parts = chain(e.start, miniFat, mini.length / 64).map((id) =>
          mini.subarray(id * 64, id * 64 + 64),
        );
        return join(parts).subarray(0, e.size);
      }
      return null;
    },
  };
}

/** Byte offsets of the root storage's own entries: its child, then that entry's left and right
 * siblings (a tree), so streams of embedded objects (ObjectPool/…/WordDocument) are not taken. */
function rootChildren(dir: Uint8Array): number[] {
  const out: number[] = [];
  const seen = new Set<number>();
  const stack = [u32(dir, 0x4c)];
  while (stack.length) {
    const id = stack.pop()!;
    if (id >= END || seen.has(id) || (id + 1) * 128 > dir.length) continue;
    seen.add(id);
    out.push(id * 128);
    stack.push(u32(dir, id * 128 + 0x44), u32(dir, id * 128 + 0x48));
  }
  return out;
}

/** The FAT's sector ids: 109 in the header, the rest down the DIFAT chain. */
function fatSectors(bytes: Uint8Array, size: number, count: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < 109; i++) out.push(u32(bytes, 0x4c + i * 4));
  const perDifat = size / 4 - 1;
  let difat = u32(bytes, 0x44);
  for (let hops = 0; difat < END && hops < count; hops++) {
    const at = (difat + 1) * size;
    for (let i = 0; i < perDifat; i++) out.push(u32(bytes, at + i * 4));
    difat = u32(bytes, at + perDifat * 4);
  }
  return out.filter((id) => id < END && id < count).slice(0, u32(bytes, 0x2c));
}

/** The 32-bit little-endian entries of the given sectors, as one array. */
function ids(sectors: Uint8Array[]): Uint32Array {
  const bytes = join(sectors);
  const out = new Uint32Array(bytes.length >> 2);
  for (let i = 0; i < out.length; i++) out[i] = u32(bytes, i * 4);
  return out;
}

function join(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The directory entry at byte `at`: UTF-16LE name, type, first sector, size. */
function entry(dir: Uint8Array, at: number) {
  const nameBytes = Math.min(64, Math.max(0, u16(dir, at + 0x40) - 2));
  let name = '';
  for (let i = 0; i < nameBytes; i += 2) name += String.fromCharCode(u16(dir, at + i));
  return { name, type: dir[at + 0x42], start: u32(dir, at + 0x74), size: u32(dir, at + 0x78) };
}
