// The collapsed answer in one line: what happened, to which recipient, permanent or temporary,
// and who acts. One function for the note, the popup and the CLI, so all three say it the same
// way. Pure and small: it is on the content script's path. Actors are rendered through the
// catalogue (k_actor_<actor>), so any actor name the knowledge base uses works here.
import type { Finding, InputKind } from '../types.ts';
import type { Actor, ExplainResult, Explanation, Translate } from './types.ts';
import type { Profile } from '../profile/schema.ts';
import { actorMsg } from './explain-core.ts';
import { render } from '../i18n.ts';

export type Permanence = 'permanent' | 'temporary' | 'none';

/** Whether a finding is a failure that sending again will not fix, one still being retried, or no failure. */
export function permanenceOf(f: Finding, kind: InputKind): Permanence {
  if (f.action === 'delivered' || f.action === 'relayed' || f.action === 'expanded') return 'none';
  if (kind === 'delivery' || kind === 'auto-reply' || kind === 'feedback' || f.bucket === 'not-an-error') return 'none';
  if (f.action === 'delayed' || kind === 'delay') return 'temporary';
  if (f.status?.startsWith('4') || (f.replyCode !== null && f.replyCode >= 400 && f.replyCode < 500)) return f.hard ? 'permanent' : 'temporary';
  if (f.action === 'failed' || f.hard || f.status?.startsWith('5') || (f.replyCode !== null && f.replyCode >= 500)) return 'permanent';
  return 'none';
}

// Short, number-neutral cause labels for the many-recipients line ("2 with an unknown address").
// A reason with its own label wins; any other reason falls back to its bucket's label.
const REASON_LABELS: ReadonlySet<string> = new Set([
  'userunknown', 'hostunknown', 'mailboxfull', 'suspend', 'expired', 'filtered', 'spamdetected',
  'emailtoolarge', 'exceedlimit', 'mesgtoobig', 'networkerror', 'ratelimited', 'hasmoved',
]);
export const causeLabelKey = (e: Pick<Explanation, 'reason' | 'bucket'>): string =>
  REASON_LABELS.has(e.reason) ? `sum_r_${e.reason}` : `sum_b_${e.bucket.replace(/-/g, '_')}`;

interface Item { finding: Finding; explanation: Explanation; permanence: Permanence }

const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];

/** The explanation told the user that their own program does not retry (a reply their mail program got). */
const programRetries = (e: Explanation): boolean => e.lead?.key === 'k_temp_program_lead';

function permanenceText(items: Item[], t: Translate): string | null {
  const kinds = uniq(items.map((i) => i.permanence).filter((p) => p !== 'none'));
  if (kinds.length === 0) return null;
  // "The server keeps trying" is false for a reply the user's own program got: nothing retries it.
  const temporary = items.filter((i) => i.permanence === 'temporary');
  if (kinds.length === 1 && kinds[0] === 'temporary' && temporary.every((i) => programRetries(i.explanation))) return render({ key: 'sum_perm_temporary_program' }, t);
  return render({ key: kinds.length > 1 ? 'sum_perm_mixed' : `sum_perm_${kinds[0]}` }, t);
}

function whoText(items: Item[], t: Translate, profile: Profile | undefined): string | null {
  // Nobody is asked to act on a notice that is not an error.
  if (items.every((i) => i.permanence === 'none')) return null;
  // An explanation that cannot say who acts (not understood well enough) adds no name.
  const actors = uniq(items.filter((i) => i.permanence !== 'none').map((i) => i.explanation.actor).filter((a): a is Actor => a !== null));
  if (actors.length === 0) return null;
  return render({ key: 'sum_who', subs: [actors.map((a) => render(actorMsg(a, profile), t)).join(', ')] }, t);
}

/** The delay title already says "still trying": the permanence would only repeat it. */
const saysDelay = (e: Explanation): boolean => e.title.key === 'k_delay_t';

function whatText(items: Item[], t: Translate): string {
  const recipients = uniq(items.map((i) => i.finding.recipient).filter((r): r is string => !!r));
  const titles = uniq(items.map((i) => render(i.explanation.title, t)));
  if (titles.length === 1) {
    const title = titles[0] ?? '';
    if (recipients.length === 0) return title;
    if (recipients.length === 1) return render({ key: 'sum_to_one', subs: [recipients[0] ?? '', title] }, t);
    return render({ key: 'sum_to_many', subs: [String(recipients.length), title] }, t);
  }
  // Several causes: count the recipients (or findings) per short cause label.
  const counts = new Map<string, number>();
  for (const item of items) counts.set(causeLabelKey(item.explanation), (counts.get(causeLabelKey(item.explanation)) ?? 0) + 1);
  const groups = [...counts].sort((a, b) => b[1] - a[1]).map(([key, n]) => render({ key: 'sum_group', subs: [String(n), render({ key }, t)] }, t));
  return render({ key: 'sum_to_many', subs: [String(Math.max(recipients.length, items.length)), groups.join(', ')] }, t);
}

/**
 * The one-line answer for an explained result, e.g. "To bob@example.com: The recipient's address
 * does not exist. Permanent: sending it again will not help. Who acts: You."
 */
export function oneLineSummary(result: ExplainResult, t: Translate, profile?: Profile): string {
  const kind = result.analysis.kind;
  // Temporary or final as the explanation decided it (the JSON's `temporary`), so the line and the
  // report never disagree; permanenceOf only tells a failure from a notice.
  const items: Item[] = result.items.map(({ finding, explanation }) => {
    // A refusal whose words alone say it is temporary (no code, no action) is still a failure being retried.
    // An explanation that found no failure at all and nothing retried (a sending server's certificate log, round 10)
    // is not called permanent; a held post (not an error, still waiting) keeps its "temporary".
    const failure = explanation.temporary || (explanation.bucket !== 'not-an-error' && permanenceOf(finding, kind) !== 'none');
    return { finding, explanation, permanence: !failure ? 'none' : explanation.temporary ? 'temporary' : 'permanent' };
  });
  // A delivery report that also lists failures speaks about the failures.
  const failing = items.filter((i) => i.permanence !== 'none');
  const shown = failing.length > 0 ? failing : items;
  // Nothing recognised: say so plainly; the general guidance (if any) follows below the line.
  if (shown.length === 0) return render({ key: 'sum_nothing' }, t);
  const delayOnly = shown.every((i) => saysDelay(i.explanation));
  const parts = [`${whatText(shown, t)}.`, delayOnly ? null : permanenceText(shown, t), whoText(shown, t, profile)];
  return parts.filter((p): p is string => !!p).join(' ');
}
