// "Confirm with the probe": streams each stage as it completes, then the verdict. Clear words
// when no probe is configured or it cannot be reached.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ProbePortMessage, ProbeStageEvent, ProbeTarget, ProbeVerdict } from '../messages.ts';
import { keyOrText, useT } from '../shared/t-context.ts';

export type ProbeStarter = (target: ProbeTarget, onMessage: (m: ProbePortMessage) => void) => () => void;

type ProbeState =
  | { phase: 'idle' }
  | { phase: 'running'; stages: ProbeStageEvent[] }
  | { phase: 'done'; stages: ProbeStageEvent[]; verdict: ProbeVerdict }
  | { phase: 'failed'; stages: ProbeStageEvent[]; error: string; detail: string };

export function nextProbeState(state: ProbeState, message: ProbePortMessage): ProbeState {
  const stages = state.phase === 'idle' ? [] : state.stages;
  if (message.kind === 'stage') return { phase: 'running', stages: [...stages, message.event] };
  if (message.kind === 'verdict') return { phase: 'done', stages, verdict: message.verdict };
  return { phase: 'failed', stages, error: message.error, detail: message.detail ?? '' };
}

function Stage({ event }: { event: ProbeStageEvent }) {
  return (
    <li class={event.ok ? 'stage ok' : 'stage failed'} data-stage={event.stage}>
      <span class="mark" aria-hidden="true">{event.ok ? '✓' : '✗'}</span>
      <span class="stage-name">{event.stage}</span>
      <span class="ms">{Math.round(event.ms)} ms</span>
      {event.detail && <span class="detail">{event.detail}</span>}
      {event.reply.length > 0 && <pre class="reply">{event.reply.join('\n')}</pre>}
    </li>
  );
}

function Verdict({ verdict }: { verdict: ProbeVerdict }) {
  const t = useT();
  const causes = Object.entries(verdict.causes);
  return (
    <div class="verdict" role="status">
      {verdict.summary && <p class="verdict-summary">{verdict.summary}</p>}
      {causes.length > 0 && (
        <ul class="causes">
          {causes.map(([bucket, state]) => (
            <li key={bucket} class={`cause ${state}`}>
              {t(`ui_bucket_${bucket.replace(/-/g, '_')}`) || bucket}: {t(`ui_cause_${state.replace('-', '_')}`)}
            </li>
          ))}
        </ul>
      )}
      {verdict.recommended && (
        <p class="recommended">
          {t('ui_probeRecommended', [verdict.recommended.host, String(verdict.recommended.port), verdict.recommended.security.toUpperCase()])}
        </p>
      )}
    </div>
  );
}

export function ProbePanel({ target, start, autoStart = false }: { target: ProbeTarget; start: ProbeStarter; autoStart?: boolean }) {
  const t = useT();
  const [state, setState] = useState<ProbeState>({ phase: 'idle' });
  const cancel = useRef<(() => void) | null>(null);
  const run = (): void => {
    cancel.current?.();
    setState({ phase: 'running', stages: [] });
    cancel.current = start(target, (message) => setState((s) => nextProbeState(s, message)));
  };
  useEffect(() => {
    if (autoStart) run();
    return () => cancel.current?.();
  }, []);
  const where = target.port ? `${target.host}:${target.port}` : target.host;
  return (
    <div class="probe">
      <button type="button" class="probe-button" onClick={run} disabled={state.phase === 'running'}>
        {t('ui_confirmWithProbe')} <span class="probe-where">({where})</span>
      </button>
      {state.phase !== 'idle' && (
        <ol class="stages" aria-live="polite">
          {state.stages.map((event, i) => <Stage key={i} event={event} />)}
          {state.phase === 'running' && <li class="stage pending">{t('ui_probeRunning')}</li>}
        </ol>
      )}
      {state.phase === 'done' && <Verdict verdict={state.verdict} />}
      {state.phase === 'failed' && (
        <p class="error" role="alert">
          {keyOrText(t, state.error)}
          {state.detail && <span class="error-detail"> ({state.detail})</span>}
        </p>
      )}
    </div>
  );
}
