// Accessible descriptions and heading levels as the IDREFs and tags define them, read in the
// browser (the accessibility-tree transcripts, test/a11y/transcripts.test.ts, read Chromium's own).

const text = (n: Element | null) => n?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The description `node`'s aria-describedby gives it: the referenced texts, space-separated. */
export function description(node: Element): string {
  const root = node.getRootNode() as Document | ShadowRoot;
  return (node.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => text(root.getElementById(id)))
    .filter(Boolean)
    .join(' ');
}

/** A heading's level: `aria-level`, else the number of its `h1`–`h6` tag; 0 for no heading. */
export function headingLevel(node: Element | null): number {
  if (!node) return 0;
  const level = node.getAttribute('aria-level') ?? /^h([1-6])$/.exec(node.localName)?.[1];
  return Number(level ?? 0);
}
