// One explanation in full: what happened, who acts, the steps, what not to do, the codes.
import { render } from '../../core/i18n.ts';
import { LIKELY, actorMsg } from '../../core/knowledge/explain-core.ts';
import type { Actor, Explanation, ExplainResult } from '../../core/knowledge/types.ts';
import { useT } from '../shared/t-context.ts';
import { useProfile } from './profile-context.ts';

/** "Who acts", in the same catalogue words as the one-line summary (k_actor_<actor>, any actor name). */
export function ActorLine({ actor }: { actor: Actor }) {
  const t = useT();
  const profile = useProfile();
  return <span class="actor">{t('sum_who', [render(actorMsg(actor, profile), t)])}</span>;
}

/** Codes with their meanings, each line once (two findings or two tables may name the same code). */
function uniqueCodes(codes: Explanation['codes'], say: (m: Explanation['codes'][number]['meaning']) => string): { code: string; meaning: string }[] {
  const seen = new Set<string>();
  const out: { code: string; meaning: string }[] = [];
  for (const { code, meaning } of codes) {
    const text = say(meaning);
    const id = `${code}\u0000${text}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ code, meaning: text });
  }
  return out;
}

export function ExplanationView({ explanation, withActor = true }: { explanation: Explanation; withActor?: boolean }) {
  const t = useT();
  return (
    <div class="explanation">
      <p class="summary">{render(explanation.summary, t)}</p>
      {explanation.lead && <p class="lead">{render(explanation.lead, t)}</p>}
      {withActor && explanation.actor && <ActorLine actor={explanation.actor} />}
      {explanation.confidence < LIKELY && <p class="unsure">{t('ui_notSure')}</p>}
      {explanation.steps.length > 0 && (
        <>
          <h4>{t('ui_steps')}</h4>
          <ol class="steps">
            {explanation.steps.map((step, i) => <li key={i}>{render(step, t)}</li>)}
          </ol>
        </>
      )}
      {explanation.donts.length > 0 && (
        <>
          <h4>{t('ui_donts')}</h4>
          <ul class="donts">
            {explanation.donts.map((dont, i) => <li key={i}>{render(dont, t)}</li>)}
          </ul>
        </>
      )}
      {explanation.codes.length > 0 && (
        <dl class="codes">
          {uniqueCodes(explanation.codes, (m) => render(m, t)).map(({ code, meaning }, i) => (
            <div key={i}>
              <dt><code>{code}</code></dt>
              <dd>{meaning}</dd>
            </div>
          ))}
        </dl>
      )}
      {explanation.references.length > 0 && (
        <ul class="references">
          {explanation.references.map((href) => (
            <li key={href}><a href={href} target="_blank" rel="noreferrer noopener">{href}</a></li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Findings with the same advice share one section (twenty unknown recipients are one explanation). */
function groups(result: ExplainResult): { explanation: Explanation; reason: string; bucket: string; recipients: string[] }[] {
  const byAdvice = new Map<string, { explanation: Explanation; reason: string; bucket: string; recipients: string[] }>();
  for (const { finding, explanation } of result.items) {
    const id = JSON.stringify([explanation.title, explanation.summary, explanation.actor, explanation.codes.map((c) => c.code)]);
    const group = byAdvice.get(id) ?? { explanation, reason: finding.reason, bucket: finding.bucket, recipients: [] };
    if (finding.recipient && !group.recipients.includes(finding.recipient)) group.recipients.push(finding.recipient);
    byAdvice.set(id, group);
  }
  return [...byAdvice.values()];
}

/**
 * Every finding of a result, or the general guidance, or "nothing recognised". `headed: false`
 * leaves out the title and recipient of a single finding (a bounce's row already shows them).
 */
export function ExplainResultView({ result, headed = true, pasted = false }: { result: ExplainResult; headed?: boolean; pasted?: boolean }) {
  const t = useT();
  // Nothing recognised in pasted text: the one line above says so; here only the one hint (what to paste instead).
  if (result.items.length === 0 && !result.general) return <p class="empty">{pasted && result.hint ? render(result.hint, t) : t('ui_nothingRecognised')}</p>;
  const sections = groups(result);
  const withHead = headed || sections.length > 1;
  return (
    <div class="result">
      {sections.map(({ explanation, reason, bucket, recipients }, i) => (
        <section key={i} class="finding" data-reason={reason} data-bucket={bucket}>
          {withHead && <h3>{render(explanation.title, t)}</h3>}
          {withHead && recipients.length > 0 && <p class="recipient">{recipients.join(', ')}</p>}
          <ExplanationView explanation={explanation} withActor={withHead} />
        </section>
      ))}
      {result.items.length === 0 && result.general && (
        <section class="finding general">
          <h3>{render(result.general.title, t)}</h3>
          <ExplanationView explanation={result.general} />
        </section>
      )}
    </div>
  );
}
