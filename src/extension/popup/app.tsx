// The popup: command input on top, then what it produced, then the bounces on this tab.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ExplainResult } from '../../core/knowledge/types.ts';
import type { Analysis } from '../../core/types.ts';
import type { ProbeTarget } from '../messages.ts';
import { COMMANDS } from '../shared/commands.ts';
import type { PopupIntent } from '../shared/intent.ts';
import type { Result } from '../shared/result.ts';
import { keyOrText, useT } from '../shared/t-context.ts';
import { BounceList, type FoundBounce } from './bounce-list.tsx';
import type { TabInfo } from './connector.ts';
import { CommandInput } from './command-input.tsx';
import { ExplainResultView } from './explanation-view.tsx';
import type { PaletteItem } from './palette-items.ts';
import type { HelperAccess } from './helper-connector.ts';
import { ProbeArea, type ProbeStarter } from './probe-panel.tsx';
import { hostOf, targetFromHostText } from './probe-targets.ts';
import { probeOffer, type ProbeOffer, type ProbeSetup } from './probe-offer.ts';
import { TwoSidedPanel } from './two-sided-panel.tsx';
import { oneLineSummary } from '../../core/knowledge/one-line.ts';
import { useProfile } from './profile-context.ts';
import { SupportActions, type SupportDeps } from './support-actions.tsx';
import { bounceMeta } from '../shared/support-report.ts';
import { BounceCheckPanel } from './bounce-check-panel.tsx';
import { checkableFinding, factsFromFinding } from '../shared/bounce-check.ts';

/** Everything the popup needs from the extension, so a test can hand in its own. */
export interface PopupDeps {
  tab: () => Promise<TabInfo | null>;
  bounces: (tabId: number) => Promise<Result<FoundBounce[]>>;
  runCommand: (id: string, tabId: number | null) => Promise<Result<void>>;
  startProbe: ProbeStarter;
  explain: (text: string) => Promise<ExplainResult>;
  /** Explains a bounce the content script already analysed (with the user's provider profile). */
  explainAnalysis: (analysis: Analysis) => ExplainResult;
  takeIntent: () => Promise<PopupIntent | null>;
  onIntent: (callback: () => void) => () => void;
  /** The site-enable offer for a tab without our content script; null when it cannot be offered. */
  siteToEnable: (url: string) => string | null;
  enableSite: (pattern: string, tabId: number) => Promise<Result<void>>;
  /** The local helper, for the two-sided check next to the probe; absent, the check is not offered. */
  helper?: HelperAccess;
  /** Whether a probe is set up and which server is the user's own. */
  probeSetup: ProbeSetup;
  support: SupportDeps;
}

/**
 * The server the user asked about in an explained text: the text itself as host[:port], or the
 * server their mail client's error names (their own outgoing server). Never a bounce's remote
 * server: that is the recipient's.
 */
function askedTarget(explained: Explained): ProbeTarget | null {
  const typed = targetFromHostText(explained.text);
  if (typed) return typed;
  if (explained.result.analysis.kind !== 'client-error') return null;
  const host = explained.result.analysis.findings.map((f) => hostOf(f.remoteMta)).find((h) => h !== null);
  return host ? { host } : null;
}

type Bounces = { state: 'loading' } | { state: 'ready'; list: FoundBounce[] } | { state: 'unavailable' };
interface Explained {
  text: string;
  result: ExplainResult;
  probeNow: boolean;
  /** Typed into the command input (already shown there) or brought by a command (shown once, here). */
  from: 'input' | 'command';
}

export function App({ deps }: { deps: PopupDeps }) {
  const t = useT();
  const profile = useProfile();
  const offerFor = (value: Explained): ProbeOffer => probeOffer(value.result, deps.probeSetup, askedTarget(value));
  const [tab, setTab] = useState<TabInfo | null>(null);
  // Asked once; a command typed before it answers waits for it rather than losing its tab.
  const tabReady = useMemo(() => deps.tab(), []);
  const [bounces, setBounces] = useState<Bounces>({ state: 'loading' });
  const [explained, setExplained] = useState<Explained | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [probeFirst, setProbeFirst] = useState(false);
  // The intent listener outlives renders: it reads the latest list and explanation from refs.
  const listRef = useRef<FoundBounce[]>([]);
  const explainedRef = useRef<Explained | null>(null);
  const showExplained = (value: Explained): void => {
    explainedRef.current = value;
    setExplained(value);
  };

  const loadBounces = async (info: TabInfo | null): Promise<FoundBounce[]> => {
    if (!info) {
      setBounces({ state: 'unavailable' });
      return [];
    }
    const found = await deps.bounces(info.id);
    listRef.current = found.ok ? found.value : [];
    setBounces(found.ok ? { state: 'ready', list: found.value } : { state: 'unavailable' });
    return listRef.current;
  };

  const applyIntent = (intent: PopupIntent | null): void => {
    if (!intent) return;
    if (intent.kind === 'explained') showExplained({ text: intent.text, result: intent.result, probeNow: false, from: 'command' });
    else if (intent.kind === 'explain-failed') setNotice(intent.error);
    else confirmWithProbe();
  };

  // "Confirm with the probe" (keyboard or command): the first thing a check can confirm, else why not.
  const confirmWithProbe = (): void => {
    const first = listRef.current[0];
    const current = explainedRef.current;
    if (first && probeOffer(deps.explainAnalysis(first.bounce.analysis), deps.probeSetup).kind !== 'none') setProbeFirst(true);
    else if (current && offerFor(current).kind !== 'none') showExplained({ ...current, probeNow: true });
    else setNotice(first || current ? 'ext_probe_not_useful' : 'ui_errNothingToProbe');
  };

  useEffect(() => {
    const stop = deps.onIntent(() => void deps.takeIntent().then(applyIntent));
    void (async () => {
      const info = await tabReady;
      setTab(info);
      await loadBounces(info);
      applyIntent(await deps.takeIntent());
    })();
    return stop;
  }, []);

  const onRun = async (item: PaletteItem): Promise<void> => {
    setNotice(null);
    if (item.kind === 'explain') {
      showExplained({ text: item.text, result: await deps.explain(item.text), probeNow: false, from: 'input' });
      return;
    }
    const info = await tabReady;
    const result = await deps.runCommand(item.command.id, info?.id ?? null);
    if (!result.ok) setNotice(result.error);
    else if (item.command.id === 'scan-page') await loadBounces(info);
    else if (item.command.id === 'open-settings') globalThis.close();
  };

  const siteOffer = tab && bounces.state === 'unavailable' ? deps.siteToEnable(tab.url) : null;
  const enable = async (): Promise<void> => {
    if (!tab || !siteOffer) return;
    const result = await deps.enableSite(siteOffer, tab.id);
    if (!result.ok) setNotice(result.error);
    else await loadBounces(tab);
  };

  const openSettings = (): void => void deps.runCommand('open-settings', null).then(() => globalThis.close());
  const offer = explained ? offerFor(explained) : null;
  // The check from this computer needs no probe: it runs wherever the target is known.
  const localTarget = offer?.kind === 'offer' || offer?.kind === 'needs-probe' ? offer.target : null;
  const headline = explained ? oneLineSummary(explained.result, t, profile) : '';
  const listDeps = { explain: deps.explainAnalysis, start: deps.startProbe, setup: deps.probeSetup, support: deps.support, openSettings, helper: deps.helper };
  const explainedCheck = explained ? checkableFinding(explained.result.analysis.findings) : undefined;
  return (
    <main>
      <header>
        <img src="/icons/icon-32.png" width={20} height={20} alt="" />
        <h1>{t('extName')}</h1>
      </header>
      <CommandInput commands={COMMANDS} onRun={(item) => void onRun(item)} />
      {notice && <p class="notice" role="alert">{keyOrText(t, notice)}</p>}
      {explained && (
        <section class="explained" aria-label={t('ui_explainedHeading')}>
          <h2>{t('ui_explainedHeading')}</h2>
          {explained.from === 'command' && <pre class="explained-text">{explained.text}</pre>}
          {/* A server name typed on its own asks for a check, not for the general guidance. */}
          {!(targetFromHostText(explained.text) && explained.result.items.length === 0) && (
            <>
              <p class="headline">{headline}</p>
              <ExplainResultView result={explained.result} pasted />
            </>
          )}
          {explained.result.items.length > 0 && <SupportActions result={explained.result} headline={headline} meta={bounceMeta(explained.text)} deps={deps.support} />}
          {offer && <ProbeArea key={`${explained.text}:${explained.probeNow}`} offer={offer} start={deps.startProbe} autoStart={explained.probeNow} openSettings={openSettings} />}
          {localTarget && deps.helper && <TwoSidedPanel key={localTarget.host} host={localTarget.host} startProbe={deps.startProbe} helper={deps.helper} />}
          {explainedCheck && <BounceCheckPanel key={explained.text} facts={factsFromFinding(explainedCheck)} />}
        </section>
      )}
      <section class="on-page">
        <h2>{t('ui_bouncesOnPage')}</h2>
        {bounces.state === 'loading' && <p class="empty">{t('ui_loading')}</p>}
        {bounces.state === 'ready' && <BounceList bounces={bounces.list} deps={listDeps} probeFirst={probeFirst} />}
        {bounces.state === 'unavailable' && <p class="empty">{t('ui_errNoContentScript')}</p>}
        {siteOffer && (
          <button type="button" class="enable-site" onClick={() => void enable()}>
            {t('ui_enableSite', [siteOffer.replace(/^https?:\/\/|\/\*$/g, '')])}
          </button>
        )}
      </section>
    </main>
  );
}
