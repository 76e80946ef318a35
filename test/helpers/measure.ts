// Measurements an auditor makes by eye, done in the browser: text that sticks out of a column,
// words broken across lines, boxes that overlap, colours and their contrast, and WCAG 1.4.12's
// text-spacing overrides applied to the page and inside every shadow root.

/** Every text node under `root`, shadow roots included (flat, in tree order). */
export function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) out.push(n as Text);
    if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
    for (const c of n.childNodes) walk(c);
  };
  walk(root);
  return out;
}

/** Every element under `root`, shadow roots included. */
export function elements(root: Node): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    if (n instanceof Element) out.push(n);
    if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
    for (const c of n.childNodes) walk(c);
  };
  walk(root);
  return out;
}

/** Whether `n` is laid out and not visually hidden (clipped 1 px live regions, hidden inputs). */
function shown(n: Element): boolean {
  for (
    let e: Element | null = n;
    e;
    e = e.parentElement ?? (e.getRootNode() as ShadowRoot).host ?? null
  ) {
    const cs = getComputedStyle(e);
    if (cs.clipPath === 'inset(50%)' || cs.display === 'none' || cs.visibility === 'hidden')
      return false;
  }
  return n.getClientRects().length > 0;
}

/** The texts under `root` whose rendered lines stick out past `left + width` (or before `left`). */
export function textOutside(root: Element, width: number): string[] {
  const { left } = root.getBoundingClientRect();
  const range = document.createRange();
  return textNodes(root)
    .filter((t) => t.parentElement && shown(t.parentElement))
    .filter((t) => {
      range.selectNodeContents(t);
      return [...range.getClientRects()].some(
        (r) => r.width > 0 && (r.right > left + width + 0.5 || r.left < left - 0.5),
      );
    })
    .map((t) => t.textContent.trim().slice(0, 60));
}

/** Words of `el`'s text (shadow included) that the layout split over two lines ("probl em"). */
export function brokenWords(root: Element): string[] {
  const range = document.createRange();
  const broken: string[] = [];
  for (const t of textNodes(root)) {
    if (!t.parentElement || !shown(t.parentElement)) continue;
    for (const m of t.data.matchAll(/\S+/g)) {
      range.setStart(t, m.index);
      range.setEnd(t, m.index + m[0].length);
      const tops = new Set(
        [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
      );
      if (tops.size > 1) broken.push(m[0]);
    }
  }
  return broken;
}

/** `[r, g, b, a]` of a computed colour (`rgb()`/`rgba()`). */
export function rgba(color: string): number[] {
  const m = color.match(/[\d.]+/g)?.map(Number) ?? [];
  return [m[0] ?? 0, m[1] ?? 0, m[2] ?? 0, m[3] ?? 1];
}

/** WCAG 2.x contrast ratio of two opaque colours. */
export function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, b2] = rgba(c).map((v) => v / 255);
    const lin = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b2);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** WCAG 1.4.12's overrides (line height 1.5, paragraphs 2em apart, letters 0.12em, words 0.16em). */
const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }`;

/** Applies the text-spacing overrides to the document and every shadow root under `root`;
 * returns a function that removes them. */
export function applyTextSpacing(root: Element): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(SPACING);
  const roots: (Document | ShadowRoot)[] = [document];
  for (const e of elements(root)) if (e.shadowRoot) roots.push(e.shadowRoot);
  for (const r of roots) r.adoptedStyleSheets = [...r.adoptedStyleSheets, sheet];
  return () => {
    for (const r of roots) r.adoptedStyleSheets = r.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/** The colour a system colour keyword (`Canvas`, `CanvasText`…) computes to on this page now. */
export function systemColor(keyword: string): string {
  const probe = document.createElement('span');
  probe.style.color = keyword;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/** Whether `el`'s border on `side` is drawn at `min` px or more, 3:1 or more against `against`. */
export function visibleBorder(
  el: Element,
  against: string,
  side: 'Top' | 'Left' | 'Right' = 'Top',
  min = 1,
): boolean {
  const s = getComputedStyle(el);
  return (
    !['none', 'hidden'].includes(s.getPropertyValue(`border-${side.toLowerCase()}-style`)) &&
    parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) >= min &&
    contrast(s.getPropertyValue(`border-${side.toLowerCase()}-color`), against) >= 3
  );
}

/** Whether `el`'s outline is drawn at 2 px or more with 3:1 or more against `against` (2.4.7). */
export function visibleOutline(el: Element, against: string): boolean {
  const s = getComputedStyle(el);
  return (
    s.outlineStyle !== 'none' &&
    parseFloat(s.outlineWidth) >= 2 &&
    contrast(s.outlineColor, against) >= 3
  );
}

/** Boxes under `root` that cut their own content off (overflow hidden/clip/auto and content
 * bigger than the box), leaving out the 1 px visually hidden live regions. */
export function clipped(root: Element): string[] {
  return elements(root)
    .filter(
      (n) => n instanceof HTMLElement && shown(n) && !['INPUT', 'TEXTAREA'].includes(n.tagName),
    )
    .filter((n) => {
      const s = getComputedStyle(n);
      if (s.overflowX === 'visible' && s.overflowY === 'visible') return false;
      return n.scrollWidth > n.clientWidth + 1 || n.scrollHeight > n.clientHeight + 1;
    })
    .map((n) => `${n.localName}.${n.className}`);
}

/** Controls and lines of text under `root` (shadow roots included) that overlap each other. */
export function overlapping(root: Element): string[] {
  const boxes: { what: string; r: DOMRect }[] = [];
  const controls = 'button, input:not([type=hidden]), textarea, progress, select';
  for (const n of elements(root)) {
    if (n.matches(controls) && shown(n))
      boxes.push({
        what: `${n.localName} ${n.getAttribute('part') ?? ''}`,
        r: n.getBoundingClientRect(),
      });
  }
  const range = document.createRange();
  for (const t of textNodes(root)) {
    const parent = t.parentElement!;
    if (!shown(parent) || parent.closest(controls)) continue;
    range.selectNodeContents(t);
    for (const r of range.getClientRects())
      if (r.width > 0) boxes.push({ what: `"${t.data.trim().slice(0, 30)}"`, r });
  }
  const out: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (x > 1 && y > 1) out.push(`${a.what} × ${b.what}`);
    }
  });
  return out;
}
