// One explanation in full: what happened, who acts, the steps, what not to do, the codes.
import { render } from '../../core/i18n.ts';
import { LIKELY } from '../../core/knowledge/index.ts';
import type { Actor, Explanation, ExplainResult } from '../../core/knowledge/types.ts';
import { useT } from '../shared/t-context.ts';

const ACTOR_KEY: Record<Actor, string> = {
  sender: 'ui_actorYou',
  'sender-provider': 'ui_actorProvider',
  recipient: 'ui_actorRecipient',
  'recipient-provider': 'ui_actorRecipientProvider',
  network: 'ui_actorNetwork',
  none: 'ui_actorNobody',
};

export function ActorLine({ actor }: { actor: Actor }) {
  const t = useT();
  // A span (shown as a block): it also sits inside the bounce row's button, where <p> may not.
  return <span class={`actor actor-${actor}`}>{t(ACTOR_KEY[actor])}</span>;
}

export function ExplanationView({ explanation, withActor = true }: { explanation: Explanation; withActor?: boolean }) {
  const t = useT();
  return (
    <div class="explanation">
      <p class="summary">{render(explanation.summary, t)}</p>
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
          {explanation.codes.map(({ code, meaning }) => (
            <div key={code}>
              <dt><code>{code}</code></dt>
              <dd>{render(meaning, t)}</dd>
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

/**
 * Every finding of a result, or the general guidance, or "nothing recognised". `headed: false`
 * leaves out the title and recipient of a single finding (a bounce's row already shows them).
 */
export function ExplainResultView({ result, headed = true }: { result: ExplainResult; headed?: boolean }) {
  const t = useT();
  if (result.items.length === 0 && !result.general) return <p class="empty">{t('ui_nothingRecognised')}</p>;
  return (
    <div class="result">
      {result.items.map(({ finding, explanation }, i) => (
        <section key={i} class="finding" data-reason={finding.reason} data-bucket={finding.bucket}>
          {(headed || result.items.length > 1) && <h3>{render(explanation.title, t)}</h3>}
          {(headed || result.items.length > 1) && finding.recipient && <p class="recipient">{finding.recipient}</p>}
          <ExplanationView explanation={explanation} withActor={headed || result.items.length > 1} />
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
