// Reads the code blocks out of a guide in docs/. Pure string work (no DOM), shared by the browser
// runner (test/docs/run-guide.ts) and the Node test (test/node/docs.test.mjs, through esbuild).

/** One fenced code block of a guide. */
export interface Block {
  /** The `## ` heading the block is under: the blocks of one section make one page. */
  section: string;
  /** The fence's language: html, js, css, ts, tsx, http, sh… */
  lang: string;
  code: string;
  /** 1-based line of the opening fence, for messages. */
  line: number;
  /** The reason given by a `<!-- docs-test: skip (reason) -->` comment just above, else null. */
  skip: string | null;
}

const SKIP = /^<!--\s*docs-test:\s*skip\s*\((.+)\)\s*-->$/;

/** Every fenced block of `markdown`, in order. */
export function parseGuide(markdown: string): Block[] {
  const blocks: Block[] = [];
  let section = '';
  let skip: string | null = null;
  let open: { lang: string; line: number; skip: string | null; lines: string[] } | null = null;
  markdown.split('\n').forEach((line, i) => {
    if (open) {
      if (/^```\s*$/.test(line)) {
        blocks.push({
          section,
          lang: open.lang,
          code: open.lines.join('\n'),
          line: open.line,
          skip: open.skip,
        });
        open = null;
      } else open.lines.push(line);
      return;
    }
    const fence = /^```(\S*)\s*$/.exec(line);
    const marker = SKIP.exec(line.trim());
    if (fence) {
      open = { lang: fence[1], line: i + 1, skip, lines: [] };
      skip = null;
    } else if (marker) skip = marker[1];
    else if (line.trim()) {
      skip = null; // the marker must come right before its fence (blank lines allowed)
      if (line.startsWith('## ')) section = line.slice(3).trim();
    }
  });
  if (open) throw new Error(`unclosed code fence at line ${(open as { line: number }).line}`);
  return blocks;
}

/** The languages run in the browser by test/docs/*.test.ts. */
export const BROWSER_LANGS = ['html', 'js', 'css'];
/** The languages type-checked and run by test/node/docs.test.mjs. */
export const NODE_LANGS = ['ts', 'tsx', 'http'];

/**
 * Where the guides' example URLs point in the tests: the bundle's folder on "your" server is
 * dist/, and the example endpoints are web-test-runner's real upload handler and a test endpoint
 * answering 201 with an id (web-test-runner.config.mjs).
 */
export function rewriteUrls(code: string): string {
  return code
    .replace(/(["'])[^"'\s]*\/applykit\.bundle\.js\1/g, '$1/dist/applykit.bundle.js$1')
    .replace(/endpoint="\/uploads"/g, 'endpoint="/__server__/uploads"')
    .replace(/endpoint="\/accommodations"/g, 'endpoint="/__test__/201"');
}

/**
 * Replaces the module specifiers of `import … from 'x'`, `import 'x'` and `import('x')` in
 * `code` by `resolve(x)`; throws on one `resolve` does not know (a bare name the test can't load).
 */
export function rewriteImports(
  code: string,
  resolve: (specifier: string) => string | undefined,
): string {
  return code.replace(
    /(\bfrom\s*|\bimport\s*\(?\s*)(['"])([^'"]+)\2/g,
    (_, head: string, q: string, spec: string) => {
      const url = resolve(spec);
      if (!url) throw new Error(`the example imports "${spec}", which the docs test cannot load`);
      return `${head}${q}${url}${q}`;
    },
  );
}
