// What assistive technology receives, as text: Chromium's accessibility tree (CDP
// Accessibility.getFullAXTree, through test/helpers/wtr-evidence.mjs) read after each step of a
// keyboard walk — the focused object (role, name, description, states) and what each live region
// says — written as a transcript that is kept, reviewed, under docs/a11y-transcripts/.
import { executeServerCommand } from '@web/test-runner-commands';
import { elements } from './measure.js';

/** One node of the accessibility tree, as the plugin returns it. */
export interface AXNode {
  id: string;
  parent?: string;
  children: string[];
  ignored: boolean;
  role: string;
  name: string;
  description: string;
  value?: string | number;
  properties: Record<string, unknown>;
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** The accessibility tree of the page now, by node id. */
export async function axTree(): Promise<Map<string, AXNode>> {
  await frame();
  const nodes = await executeServerCommand<AXNode[], undefined>('ax-tree');
  return new Map(nodes.map((n) => [n.id, n]));
}

/** The states a screen reader announces with a control, in words. */
function states(n: AXNode): string[] {
  const p = n.properties;
  const out: string[] = [];
  if (p.checked !== undefined)
    out.push(p.checked === 'true' ? 'checked' : p.checked === 'mixed' ? 'mixed' : 'not checked');
  if (typeof p.level === 'number') out.push(`level ${p.level}`);
  if (p.required) out.push('required');
  if (p.invalid !== undefined && p.invalid !== 'false') out.push('invalid');
  if (p.disabled) out.push('disabled');
  if (p.expanded !== undefined) out.push(p.expanded ? 'expanded' : 'collapsed');
  if (n.role === 'progressbar' && n.value !== undefined) out.push(`value ${String(n.value)}`);
  return out;
}

/** `role "name" (states)` and, on the next line, the description. */
export function spoken(n: AXNode): string {
  const st = states(n);
  let s = `${n.role} "${clean(n.name)}"${st.length ? ` (${st.join(', ')})` : ''}`;
  if (n.description) s += `\n    description: "${clean(n.description)}"`;
  return s;
}

/** The text under a node: its static texts, in order. */
function textUnder(tree: Map<string, AXNode>, id: string): string {
  const n = tree.get(id);
  if (!n) return '';
  if (n.role === 'StaticText') return n.name;
  return n.children.map((c) => textUnder(tree, c)).join(' ');
}

/** Every live region root (polite or assertive) with what it says now, in tree order. */
function liveRegions(tree: Map<string, AXNode>): { label: string; text: string }[] {
  const isLive = (n?: AXNode) =>
    n?.properties.live === 'polite' || n?.properties.live === 'assertive';
  const out: { label: string; text: string }[] = [];
  for (const n of tree.values()) {
    if (n.ignored || !isLive(n) || isLive(tree.get(n.parent ?? ''))) continue;
    const kind = n.role === 'generic' ? 'region' : n.role;
    out.push({ label: `${String(n.properties.live)} ${kind}`, text: clean(textUnder(tree, n.id)) });
  }
  return out;
}

/** The focused object (the page itself when nothing in it has focus). */
function focused(tree: Map<string, AXNode>): string {
  const all = [...tree.values()].filter((n) => n.properties.focused && !n.ignored);
  const node = all.find((n) => n.role !== 'RootWebArea') ?? all[0];
  return node ? spoken(node) : 'nothing';
}

const LIVE = '[aria-live], [role=status], [role=alert]';

/** Whether a DOM change happened in, or added, a live region. */
function touchesLiveRegion(r: MutationRecord): boolean {
  const at = r.target instanceof Element ? r.target : r.target.parentElement;
  if (at?.closest(LIVE)) return true;
  return [...r.addedNodes].some(
    (n) => n instanceof Element && (n.matches(LIVE) || !!n.querySelector(LIVE)),
  );
}

/** A keyboard walk written down: each step, then what changed for a screen-reader user. */
export class Transcript {
  readonly #lines: string[];
  #focus = '';
  #said = new Map<string, string>();

  constructor(title: string, page: string) {
    this.#lines = [`# ${title}`, '', `Page: ${page}`, ''];
  }

  /** Does `act`, then notes the new focus (if it moved or changed) and, in order, every text a
   * live region took meanwhile: the tree is read again each time a live region changes. */
  async step(what: string, act: () => Promise<unknown>): Promise<void> {
    const trees: Promise<Map<string, AXNode>>[] = [];
    const observer = new MutationObserver((records) => {
      if (records.some(touchesLiveRegion)) trees.push(axTree());
    });
    const roots = [document.body, ...elements(document.body).flatMap((e) => e.shadowRoot ?? [])];
    for (const root of roots)
      observer.observe(root, { subtree: true, childList: true, characterData: true });
    await act();
    observer.disconnect();
    const all = [...(await Promise.all(trees)), await axTree()];
    this.#lines.push(what);
    const focus = focused(all.at(-1)!);
    if (focus !== this.#focus) this.#lines.push(`  focus: ${focus}`);
    this.#focus = focus;
    for (const tree of all) this.#news(tree);
  }

  /** Each live region whose text changed since it was last noted. */
  #news(tree: Map<string, AXNode>): void {
    const seen = new Map<string, number>();
    for (const { label, text } of liveRegions(tree)) {
      const nth = (seen.get(label) ?? 0) + 1;
      seen.set(label, nth);
      const key = `${label} ${nth}`;
      if (text && this.#said.get(key) !== text) this.#lines.push(`  ${label} says: "${text}"`);
      this.#said.set(key, text);
    }
  }

  get text(): string {
    return `${this.#lines.join('\n')}\n`;
  }

  /** The reviewed transcript docs/a11y-transcripts/<name>.txt (written instead, with
   * UPDATE_TRANSCRIPTS=1); null when there is none yet. */
  async stored(name: string): Promise<string | null> {
    return executeServerCommand<string | null, object>('transcript', { name, text: this.text });
  }
}
