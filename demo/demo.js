// The job page's own script: sends the application, and logs what applykit tells the page.
// Text only: names and messages are never parsed as markup.
const log = document.getElementById('event-log');
const form = document.getElementById('application');
const status = document.getElementById('application-status');

function write(text) {
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString()} ${text}`;
  log.prepend(item);
}

const logged = {
  'file-accept': (d) => `${d.file.name} (${d.kind})`,
  'file-reject': (d) => `${d.reason}: ${d.message}`,
  'file-remove': (d) => d.file.name,
  'upload-start': (d) => d.file.name,
  'upload-success': (d) => `${d.file.name} stored as ${d.id}`,
  'upload-error': (d) =>
    `${d.status ?? 'network'}: ${d.message}${d.willRetry ? ' (retrying)' : ''}`,
  'upload-abort': (d) => d.file.name,
  // What was found in the resume, not what it says: the values are the candidate's.
  'resume-read': (d) => `${d.file.name}: found ${Object.keys(d.fields).join(', ') || 'nothing'}`,
  // The request's contents are sensitive: log that it happened, not what it says.
  'accommodation-submit': () => 'a request was submitted',
  'accommodation-sent': (d) => `stored, reference ${d.id ?? '(none)'}`,
  'accommodation-error': (d) => `${d.status ?? 'network'}: ${d.message}`,
};
for (const [type, describe] of Object.entries(logged)) {
  document.addEventListener(type, (e) => write(`${type}: ${describe(e.detail)}`));
}

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  status.textContent = 'Sending your application…';
  try {
    const res = await fetch(form.action, {
      method: 'POST',
      body: new URLSearchParams(new FormData(form)),
    });
    const reply = await res.json();
    // A refusal names each field to correct (`fields`); say those, not the summary.
    const corrections = Object.values(reply.fields ?? {}).join(' ');
    status.textContent = res.ok
      ? `Application sent. Your reference is ${reply.id}.`
      : `Your application could not be sent: ${corrections || reply.message}`;
    write(`application: ${res.status}`);
  } catch {
    status.textContent = 'Your application could not be sent. Check your connection and try again.';
  }
});
