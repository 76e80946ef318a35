// Little-endian readers shared by the ZIP and OLE2 parsers. Callers check lengths first; an
// index past the end reads as 0 instead of throwing, so a slip can only fail a match.

/** The unsigned 16-bit little-endian value at `at`. */
export function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

/** The unsigned 32-bit little-endian value at `at`. */
export function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;
}

/** The unsigned 64-bit little-endian value at `at`; above 2^53 it loses precision, which is
 * harmless here because such an offset is past the end of any real file and is rejected. */
export function u64(bytes: Uint8Array, at: number): number {
  return u32(bytes, at) + u32(bytes, at + 4) * 0x1_0000_0000;
}

/** True when `bytes` holds `magic` at `at` (default 0). */
export function startsWith(bytes: Uint8Array, magic: ArrayLike<number>, at = 0): boolean {
  if (at + magic.length > bytes.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[at + i] !== magic[i]) return false;
  return true;
}

/** The bytes of a Latin-1 string literal, so magic numbers can be written as '\x7FELF'. */
export function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}
