// A multipart/form-data body built as one Blob: the same bytes a FormData would send, but a
// Blob of [head, file, tail] streams straight from the file. Chromium sends it about 10% faster
// than a FormData holding the same File (measured by `npm run bench`).

/** Escapes a name the way browsers do in Content-Disposition (WHATWG HTML, multipart/form-data). */
function quoted(name: string): string {
  return name
    .replace(/\r\n?|\n/g, '\r\n')
    .replace(/\n/g, '%0A')
    .replace(/\r/g, '%0D')
    .replace(/"/g, '%22');
}

function randomBoundary(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `----applykit${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * A multipart/form-data body: `fields` first (as S3 presigned POST needs), then the file under
 * `fileField` with its name and type. Returns the body and its Content-Type with the boundary.
 */
export function multipartBody(
  fields: Record<string, string>,
  fileField: string,
  file: Blob & { name: string },
  boundary = randomBoundary(),
): { body: Blob; type: string } {
  const parts: (string | Blob)[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      `--${boundary}\r\nContent-Disposition: form-data; name="${quoted(name)}"\r\n\r\n${value}\r\n`,
    );
  }
  parts.push(
    `--${boundary}\r\nContent-Disposition: form-data; name="${quoted(fileField)}"; filename="${quoted(file.name)}"\r\n`,
    `Content-Type: ${file.type || 'application/octet-stream'}\r\n\r\n`,
    file,
    `\r\n--${boundary}--\r\n`,
  );
  return { body: new Blob(parts), type: `multipart/form-data; boundary=${boundary}` };
}
