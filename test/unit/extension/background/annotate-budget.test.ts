// The share of the service worker one tab may ask for through bg:annotate: a hostile page that asks
// in a loop, or with megabyte texts, is refused as 'busy' before anything is read, while other tabs
// and a webmail's ordinary asking go on. A fake clock (the budget takes `now`) keeps it exact.
import { describe, expect, it, vi } from 'vitest';
import { analyze, analyzeText } from '../../../../src/core/index.ts';
import { explainAnalysis } from '../../../../src/core/knowledge/index.ts';
import { annotate, type AnnotateDeps } from '../../../../src/extension/background/annotate.ts';
import { ANNOTATE_BUDGET, createBudget } from '../../../../src/extension/background/annotate-budget.ts';
import { ANNOTATE_BUSY } from '../../../../src/extension/messages.ts';
import { t } from '../content/support.ts';

const rules = { capacity: 5, refillPerSecond: 1, charsPerUnit: 1000, maxTabs: 3 };

describe('annotate budget', () => {
  it('lets a tab spend its bucket, then refuses until it refills', () => {
    let clock = 0;
    const budget = createBudget(rules, () => clock);
    for (let i = 0; i < 5; i++) expect(budget.take('1', 10)).toBe(true);
    expect(budget.take('1', 10)).toBe(false);
    clock += 999;
    expect(budget.take('1', 10)).toBe(false);
    clock += 1;
    expect(budget.take('1', 10)).toBe(true);
    expect(budget.take('1', 10)).toBe(false);
  });

  it('charges long texts by their length, and a refused request spends nothing', () => {
    let clock = 0;
    const budget = createBudget(rules, () => clock);
    expect(budget.take('1', 3_500)).toBe(true); // 1 + 3 units
    expect(budget.take('1', 1_000)).toBe(false); // costs 2, 1 left
    expect(budget.take('1', 999)).toBe(true); // costs 1
    clock += 10_000;
    expect(budget.take('1', 4_000)).toBe(true); // refilled to the capacity, not beyond
    expect(budget.take('1', 0)).toBe(false);
  });

  it('keeps tabs apart, forgets a closed tab, and remembers a bounded number of tabs', () => {
    const clock = 0;
    const budget = createBudget(rules, () => clock);
    for (let i = 0; i < 5; i++) budget.take('hostile', 0);
    expect(budget.take('hostile', 0)).toBe(false);
    expect(budget.take('webmail', 0)).toBe(true);
    budget.forget('hostile');
    expect(budget.take('hostile', 0)).toBe(true);
    for (let i = 0; i < 5; i++) budget.take('a', 0);
    for (const other of ['b', 'c', 'd']) budget.take(other, 0); // 'a' is now the longest unseen of more than three
    expect(budget.take('a', 0)).toBe(true);
  });

  it('allows more than a webmail view shows at once, and a steady trickle after', () => {
    expect(ANNOTATE_BUDGET.capacity).toBeGreaterThanOrEqual(30);
    expect(ANNOTATE_BUDGET.refillPerSecond).toBeGreaterThanOrEqual(1);
  });
});

describe('bg:annotate under the budget', () => {
  const deps = (over: Partial<AnnotateDeps> = {}): AnnotateDeps => ({
    analyze, analyzeText,
    explain: (analysis, profile) => explainAnalysis(analysis, profile ? { profile } : {}),
    profile: async () => undefined,
    translator: async () => t,
    ...over,
  });

  it('refuses a request its tab cannot pay for as busy, without reading it', async () => {
    const analyzeTextSpy = vi.fn(analyzeText);
    const admit = vi.fn(() => false);
    expect(await annotate({ text: '550 5.1.1 user unknown', raw: 'xy', language: 'en' }, deps({ analyzeText: analyzeTextSpy }), admit)).toEqual({ refused: ANNOTATE_BUSY });
    expect(admit).toHaveBeenCalledWith('550 5.1.1 user unknown'.length + 2);
    expect(analyzeTextSpy).not.toHaveBeenCalled();
  });

  it('a malformed request is refused for its shape before the budget is asked', async () => {
    const admit = vi.fn(() => true);
    expect(await annotate({ text: 5, language: 'en' }, deps(), admit)).toHaveProperty('refused', 'text');
    expect(admit).not.toHaveBeenCalled();
  });

  it('a flood from one tab is cut off while the budget lets the first ones through', async () => {
    const budget = createBudget({ ...ANNOTATE_BUDGET, refillPerSecond: 0 }, () => 0);
    let answered = 0, busy = 0;
    for (let i = 0; i < ANNOTATE_BUDGET.capacity + 20; i++) {
      const a = await annotate({ text: 'hello', language: 'en' }, deps(), (chars) => budget.take('7', chars));
      if ('refused' in a) { expect(a.refused).toBe(ANNOTATE_BUSY); busy++; } else answered++;
    }
    expect(answered).toBe(ANNOTATE_BUDGET.capacity);
    expect(busy).toBe(20);
  });
});
