// "Check this bounce": the probe's DNS checks for a policy or recipient-domain bounce, one row per
// check as it finishes — green or red, what it means, who can fix it, where a blocklist takes
// removal requests — then the verdict.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CheckFacts, CheckPortMessage, CheckRow, CheckVerdictView } from '../shared/bounce-check.ts';
import { keyOrText, useT } from '../shared/t-context.ts';
import { startBounceCheck, type CheckStarter } from './bounce-check-connector.ts';
import './bounce-check-panel.css';

type State =
  | { phase: 'idle' }
  | { phase: 'running'; rows: CheckRow[] }
  | { phase: 'done'; rows: CheckRow[]; verdict: CheckVerdictView }
  | { phase: 'failed'; rows: CheckRow[]; error: string; detail: string };

export function nextCheckState(state: State, m: CheckPortMessage): State {
  const rows = state.phase === 'idle' ? [] : state.rows;
  if (m.kind === 'check') return { phase: 'running', rows: [...rows, m.row] };
  if (m.kind === 'verdict') return { phase: 'done', rows, verdict: m.verdict };
  return { phase: 'failed', rows, error: m.error, detail: m.detail ?? '' };
}

function Row({ row }: { row: CheckRow }) {
  const t = useT();
  const label = t(`pc_ui_check_${row.check.replace(/-/g, '_')}`) || row.check;
  return (
    <li class={`check-row ${row.ok ? 'ok' : 'bad'}`} data-check={row.check} data-result={row.result}>
      <span class="check-head">
        <span class="mark" aria-hidden="true">{row.ok ? '✓' : '✗'}</span> {label}
        {row.list && <span class="check-list"> · {row.list}</span>}
        <span class="check-result">{row.result}</span>
      </span>
      <span class="meaning">{row.meaning}</span>
      {!row.ok && row.fixer !== 'none' && <span class="fixer">{row.fixerText}</span>}
      {row.delistUrl && row.result === 'listed' && (
        <a class="delist" href={row.delistUrl} target="_blank" rel="noopener noreferrer">{t('pc_ui_delist', [row.delistUrl])}</a>
      )}
    </li>
  );
}

export function BounceCheckPanel({ facts, start = startBounceCheck }: { facts: CheckFacts; start?: CheckStarter }) {
  const t = useT();
  const [state, setState] = useState<State>({ phase: 'idle' });
  const cancel = useRef<(() => void) | null>(null);
  useEffect(() => () => cancel.current?.(), []);
  const run = (): void => {
    cancel.current?.();
    setState({ phase: 'running', rows: [] });
    cancel.current = start(facts, (m) => setState((s) => nextCheckState(s, m)));
  };
  return (
    <div class="bounce-check">
      <button type="button" class="check-button" onClick={run} disabled={state.phase === 'running'}>{t('pc_ui_check_button')}</button>
      {state.phase !== 'idle' && (
        <ol class="checks" aria-live="polite">
          {state.rows.map((row, i) => <Row key={i} row={row} />)}
          {state.phase === 'running' && <li class="check-row pending">{t('pc_ui_running')}</li>}
        </ol>
      )}
      {state.phase === 'done' && (
        <div class="check-verdict" role="status">
          <p class="check-summary">{state.verdict.summary}</p>
          <ul class="causes">
            {Object.entries(state.verdict.causes).map(([bucket, s]) => (
              <li key={bucket} class={`cause ${s}`}>{t(`ui_bucket_${bucket.replace(/-/g, '_')}`) || bucket}: {t(`ui_cause_${s.replace('-', '_')}`)}</li>
            ))}
          </ul>
        </div>
      )}
      {state.phase === 'failed' && (
        <p class="error" role="alert">
          {keyOrText(t, state.error)}
          {state.detail && <span class="error-detail"> ({state.detail})</span>}
        </p>
      )}
    </div>
  );
}
