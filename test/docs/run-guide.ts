// Runs the HTML, JavaScript and CSS examples of a guide in docs/ on the test page, one `## `
// section at a time, as a reader would put them on a page: HTML is inserted (its scripts run as
// module scripts), CSS becomes a <style>, JavaScript runs as a module. Then every element must
// upgrade and take a PDF or a request (exercise.ts), nothing may throw or submit a form, and axe
// must find nothing. TypeScript blocks and the CSP header are checked by test/node/docs.test.mjs.
import { expect } from '@open-wc/testing';
import { expectAccessible } from '../helpers/axe.js';
import { exercise } from './exercise.js';
import {
  BROWSER_LANGS,
  NODE_LANGS,
  parseGuide,
  rewriteImports,
  rewriteUrls,
  type Block,
} from './guide.js';

/** `import 'applykit/…'` resolved through package.json's exports, as a bundler would. */
async function packageResolver(): Promise<(specifier: string) => string | undefined> {
  const pkg = (await (await fetch('/package.json')).json()) as {
    name: string;
    exports: Record<string, unknown>;
  };
  const urls = new Map<string, string>();
  for (const [key, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'string' ? target : (target as { default?: string }).default;
    if (!file || key.includes('*')) continue;
    urls.set(
      key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`,
      new URL(file, `${location.origin}/`).href,
    );
  }
  // axe-core as a module: the test page has it as a global (test/helpers/axe.ts loads it).
  urls.set('axe-core', moduleUrl('export default window.axe;'));
  return (specifier) => urls.get(specifier);
}

function moduleUrl(code: string): string {
  return URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
}

/** Runs a module's source; rejects with its error. */
async function runModule(code: string, resolve: (s: string) => string | undefined): Promise<void> {
  await import(/* @vite-ignore */ moduleUrl(rewriteImports(code, resolve)));
}

/** Puts an HTML example into `page`, then runs its scripts in order, as the browser would. */
async function runHtml(
  code: string,
  page: HTMLElement,
  resolve: (s: string) => string | undefined,
): Promise<void> {
  const template = document.createElement('template');
  template.innerHTML = code;
  const scripts = [...template.content.querySelectorAll('script')];
  page.append(template.content);
  for (const inert of scripts) {
    expect(inert.type, 'scripts in the guides are modules').to.equal('module');
    if (inert.src) {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = inert.getAttribute('src')!;
      const loaded = new Promise((ok, fail) => {
        script.onload = ok;
        script.onerror = () => fail(new Error(`could not load ${script.src}`));
      });
      inert.replaceWith(script);
      await loaded;
    } else await runModule(inert.textContent ?? '', resolve);
  }
}

/** The guide's blocks grouped by section; fails on a block no test runs. */
export async function guideSections(name: string): Promise<Map<string, Block[]>> {
  const res = await fetch(`/docs/${name}`);
  expect(res.ok, `docs/${name} is served`).to.equal(true);
  const sections = new Map<string, Block[]>();
  for (const block of parseGuide(await res.text())) {
    if (block.skip) continue;
    const known = [...BROWSER_LANGS, ...NODE_LANGS].includes(block.lang);
    expect(
      known,
      `docs/${name}:${block.line}: a \`\`\`${block.lang} block needs <!-- docs-test: skip (why) -->`,
    ).to.equal(true);
    if (!BROWSER_LANGS.includes(block.lang)) continue;
    sections.set(block.section, [...(sections.get(block.section) ?? []), block]);
  }
  return sections;
}

/** Runs one section's blocks on a fresh page area and checks the result. */
export async function runSection(name: string, blocks: Block[]): Promise<void> {
  const resolve = await packageResolver();
  const page = document.createElement('div');
  document.body.append(page);
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(String(e.error ?? e.message));
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
  let submits = 0;
  const onSubmit = (e: Event) => (e.preventDefault(), submits++);
  const log = console.log;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  page.addEventListener('submit', onSubmit, true);
  console.log = () => {}; // the examples log what they hear; keep the test output readable
  try {
    for (const block of blocks) {
      const where = `docs/${name}:${block.line}`;
      const code = rewriteUrls(block.code);
      try {
        if (block.lang === 'html') await runHtml(code, page, resolve);
        else if (block.lang === 'js') await runModule(code, resolve);
        else {
          const style = document.createElement('style');
          style.textContent = code;
          page.append(style);
          expect(style.sheet!.cssRules.length, `${where}: CSS parsed`).to.be.above(0);
        }
      } catch (e) {
        throw new Error(`${where} (\`\`\`${block.lang}) threw: ${(e as Error).message ?? e}`);
      }
    }
    await exercise(page);
    expect(errors, `errors thrown by the examples of "${blocks[0].section}"`).to.deep.equal([]);
    expect(submits, 'using the elements submitted a form').to.equal(0);
    await expectAccessible(page);
  } finally {
    console.log = log;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    page.remove();
  }
}
