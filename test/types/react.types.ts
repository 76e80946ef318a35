// Compile-only (checked by `tsc -p tsconfig.json`, imported by no test): the React components'
// props are typed from the elements, and each event prop receives the element's typed event.
import * as React from 'react';
import { AccommodationRequest, ResumeUpload } from '../../src/react.js';
import type {
  AccommodationSubmitDetail,
  FileKind,
  RejectReason,
  ResumeUpload as ResumeUploadElement,
  UploadErrorEvent,
} from '../../src/index.js';

const upload = React.createElement(ResumeUpload, {
  name: 'cv',
  multiple: true,
  maxFiles: 3,
  accept: '.pdf,.docx',
  onFileAccept: (e) => {
    const k: FileKind = e.detail.kind;
    const f: File = e.detail.file;
    return [k, f];
  },
  onFileReject: (e) => {
    const reason: RejectReason = e.detail.reason;
    return reason;
  },
  onFileRemove: (e) => e.detail.file.name,
  onChange: (e: Event) => e.type,
  onUploadStart: (e) => e.detail.file,
  onUploadProgress: (e) => e.detail.loaded / e.detail.total,
  onUploadSuccess: (e) => e.detail.id,
  onUploadError: (e: UploadErrorEvent) => e.detail.willRetry,
  onUploadAbort: (e) => e.detail.file,
  ref: (el: ResumeUploadElement | null) => el?.clear(),
});

const request = React.createElement(AccommodationRequest, {
  endpoint: '/accommodations',
  company: 'Acme',
  onAccommodationSubmit: (e) => {
    const detail: AccommodationSubmitDetail = e.detail;
    e.preventDefault();
    return detail.email;
  },
  onAccommodationSent: (e) => e.detail.status,
  onAccommodationError: (e) => e.detail.message,
});

// @ts-expect-error maxFiles is a number
const wrongProp = React.createElement(ResumeUpload, { maxFiles: 'three' });
// @ts-expect-error the detail has no `size`
const wrongDetail = React.createElement(ResumeUpload, { onFileAccept: (e) => e.detail.size });
// @ts-expect-error <accommodation-request> has no file events
const wrongEvent = React.createElement(AccommodationRequest, { onFileAccept: () => {} });

export { upload, request, wrongProp, wrongDetail, wrongEvent };
