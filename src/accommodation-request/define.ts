// Registers <accommodation-request>; entry of dist/accommodation-request.js (through src/accommodation-request.ts).
import { defineElement } from '../define.js';
import { AccommodationRequest } from './accommodation-request.js';

defineElement('accommodation-request', AccommodationRequest);

declare global {
  interface HTMLElementTagNameMap {
    'accommodation-request': AccommodationRequest;
  }
}
