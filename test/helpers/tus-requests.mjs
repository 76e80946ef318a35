// The tus 1.0 requests a tus client sends (creation, HEAD, PATCH, termination), as plain
// fetch calls, so a test can stop between any two and send the next one elsewhere. An upload is
// named by its URL (`…Url` functions) or by its endpoint and id. Node tests only.
const TUS = { 'Tus-Resumable': '1.0.0' };
const b64 = (text) => Buffer.from(text).toString('base64');

/**
 * POST to `endpoint` creating an upload of `length` bytes named `name` of type `type`;
 * `metadata` replaces the Upload-Metadata header those make.
 */
export function create(
  endpoint,
  name,
  type,
  length,
  metadata = `filename ${b64(name)},filetype ${b64(type)}`,
) {
  const headers = { ...TUS, 'Upload-Length': String(length), 'Upload-Metadata': metadata };
  return fetch(endpoint, { method: 'POST', headers });
}

/** Creates an upload; resolves with its absolute URL (the Location it is given). */
export async function createUploadUrl(endpoint, name, type, length) {
  const res = await create(endpoint, name, type, length);
  if (res.status !== 201) throw new Error(`creation answered ${res.status}: ${await res.text()}`);
  return new URL(res.headers.get('location'), endpoint).href;
}

/** Creates an upload; resolves with its id (the last segment of the Location it is given). */
export async function createUpload(endpoint, name, type, length) {
  const url = await createUploadUrl(endpoint, name, type, length);
  return new URL(url).pathname.split('/').pop();
}

/** PATCH `chunk` at `offset` to the upload at `url`. */
export function patchUrl(url, offset, chunk) {
  const headers = {
    ...TUS,
    'Upload-Offset': String(offset),
    'Content-Type': 'application/offset+octet-stream',
  };
  return fetch(url, { method: 'PATCH', headers, body: chunk });
}

/** PATCH `chunk` at `offset` to upload `id` of `endpoint`. */
export function patch(endpoint, id, offset, chunk) {
  return patchUrl(`${endpoint}/${id}`, offset, chunk);
}

/** HEAD of the upload at `url`: `{ status, offset }` (offset null when not given). */
export async function headUrl(url) {
  const res = await fetch(url, { method: 'HEAD', headers: TUS });
  const offset = res.headers.get('upload-offset');
  return { status: res.status, offset: offset === null ? null : Number(offset) };
}

/** HEAD of upload `id` of `endpoint`: `{ status, offset }` (offset null when not given). */
export function head(endpoint, id) {
  return headUrl(`${endpoint}/${id}`);
}

/** DELETE (tus termination) of upload `id`. */
export function terminate(endpoint, id) {
  return fetch(`${endpoint}/${id}`, { method: 'DELETE', headers: TUS });
}
