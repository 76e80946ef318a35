import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

/** The rule tags every state is checked against (DEVELOPERS.md). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

/** Runs axe-core over `el`, shadow roots included, with the project's tags; returns the violations. */
export async function axeViolations(el: Element): Promise<AxeResults['violations']> {
  const results = await window.axe.run(el, {
    runOnly: { type: 'tag', values: AXE_TAGS },
    resultTypes: ['violations'],
  });
  return results.violations;
}

/** Fails with a readable list when axe finds any violation in `el`. */
export async function expectAccessible(el: Element): Promise<void> {
  const violations = await axeViolations(el);
  if (violations.length === 0) return;
  const lines = violations.flatMap((v) => [
    `${v.id} (${v.impact}): ${v.help}`,
    ...v.nodes.map((n) => `  at ${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`),
  ]);
  throw new Error(`axe found ${violations.length} violation(s):\n${lines.join('\n')}`);
}
