// Registers <resume-upload>; the entry of dist/resume-upload.js.
import { defineElement } from '../define.js';
import { ResumeUpload } from './resume-upload.js';

defineElement('resume-upload', ResumeUpload);

declare global {
  interface HTMLElementTagNameMap {
    'resume-upload': ResumeUpload;
  }
}
