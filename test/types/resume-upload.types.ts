// Compile-only (checked by `tsc -p tsconfig.json` in `npm test`, imported by no test): the
// public types a host page relies on. A wrong type here fails the type-check.
import type {
  FileAcceptEvent,
  FileKind,
  FileRejectEvent,
  FileRemoveEvent,
  FileWarning,
  RejectReason,
  ResumeUpload,
  ResumeUploadEventMap,
  ResumeUploadStrings,
  ResumeReadEvent,
  ResumeFields,
  WarningCode,
} from '../../src/index.js';

declare const el: ResumeUpload;

// The tag map: querySelector and createElement know the class.
const found: ResumeUpload | null = document.querySelector('resume-upload');
const made: ResumeUpload = document.createElement('resume-upload');

// Events are typed on the element and on document (they bubble and are composed).
el.addEventListener('file-accept', (e) => {
  const kind: FileKind = e.detail.kind;
  const file: File = e.detail.file;
  const typed: FileAcceptEvent = e;
  const warnings: FileWarning[] = e.detail.warnings;
  const code: WarningCode | undefined = warnings[0]?.code;
  return [kind, file, typed, code, warnings[0]?.message];
});
document.addEventListener('file-reject', (e) => {
  const reason: RejectReason = e.detail.reason;
  const message: string = e.detail.message;
  const typed: FileRejectEvent = e;
  const refused: WarningCode | undefined = e.detail.warning;
  return [reason, message, typed, refused];
});
el.addEventListener('file-remove', (e: FileRemoveEvent) => e.detail.file.name);
el.addEventListener('change', (e: Event) => e.type);

// The reasons and kinds are closed unions.
const reasons: RejectReason[] = [
  'type',
  'content',
  'protected',
  'damaged',
  'size',
  'empty',
  'count',
];
const codes: WarningCode[] = [
  'macros',
  'legacy',
  'restricted',
  'encoding',
  'damaged',
  'format',
  'scripts',
  'embedded',
];
// @ts-expect-error not a warning
const wrongCode: WarningCode = 'virus';
const kinds: FileKind[] = ['pdf', 'docx', 'doc', 'rtf', 'txt', 'other'];
// @ts-expect-error not a reject reason
const wrongReason: RejectReason = 'virus';

// Properties and methods.
const files: readonly File[] = el.files;
// @ts-expect-error files is read-only
el.files = [];
const size: number = el.maxSize;
el.refuse = 'macros legacy';
const valid: boolean = el.checkValidity() && el.reportValidity();
const form: HTMLFormElement | null = el.form;
const state: ValidityState = el.validity;
el.removeFile(new File([], 'x'));
el.clear();
el.browse();
const strings: Partial<ResumeUploadStrings> = { required: 'Add your CV.' };
el.strings = strings;

// The event map names every event.
type Names = keyof ResumeUploadEventMap;
const names: Names[] = ['file-accept', 'file-reject', 'file-remove', 'resume-read'];

export {
  found,
  made,
  reasons,
  codes,
  wrongCode,
  kinds,
  wrongReason,
  files,
  size,
  valid,
  form,
  state,
  names,
};

// autofill: a boolean property, and the cancelable resume-read event with what was read.
el.autofill = true;
el.addEventListener('resume-read', (e) => {
  const typed: ResumeReadEvent = e;
  const name: string | undefined = e.detail.fields.name;
  const phone: string | undefined = e.detail.fields.phone?.e164;
  const links: string[] | undefined = e.detail.fields.links;
  const text: string = e.detail.text;
  e.preventDefault();
  return [typed, name, phone, links, text];
});
const fields: ResumeFields = { email: 'ada@example.com', phone: { text: '020 7946 0958' } };
// @ts-expect-error a phone is an object with the number as written
const badFields: ResumeFields = { phone: '020 7946 0958' };

export { fields, badFields };
