// axe-core in the page under test (the real engine, injected by evaluation so a page's CSP cannot
// refuse it): the serious and critical violations within a part of the page, or all of it.
// Open shadow roots (our notes) are checked too.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResult { violations: { id: string; impact: string | null; nodes: { target: unknown[]; failureSummary?: string }[] }[] }

/** "rule-id (impact): target — summary" for each serious or critical violation; [] when there are none. */
export async function seriousViolations(where: Page | Frame, include?: string): Promise<string[]> {
  await where.evaluate(source);
  const result = (await where.evaluate(async (selector) => {
    const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<unknown> } }).axe;
    return axe.run(selector ? { include: [[selector]] } : document, { resultTypes: ['violations'] });
  }, include ?? null)) as AxeResult;
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${JSON.stringify(n.target)} — ${n.failureSummary ?? ''}`));
}
