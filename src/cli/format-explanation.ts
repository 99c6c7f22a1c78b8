// Renders an ExplainResult as plain text for `bounce-lens explain`: what happened, who acts, the
// steps, what not to do; recipients with the same explanation share one block; the general
// guidance when nothing was recognised with confidence.
import type { ExplainResult, Explanation, Translate } from '../core/knowledge/types.ts';
import { LIKELY, actorMsg } from '../core/knowledge/explain-core.ts';
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

function formatOne(e: Explanation, t: Translate, profile: Profile, heading: string, recipients: string[], general = false): string[] {
  return [
    heading,
    ...(recipients.length ? [`   ${render({ key: recipients.length > 1 ? 'cli_x_recipients' : 'cli_x_recipient', subs: [recipients.join(', ')] }, t)}`] : []),
    `   ${render({ key: 'cli_x_what_happened' }, t)}: ${render(e.summary, t)}`,
    `   ${render({ key: 'cli_x_who_acts' }, t)}: ${render(actorMsg(e.actor, profile), t)}`,
    ...(general ? [] : [`   ${render({ key: 'cli_x_confidence', subs: [String(Math.round(e.confidence * 100))] }, t)}`]),
    ...(!general && e.confidence < LIKELY ? [`   ${render({ key: 'k_not_sure' }, t)}`] : []),
    ...section(t, 'cli_x_codes', e.codes.map((c) => `     ${c.code.padEnd(10)} ${render(c.meaning, t)}`)),
    ...section(t, 'cli_x_steps', e.steps.map((s, i) => `     ${i + 1}. ${render(s, t)}`)),
    ...section(t, 'cli_x_donts', e.donts.map((d) => `     - ${render(d, t)}`)),
    ...section(t, 'cli_x_references', e.references.map((r) => `     ${r}`)),
  ];
}

export function formatExplanation(result: ExplainResult, t: Translate, profile: Profile = DEFAULT_PROFILE): string {
  const blocks = group(result).map(({ explanation, recipients }, i) =>
    formatOne(explanation, t, profile, `${i + 1}. ${render(explanation.title, t)}`, recipients));
  if (result.general) {
    if (result.items.length === 0) blocks.push([render({ key: 'cli_x_nothing' }, t)]);
    blocks.push(formatOne(result.general, t, profile, `${render({ key: 'cli_x_general' }, t)}: ${render(result.general.title, t)}`, [], true));
  }
  return `${blocks.map((b) => b.join('\n')).join('\n\n')}\n`;
}
