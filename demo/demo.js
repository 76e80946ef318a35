// Logs what applykit tells the host page. Text only: names are never parsed as markup.
const log = document.getElementById('event-log');
const form = document.getElementById('application');

function write(text) {
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString()} ${text}`;
  log.prepend(item);
}

document.addEventListener('file-accept', (e) => write(`file-accept: ${e.detail.file.name} (${e.detail.kind})`));
document.addEventListener('file-reject', (e) => write(`file-reject: ${e.detail.reason}: ${e.detail.message}`));
document.addEventListener('file-remove', (e) => write(`file-remove: ${e.detail.file.name}`));
document.addEventListener('change', (e) => {
  if (e.target.localName === 'resume-upload') write(`change: ${e.target.files.length} file(s)`);
});

form.addEventListener('submit', (e) => {
  e.preventDefault();
  const data = new FormData(form);
  const files = data.getAll('resume').map((f) => f.name);
  write(`submit: would send ${[...data.keys()].length} fields, resume: ${files.join(', ') || 'none'}`);
});
