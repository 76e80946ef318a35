// PDF through pdf.js (issue #9's loader). Placeholder until that lands.
import type { Extracted } from './extracted.js';

export async function readPdf(bytes: Uint8Array): Promise<Extracted> {
  void bytes;
  throw new Error('PDF reading is not wired yet');
}
