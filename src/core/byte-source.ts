// Random-access readers over a file's bytes: the sniffers ask for ranges (a head, a tail, a
// directory), never the whole file, so a check costs the same for 10 KB and 100 MB.

/** Random-access reader: the sniffer never asks for the whole file. */
export interface ByteSource {
  readonly size: number;
  /** Bytes [start, end) — end is clamped to size by the implementation. */
  read(start: number, end: number): Promise<Uint8Array>;
}

/** A source over a Blob or File; reads through `slice()`, so only the asked-for bytes load. */
export function blobSource(blob: Blob): ByteSource {
  return {
    size: blob.size,
    read: async (start, end) => {
      const slice = blob.slice(Math.max(0, start), Math.min(end, blob.size));
      return new Uint8Array(await slice.arrayBuffer());
    },
  };
}

/** A source over bytes already in memory (tests, servers holding an upload buffer). */
export function bytesSource(bytes: Uint8Array): ByteSource {
  return {
    size: bytes.length,
    read: async (start, end) => bytes.subarray(Math.max(0, start), Math.min(end, bytes.length)),
  };
}
