// "Check my outgoing server": streams each stage as it completes, then the verdict. Offered only
// where a check can confirm the cause (probe-offer.ts); otherwise one sentence on what a check
// would need. Errors are the catalogue's plain sentences, never the network layer's own words.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ProbePortMessage, ProbeStageEvent, ProbeTarget, ProbeVerdict } from '../messages.ts';
import { keyOrText, useT } from '../shared/t-context.ts';
import type { ProbeOffer } from './probe-offer.ts';

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

// What a browser or fetch says when a connection fails ("Failed to fetch", "NetworkError when
// attempting to fetch resource.", "TypeError: …"): the catalogue's sentence already says it plainly.
const NETWORK_NOISE = /fetch|network|typeerror|econn|abort|load failed|socket|timed? ?out/i;

/** The server's own words worth showing next to the sentence, if any. */
export function errorDetail(error: string, detail: string): string {
  if (!detail || error === 'ui_errProbeUnreachable' || NETWORK_NOISE.test(detail)) return '';
  return detail;
}

/** The probe area for an offer: the check button, or one sentence on what a check would need. */
export function ProbeArea({ offer, start, autoStart = false, openSettings }: { offer: ProbeOffer; start: ProbeStarter; autoStart?: boolean; openSettings: () => void }) {
  const t = useT();
  if (offer.kind === 'none') return null;
  if (offer.kind === 'offer') return <ProbePanel target={offer.target} start={start} autoStart={autoStart} />;
  return (
    <p class="probe-needs">
      {t(offer.kind === 'needs-probe' ? 'ext_probe_needs' : 'ext_probe_needs_server')}{' '}
      {offer.kind === 'needs-probe' && <button type="button" class="link-button" onClick={openSettings}>{t('ext_open_settings')}</button>}
    </p>
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
        {t('ext_probe_check')} <span class="probe-where">({where})</span>
      </button>
      {state.phase === 'idle' && <p class="probe-what">{t('ext_probe_what')}</p>}
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
          {errorDetail(state.error, state.detail) && <span class="error-detail"> ({errorDetail(state.error, state.detail)})</span>}
        </p>
      )}
    </div>
  );
}
