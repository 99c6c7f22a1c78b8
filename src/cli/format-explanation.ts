// Renders an ExplainResult as plain text for `bounce-lens explain`: temporary first, what
// happened, who acts, the steps, what not to do; recipients with the same explanation share one
// block. Nothing recognised: one sentence and one hint, no guessed "who acts" or steps.
import type { ExplainResult, Explanation, Translate } from '../core/knowledge/types.ts';
import { LIKELY, actorMsg } from '../core/knowledge/explain-core.ts';
import { oneLineSummary } from '../core/knowledge/one-line.ts';
import { render } from '../core/i18n.ts';
import { DEFAULT_PROFILE, type Profile } from '../core/profile/index.ts';

interface Block { explanation: Explanation; recipients: string[] }

// Same advice, same block: a bounce for twenty unknown recipients is one explanation.
function group(result: ExplainResult): Block[] {
  const blocks = new Map<string, Block>();
  for (const { finding, explanation } of result.items) {
    const id = JSON.stringify([explanation.title, explanation.summary, explanation.actor, explanation.codes.map((c) => c.code)]);
    const block = blocks.get(id) ?? { explanation, recipients: [] };
    if (finding.recipient) block.recipients.push(finding.recipient);
    blocks.set(id, block);
  }
  return [...blocks.values()];
}

function section(t: Translate, key: string, lines: string[]): string[] {
  return lines.length ? [`   ${render({ key }, t)}:`, ...lines] : [];
}

/** The "Who acts" line exactly as printed (the JSON's actor must render to the same words). */
export function whoActsLine(e: Explanation, t: Translate, profile: Profile = DEFAULT_PROFILE, lang?: string): string | null {
  return e.actor ? `${render({ key: 'cli_x_who_acts' }, t)}: ${render(actorMsg(e.actor, profile, lang), t)}` : null;
}

function formatOne(e: Explanation, t: Translate, profile: Profile, heading: string, recipients: string[], general: boolean, lang?: string): string[] {
  const who = whoActsLine(e, t, profile, lang);
  return [
    heading,
    ...(e.lead ? [`   ${render(e.lead, t)}`] : []),
    ...(recipients.length ? [`   ${render({ key: recipients.length > 1 ? 'cli_x_recipients' : 'cli_x_recipient', subs: [recipients.join(', ')] }, t)}`] : []),
    `   ${render({ key: 'cli_x_what_happened' }, t)}: ${render(e.summary, t)}`,
    ...(who ? [`   ${who}`] : []),
    ...(general ? [] : [`   ${render({ key: 'cli_x_confidence', subs: [String(Math.round(e.confidence * 100))] }, t)}`]),
    ...(!general && e.actor && e.confidence < LIKELY ? [`   ${render({ key: 'k_not_sure' }, t)}`] : []),
    ...section(t, 'cli_x_codes', e.codes.map((c) => `     ${c.code.padEnd(10)} ${render(c.meaning, t)}`)),
    ...section(t, 'cli_x_steps', e.steps.map((s, i) => `     ${i + 1}. ${render(s, t)}`)),
    ...section(t, 'cli_x_donts', e.donts.map((d) => `     - ${render(d, t)}`)),
    ...section(t, 'cli_x_references', e.actor ? e.references.map((r) => `     ${r}`) : []),
  ];
}

export function formatExplanation(result: ExplainResult, t: Translate, profile: Profile = DEFAULT_PROFILE, lang?: string): string {
  const blocks = group(result).map(({ explanation, recipients }, i) =>
    formatOne(explanation, t, profile, `${i + 1}. ${render(explanation.title, t)}`, recipients, false, lang));
  if (result.general) {
    if (result.items.length === 0) blocks.push([render({ key: 'cli_x_nothing' }, t)]);
    blocks.push(formatOne(result.general, t, profile, `${render({ key: 'cli_x_general' }, t)}: ${render(result.general.title, t)}`, [], true, lang));
  }
  if (result.hint) {
    blocks.push([...(result.items.length === 0 ? [render({ key: 'k_unknown_s' }, t)] : []), render(result.hint, t)]);
  }
  // The same one-line answer the note and the popup lead with.
  if (result.items.length > 0) blocks.unshift([oneLineSummary(result, t, profile)]);
  return `${blocks.map((b) => b.join('\n')).join('\n\n')}\n`;
}
