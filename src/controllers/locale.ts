// The language an element speaks: its own `lang`, else the nearest ancestor's (across shadow
// roots), else the document's. English is built in; other tables load on first use, one chunk each.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AccommodationRequestStrings } from '../core/accommodation-strings.js';
import type { ResumeUploadStrings } from '../core/upload-strings.js';

/** One language's texts for every element, as each `locales/<lang>.ts` exports them. */
export interface LocaleTables {
  resumeUpload: ResumeUploadStrings;
  accommodationRequest: AccommodationRequestStrings;
}

// One explicit import() per language, so Rollup writes one chunk for each.
const loaders: Record<string, () => Promise<LocaleTables>> = {
  es: () => import('../locales/es.js'),
  de: () => import('../locales/de.js'),
  fr: () => import('../locales/fr.js'),
  ar: () => import('../locales/ar.js'),
};
// Tables already loaded, so later elements render in their language at once. (Concurrent
// import() calls of one module share one fetch: the module map dedupes them.)
const loaded: Record<string, LocaleTables> = {};

/**
 * The built-in language for `el`: the first `lang` on it, an ancestor (through shadow hosts) or
 * `<html>`, reduced to its language ("es-MX" → "es"); "en" when none is set or it is unknown.
 */
export function localeOf(el: Element): string {
  let n: Node | null = el;
  while (n && !(n as Element).getAttribute?.('lang'))
    n = n instanceof ShadowRoot ? n.host : n.parentNode;
  const lang = (n as Element | null)?.getAttribute('lang')?.toLowerCase().split(/[-_]/)[0] ?? '';
  return Object.hasOwn(loaders, lang) ? lang : 'en';
}

/**
 * Keeps `locale` and `tables` in step with the `lang` around the host, and re-renders it when
 * they change. Until another language's tables have loaded, `locale` stays "en" (English texts
 * with English numbers, never a mix).
 */
export class LocaleController implements ReactiveController {
  /** The language texts and every Intl call use now. */
  locale = 'en';
  /** The tables of `locale`; undefined for English. */
  tables?: LocaleTables;
  /** Settles when the tables last asked for are in (or failed to load: English stays). */
  ready: Promise<unknown> = Promise.resolve();
  #wanted = '';
  #observer?: MutationObserver;
  #merged?: { from: readonly unknown[]; table: unknown };

  constructor(readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // A MutationObserver does not see into shadow roots: watch each root up to the document.
    const observer = (this.#observer = new MutationObserver(() => this.#resolve()));
    let root = this.host.getRootNode();
    for (; root instanceof ShadowRoot; root = root.host.getRootNode())
      observer.observe(root, WATCH);
    observer.observe(document.documentElement, WATCH);
    this.#resolve();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  /** Resolves once the tables for the current `lang` are in, counting a change just made. */
  async settled(): Promise<void> {
    for (let p; p !== this.ready;) await (p = this.ready);
  }

  /**
   * The texts in use: `english`, then this language's table under `key`, then the host's
   * `overrides`; merged again only when one of them changes. `english` may be the part of the
   * table an element needs up front (see upload-ui-strings.ts).
   */
  strings<K extends keyof LocaleTables, E extends Partial<LocaleTables[K]>>(
    key: K,
    english: E,
    overrides?: Partial<LocaleTables[K]>,
  ): E & Partial<LocaleTables[K]> {
    const from = [this.tables, overrides];
    if (!this.#merged || from.some((x, i) => x !== this.#merged!.from[i])) {
      this.#merged = { from, table: { ...english, ...this.tables?.[key], ...overrides } };
    }
    return this.#merged.table as E & Partial<LocaleTables[K]>;
  }

  #resolve(): void {
    const wanted = localeOf(this.host);
    if (wanted === this.#wanted) return;
    this.#wanted = wanted;
    const apply = (tables?: LocaleTables) => {
      if (this.#wanted !== wanted) return;
      this.locale = tables ? wanted : 'en';
      this.tables = tables;
      this.host.requestUpdate();
    };
    if (wanted === 'en' || loaded[wanted]) apply(loaded[wanted]);
    // Offline, the chunk fails to load: the element stays in English.
    else
      this.ready = loaders[wanted]().then(
        (t) => apply((loaded[wanted] = t)),
        () => apply(),
      );
  }
}

const WATCH: MutationObserverInit = { attributeFilter: ['lang'], subtree: true };
