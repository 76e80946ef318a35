// applykit/react: React components for the elements, with typed event props (`onFileAccept`, …).
// The event props are derived from each element's event map, so a new event cannot be forgotten.
// The default import is React's `module.exports` everywhere (Node, bundlers, dev servers that
// convert CommonJS file by file), where `import * as` can come out without the named exports.
import React from 'react';
import { createComponent, type EventName } from '@lit/react';
import './resume-upload/define.js';
import './accommodation-request/define.js';
import {
  AccommodationRequest as AccommodationRequestElement,
  ResumeUpload as ResumeUploadElement,
} from './classes.js';
import type { ResumeUploadEventMap } from './resume-upload/events.js';
import type { AccommodationRequestEventMap } from './accommodation-request/events.js';

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<Camel<Tail>>}`
  : S;

/** `'file-accept'` → `'onFileAccept'`. */
type PropName<K extends string> = `on${Capitalize<Camel<K>>}`;

/** An interface like `ResumeUploadEventMap`: event name → event type. */
type EventMap<M> = { [K in keyof M]: Event };

/** `{ onFileAccept: EventName<FileAcceptEvent>, … }` for every event of an element's map. */
type EventProps<M extends EventMap<M>> = {
  [K in keyof M & string as PropName<K>]: EventName<M[K]>;
};

/**
 * The `events` option of `createComponent` for an event map. `names` must list exactly the
 * map's keys (a missing or extra one is a compile error), so the props follow the map.
 */
function eventProps<M extends EventMap<M>>(names: {
  [K in keyof M & string]: true;
}): EventProps<M> {
  const props: Record<string, string> = {};
  for (const name of Object.keys(names)) {
    props[`on${name.replace(/(?:^|-)(\w)/g, (_, c: string) => c.toUpperCase())}`] = name;
  }
  return props as EventProps<M>;
}

/**
 * `<resume-upload>` as a React component. Props set the element's properties (`multiple`,
 * `maxFiles`, `accept`, …); `onFileAccept`, `onFileReject`, `onFileRemove`, `onUploadStart`,
 * `onUploadProgress`, `onUploadSuccess`, `onUploadError`, `onUploadAbort` receive the typed
 * events, and `onChange` the plain `change` event.
 */
export const ResumeUpload = createComponent({
  tagName: 'resume-upload',
  elementClass: ResumeUploadElement,
  react: React,
  displayName: 'ResumeUpload',
  events: {
    ...eventProps<ResumeUploadEventMap>({
      'file-accept': true,
      'file-reject': true,
      'file-remove': true,
      'upload-start': true,
      'upload-progress': true,
      'upload-success': true,
      'upload-error': true,
      'upload-abort': true,
      'resume-read': true,
    }),
    onChange: 'change' as EventName<Event>,
  },
});

/**
 * `<accommodation-request>` as a React component. `onAccommodationSubmit` receives the
 * cancelable submit event (`preventDefault()` means the host sends the request);
 * `onAccommodationSent` and `onAccommodationError` report the outcome of sending to `endpoint`.
 */
export const AccommodationRequest = createComponent({
  tagName: 'accommodation-request',
  elementClass: AccommodationRequestElement,
  react: React,
  displayName: 'AccommodationRequest',
  events: eventProps<AccommodationRequestEventMap>({
    'accommodation-submit': true,
    'accommodation-sent': true,
    'accommodation-error': true,
  }),
});
