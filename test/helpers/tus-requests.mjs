// The tus 1.0 requests a tus client sends (creation, HEAD, PATCH, termination), as plain
// fetch calls, so a test can stop between any two and send the next one elsewhere.
// Node tests only.
const TUS = { 'Tus-Resumable': '1.0.0' };
const b64 = (text) => Buffer.from(text).toString('base64');

/** POST to `endpoint` creating an upload of `length` bytes named `name` of type `type`. */
export function create(endpoint, name, type, length) {
  const metadata = `filename ${b64(name)},filetype ${b64(type)}`;
  const headers = { ...TUS, 'Upload-Length': String(length), 'Upload-Metadata': metadata };
  return fetch(endpoint, { method: 'POST', headers });
}

/** Creates an upload; resolves with its id (the last segment of the Location it is given). */
export async function createUpload(endpoint, name, type, length) {
  const res = await create(endpoint, name, type, length);
  if (res.status !== 201) throw new Error(`creation answered ${res.status}: ${await res.text()}`);
  return new URL(res.headers.get('location'), endpoint).pathname.split('/').pop();
}

/** PATCH `chunk` at `offset` to upload `id` of `endpoint`. */
export function patch(endpoint, id, offset, chunk) {
  const headers = {
    ...TUS,
    'Upload-Offset': String(offset),
    'Content-Type': 'application/offset+octet-stream',
  };
  return fetch(`${endpoint}/${id}`, { method: 'PATCH', headers, body: chunk });
}

/** HEAD of upload `id`: `{ status, offset }` (offset null when not given). */
export async function head(endpoint, id) {
  const res = await fetch(`${endpoint}/${id}`, { method: 'HEAD', headers: TUS });
  const offset = res.headers.get('upload-offset');
  return { status: res.status, offset: offset === null ? null : Number(offset) };
}

/** DELETE (tus termination) of upload `id`. */
export function terminate(endpoint, id) {
  return fetch(`${endpoint}/${id}`, { method: 'DELETE', headers: TUS });
}
