// "Test the login from this computer": the probe's stage engine run by the local helper, with the
// user's password, against the user's OWN outgoing server only: the one in the settings (or the
// administrator's preset), or the one the user types here. Never the host a bounce or a pasted
// text names: a forged bounce would otherwise collect the password (the background refuses any
// other host too, see background/helper-port.ts). The host is shown next to the password field.
// The password goes only to the helper (which uses it only over verified TLS); the field is
// cleared as soon as it is sent, and nothing here keeps it.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { HelperPortMessage } from '../background/helper-port.ts';
import type { Lang, Security } from '../../shared/helper-protocol.ts';
import type { ProbePortMessage } from '../messages.ts';
import { keyOrText, useT } from '../shared/t-context.ts';
import type { HelperAccess, HelperConnection } from './helper-connector.ts';
import { nextProbeState } from './probe-panel.tsx';

type ProbeState = Parameters<typeof nextProbeState>[0];

const LOGIN_ID = 'login';
const LOGIN_TIMEOUT_MS = 15_000;

/** The helper's replies to the login probe, in the probe port's terms (errors as catalogue keys). */
export function asProbeMessage(message: HelperPortMessage): ProbePortMessage | null {
  switch (message.kind) {
    case 'stage':
      return message.id === LOGIN_ID ? { kind: 'stage', event: message.event } : null;
    case 'verdict':
      return message.id === LOGIN_ID ? { kind: 'verdict', verdict: message.verdict } : null;
    case 'error':
      return message.id === LOGIN_ID || message.id === null
        ? { kind: 'error', error: `h_err_${message.error.replace(/-/g, '_')}`, ...(message.detail ? { detail: message.detail } : {}) }
        : null;
    case 'login-refused':
      return message.id === LOGIN_ID ? { kind: 'error', error: `lg_refused_${message.reason.replace(/-/g, '_')}` } : null;
    case 'missing':
      return { kind: 'error', error: 'h_missing' };
    case 'no-permission':
      return { kind: 'error', error: 'h_ui_permission_denied' };
    case 'closed':
      return { kind: 'error', error: 'h_ui_helper_closed' };
    default:
      return null;
  }
}

function pageLang(): Lang {
  return document.documentElement.lang.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** The saved outgoing server, or a field to type it in when none is saved yet. */
function OwnServer({ server, typed, onType }: { server: string | null; typed: string; onType: (v: string) => void }) {
  const t = useT();
  if (server === null) return null;
  if (server !== '') {
    return <p class="login-server" data-host={server}>{t('lg_ownServer', [server])}</p>;
  }
  return (
    <>
      <label>
        {t('opt_outgoing')}
        <input name="outgoingServer" required autocomplete="off" spellcheck={false} value={typed} aria-describedby="login-server-help"
          onInput={(e) => onType(e.currentTarget.value)} />
      </label>
      <p class="help" id="login-server-help">{t('lg_ownServerHelp')}</p>
    </>
  );
}

export function LocalLoginCheck({ port, helper }: { port: number; helper: HelperAccess }) {
  const t = useT();
  const [server, setServer] = useState<string | null>(null);
  const [typedServer, setTypedServer] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [state, setState] = useState<ProbeState>({ phase: 'idle' });
  const connection = useRef<HelperConnection | null>(null);
  const close = (): void => {
    connection.current?.close();
    connection.current = null;
  };
  useEffect(() => close, []);
  useEffect(() => void helper.outgoingServer().then(setServer, () => setServer('')), []);
  useEffect(() => {
    if (state.phase === 'done' || state.phase === 'failed') close();
  }, [state.phase]);

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    close();
    const permitted = helper.permit(); // first, while the click still counts as a user gesture
    const auth = { user: user.trim(), password };
    setPassword('');
    setState({ phase: 'running', stages: [] });
    let host = server ?? '';
    if (host === '') {
      const saved = await helper.saveOutgoingServer(typedServer);
      if (!saved.ok) {
        setState({ phase: 'failed', stages: [], error: saved.error, detail: '' });
        return;
      }
      host = saved.value;
      setServer(host);
    }
    if (!(await permitted)) {
      setState({ phase: 'failed', stages: [], error: 'h_ui_permission_denied', detail: '' });
      return;
    }
    const security: Security = port === 465 ? 'ssl' : 'starttls';
    connection.current = helper.connect((message) => {
      const m = asProbeMessage(message);
      if (m) setState((s) => (s.phase === 'running' ? nextProbeState(s, m) : s));
    });
    connection.current.send({ type: 'probe', id: LOGIN_ID, host, port, security, timeoutMs: LOGIN_TIMEOUT_MS, lang: pageLang(), auth });
  };

  return (
    <form class="login-check" onSubmit={(e) => void submit(e)}>
      <OwnServer server={server} typed={typedServer} onType={setTypedServer} />
      <label>
        {t('h_ui_user_label')}
        <input type="email" name="user" autocomplete="username" required value={user} onInput={(e) => setUser(e.currentTarget.value)} />
      </label>
      <label>
        {t('h_ui_password_label')}
        <input type="password" name="password" autocomplete="current-password" required value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
      </label>
      <button type="submit" disabled={state.phase === 'running' || server === null}>{t('h_ui_test_login', [String(port)])}</button>
      {state.phase !== 'idle' && (
        <ol class="stages" aria-live="polite">
          {state.stages.map((s, i) => (
            <li key={i} class={s.ok ? 'stage ok' : 'stage failed'} data-stage={s.stage}>
              <span class="mark" aria-hidden="true">{s.ok ? '✓' : '✗'}</span>
              <span class="stage-name">{s.stage}</span>
              {s.detail && <span class="detail">{s.detail}</span>}
            </li>
          ))}
          {state.phase === 'running' && <li class="stage pending">{t('ui_probeRunning')}</li>}
        </ol>
      )}
      {state.phase === 'done' && <p class="login-summary" role="status">{state.verdict.summary}</p>}
      {state.phase === 'failed' && (
        <p class="error" role="alert">
          {keyOrText(t, state.error)}
          {state.detail && <span class="error-detail"> ({state.detail})</span>}
        </p>
      )}
    </form>
  );
}
