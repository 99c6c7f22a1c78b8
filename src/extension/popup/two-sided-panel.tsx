// "Check from this computer too": the server probe on each submission port and the local helper
// on the same ports, side by side, then the two-sided verdict (blocked port, interception, server
// down, network fine). Without the helper it says what it cannot check and how to install it.
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  compareSides, describeObservation, observationFromStages, SUBMISSION_PORTS,
  type PortObservation, type TwoSidedVerdict,
} from '../../core/two-sided-verdict.ts';
import type { HelperPortMessage } from '../background/helper-port.ts';
import type { ProbePortMessage, ProbeStageEvent } from '../messages.ts';
import { keyOrText, useT } from '../shared/t-context.ts';
import { HELPER_INSTALL_COMMAND, type HelperAccess, type HelperConnection } from './helper-connector.ts';
import { LocalLoginCheck } from './local-login-check.tsx';
import type { ProbeStarter } from './probe-panel.tsx';

const OBSERVE_ID = 'observe';
/** Per port, on the helper's side: a dropped port must not keep the user waiting long. */
const OBSERVE_TIMEOUT_MS = 8_000;

export interface ServerRun {
  port: number;
  stages: ProbeStageEvent[];
  end: { state: 'running' } | { state: 'done' } | { state: 'failed'; error: string; detail: string };
}

export type LocalSide =
  | { phase: 'running'; observations: PortObservation[] }
  | { phase: 'done'; observations: PortObservation[] }
  | { phase: 'missing' }
  | { phase: 'no-permission' }
  | { phase: 'failed'; error: string; detail: string };

export function nextServerRun(run: ServerRun, message: ProbePortMessage): ServerRun {
  if (run.end.state !== 'running') return run;
  if (message.kind === 'stage') return { ...run, stages: [...run.stages, message.event] };
  if (message.kind === 'verdict') return { ...run, end: { state: 'done' } };
  return { ...run, end: { state: 'failed', error: message.error, detail: message.detail ?? '' } };
}

/** The helper's error codes are catalogue keys h_err_<code with "_" for "-">. */
function helperErrorKey(code: string): string {
  return `h_err_${code.replace(/-/g, '_')}`;
}

export function nextLocalSide(local: LocalSide, message: HelperPortMessage): LocalSide {
  if (local.phase !== 'running') return local; // e.g. the port closing after "missing" or "done"
  switch (message.kind) {
    case 'observation':
      return message.id === OBSERVE_ID ? { ...local, observations: [...local.observations, message.observation] } : local;
    case 'done':
      return message.id === OBSERVE_ID ? { phase: 'done', observations: local.observations } : local;
    case 'error':
      return message.id === OBSERVE_ID || message.id === null
        ? { phase: 'failed', error: helperErrorKey(message.error), detail: message.detail ?? '' }
        : local;
    case 'missing':
      return { phase: 'missing' };
    case 'no-permission':
      return { phase: 'no-permission' };
    case 'closed':
      return { phase: 'failed', error: 'h_ui_helper_closed', detail: '' };
    default:
      return local; // hello, and the stages of a local probe, are not part of the comparison
  }
}

/** A server run says something about its port when it finished, or failed after some stages. */
function serverObservation(run: ServerRun): PortObservation | null {
  if (run.end.state === 'running') return null;
  if (run.end.state === 'failed' && run.stages.length === 0) return null;
  return observationFromStages(run.port, run.stages);
}

export type TwoSidedOutcome =
  | { state: 'pending' }
  | { state: 'verdict'; verdict: TwoSidedVerdict }
  /** Both sides finished, but one has nothing to compare (no helper, no server probe). */
  | { state: 'incomparable' };

export function twoSidedOutcome(host: string, server: ServerRun[], local: LocalSide): TwoSidedOutcome {
  if (local.phase === 'running' || server.some((r) => r.end.state === 'running')) return { state: 'pending' };
  const serverPorts = server.map(serverObservation).filter((o): o is PortObservation => o !== null);
  if (local.phase !== 'done' || serverPorts.length === 0 || local.observations.length === 0) return { state: 'incomparable' };
  return { state: 'verdict', verdict: compareSides({ host, ports: serverPorts }, { host, ports: local.observations }) };
}

/**
 * A probe server that does not send certificates still shows that the session went on over TLS
 * (EHLO after STARTTLS, or a greeting after implicit TLS): say "encrypted", not "no encryption".
 */
function continuedOverTls(stages: ProbeStageEvent[]): boolean {
  const has = (name: string): boolean => stages.some((s) => s.stage === name);
  return has('ehlo-after-tls') || (has('tls') && has('greeting'));
}

function ServerColumn({ runs }: { runs: ServerRun[] }) {
  const t = useT();
  const line = (run: ServerRun): string => {
    const seen = serverObservation(run);
    if (seen) {
      const msg = describeObservation(seen);
      const key = msg.key === 'h_ui_port_plain' && continuedOverTls(run.stages) ? 'h_ui_port_tls' : msg.key;
      return t(key, msg.subs);
    }
    if (run.end.state === 'failed') return t('h_ui_port_not_checked', [String(run.port), keyOrText(t, run.end.error)]);
    return t('h_ui_port_checking', [String(run.port)]);
  };
  return (
    <div class="side side-server">
      <h4>{t('h_ui_from_server')}</h4>
      <ul>{runs.map((run) => <li key={run.port} data-port={run.port} data-state={run.end.state}>{line(run)}</li>)}</ul>
    </div>
  );
}

/** The helper answers each port as it finishes; show them in the same order as our side. */
function inPortOrder(observations: PortObservation[]): PortObservation[] {
  const rank = (port: number): number => (SUBMISSION_PORTS as readonly number[]).indexOf(port);
  return [...observations].sort((a, b) => rank(a.port) - rank(b.port));
}

/** How to install the helper, in the user's words, with the command and a button that copies it. */
function InstallHelper() {
  const t = useT();
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = (): void => {
    navigator.clipboard.writeText(HELPER_INSTALL_COMMAND).then(() => setCopied(true), () => setCopied(false));
  };
  return (
    <div class="install-helper">
      <p class="install-hint">{t('lg_installWhat')}</p>
      <ol class="install-steps">
        <li>{t('lg_installStepTerminal')}</li>
        <li>
          {t('lg_installStepPaste')}
          <span class="install-command">
            <code>{HELPER_INSTALL_COMMAND}</code>
            <button type="button" class="copy-command" onClick={copy}>{t('lg_copy')}</button>
          </span>
        </li>
        <li>{t('lg_installStepRestart')}</li>
      </ol>
      <p class="help">{t('lg_installNeeds')}</p>
      {copied !== null && <p class={copied ? 'copied' : 'error'} role="status">{t(copied ? 'lg_copied' : 'lg_copyFailed')}</p>}
    </div>
  );
}

function LocalColumn({ local }: { local: LocalSide }) {
  const t = useT();
  let body;
  if (local.phase === 'missing') {
    body = (
      <div class="helper-missing" role="alert">
        <p>{t('h_missing')}</p>
        <InstallHelper />
      </div>
    );
  } else if (local.phase === 'no-permission') {
    body = <p class="helper-missing" role="alert">{t('h_ui_permission_denied')}</p>;
  } else if (local.phase === 'failed') {
    body = (
      <p class="error" role="alert">
        {keyOrText(t, local.error)}
        {local.detail && <span class="error-detail"> ({local.detail})</span>}
      </p>
    );
  } else {
    body = (
      <ul>
        {inPortOrder(local.observations).map((o) => {
          const msg = describeObservation(o);
          return <li key={o.port} data-port={o.port} data-connect={o.connect}>{t(msg.key, msg.subs)}</li>;
        })}
        {local.phase === 'running' && <li class="pending">{t('h_ui_checking_here')}</li>}
      </ul>
    );
  }
  return (
    <div class="side side-here">
      <h4>{t('h_ui_from_here')}</h4>
      {body}
    </div>
  );
}

export function TwoSidedPanel({ host, startProbe, helper }: { host: string; startProbe: ProbeStarter; helper: HelperAccess }) {
  const t = useT();
  const [server, setServer] = useState<ServerRun[] | null>(null);
  const [local, setLocal] = useState<LocalSide>({ phase: 'running', observations: [] });
  const stopServer = useRef<(() => void) | null>(null);
  const connection = useRef<HelperConnection | null>(null);
  const stop = (): void => {
    stopServer.current?.();
    stopServer.current = null;
    connection.current?.close();
    connection.current = null;
  };
  useEffect(() => stop, []);

  // One port after the other: the probe server limits probes per target.
  const runServer = (index: number): void => {
    const port = SUBMISSION_PORTS[index];
    if (port === undefined) return;
    let ended = false;
    stopServer.current = startProbe({ host, port }, (message) => {
      if (ended) return;
      setServer((runs) => runs && runs.map((run) => (run.port === port ? nextServerRun(run, message) : run)));
      if (message.kind === 'stage') return;
      ended = true; // a verdict or an error ends each run
      runServer(index + 1);
    });
  };

  const onLocal = (message: HelperPortMessage): void => setLocal((current) => nextLocalSide(current, message));
  // The observation is all the helper is for here: once it is over, let the helper exit.
  useEffect(() => {
    if (local.phase === 'running') return;
    connection.current?.close();
    connection.current = null;
  }, [local.phase]);

  const run = async (): Promise<void> => {
    stop();
    const permitted = helper.permit(); // asked first, while the click still counts as a user gesture
    setServer(SUBMISSION_PORTS.map((port) => ({ port, stages: [], end: { state: 'running' } })));
    setLocal({ phase: 'running', observations: [] });
    runServer(0);
    if (!(await permitted)) {
      setLocal({ phase: 'no-permission' });
      return;
    }
    connection.current = helper.connect(onLocal);
    connection.current.send({ type: 'observe', id: OBSERVE_ID, host, ports: [...SUBMISSION_PORTS], timeoutMs: OBSERVE_TIMEOUT_MS });
  };

  const outcome = server ? twoSidedOutcome(host, server, local) : null;
  return (
    <section class="two-sided" aria-label={t('h_ui_title')}>
      <button type="button" class="two-sided-button" onClick={() => void run()} disabled={outcome?.state === 'pending'}>
        {t('h_ui_check_here')}
      </button>
      {server && (
        <>
          {/* "Checked from both sides" only when both sides did run and can be compared. */}
          {outcome?.state === 'verdict' && <h3 class="two-sided-title">{t('h_ui_title')}</h3>}
          <div class="two-sided-columns" aria-live="polite">
            <ServerColumn runs={server} />
            <LocalColumn local={local} />
          </div>
        </>
      )}
      {outcome?.state === 'verdict' && (
        <div class="two-sided-verdict" role="status" data-kind={outcome.verdict.kind}>
          <p class="two-sided-summary">{t(outcome.verdict.summary.key, outcome.verdict.summary.subs)}</p>
          <ul class="two-sided-steps">
            {outcome.verdict.steps.map((step) => <li key={step.key}>{t(step.key, step.subs)}</li>)}
          </ul>
        </div>
      )}
      {outcome?.state === 'incomparable' && local.phase === 'done' && <p class="two-sided-incomparable">{t('h_ui_cannot_compare')}</p>}
      {outcome && outcome.state !== 'pending' && local.phase === 'done' && (
        <LocalLoginCheck port={(outcome.state === 'verdict' ? outcome.verdict.recommendedPort : null) ?? 587} helper={helper} />
      )}
    </section>
  );
}
