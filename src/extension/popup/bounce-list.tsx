// The bounces found on the current tab: one line each (the shared one-line summary: what, to
// whom, permanent or temporary, who acts), expandable into the full explanation, the ways to a
// human and, where a check can confirm the cause, the probe.
import { useState } from 'preact/hooks';
import type { ExplainResult } from '../../core/knowledge/types.ts';
import { oneLineSummary } from '../../core/knowledge/one-line.ts';
import type { Analysis } from '../../core/types.ts';
import type { PageBounce } from '../messages.ts';
import { useT } from '../shared/t-context.ts';
import { ExplainResultView } from './explanation-view.tsx';
import type { HelperAccess } from './helper-connector.ts';
import { ProbeArea, type ProbeStarter } from './probe-panel.tsx';
import { probeOffer, type ProbeSetup } from './probe-offer.ts';
import { useProfile } from './profile-context.ts';
import { SupportActions, type SupportDeps } from './support-actions.tsx';
import { TwoSidedPanel } from './two-sided-panel.tsx';
import { BounceCheckPanel } from './bounce-check-panel.tsx';
import { checkableFinding, factsFromFinding } from '../shared/bounce-check.ts';

export interface FoundBounce {
  frameId: number;
  bounce: PageBounce;
}

type ExplainBounce = (analysis: Analysis) => ExplainResult;

export interface BounceListDeps {
  explain: ExplainBounce;
  start: ProbeStarter;
  setup: ProbeSetup;
  support: SupportDeps;
  openSettings: () => void;
  helper?: HelperAccess;
}

function BounceItem({ found, deps, probeNow }: { found: FoundBounce; deps: BounceListDeps; probeNow: boolean }) {
  const t = useT();
  const profile = useProfile();
  const [open, setOpen] = useState(probeNow);
  const result = deps.explain(found.bounce.analysis);
  const first = result.items[0];
  const headline = oneLineSummary(result, t, profile);
  const panelId = `bounce-${found.frameId}-${found.bounce.id}`;
  // A bounce names the recipient's servers only: a check, where it helps, is of the user's own server.
  const offer = probeOffer(result, deps.setup);
  const checkable = checkableFinding(found.bounce.analysis.findings);
  return (
    <li class="bounce" data-reason={first?.finding.reason ?? ''} data-bucket={first?.finding.bucket ?? ''}>
      <button type="button" class="bounce-head" aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={() => setOpen(!open)}>
        <span class="chevron" aria-hidden="true">{open ? '▾' : '▸'}</span>
        <span class="bounce-title">{headline}</span>
      </button>
      {open && (
        <div id={panelId} class="bounce-body">
          <ExplainResultView result={result} headed={false} />
          <SupportActions result={result} headline={headline} meta={found.bounce.meta} deps={deps.support} />
          <ProbeArea offer={offer} start={deps.start} autoStart={probeNow} openSettings={deps.openSettings} />
          {offer.kind === 'offer' && deps.helper && <TwoSidedPanel host={offer.target.host} startProbe={deps.start} helper={deps.helper} />}
          {checkable && <BounceCheckPanel facts={factsFromFinding(checkable)} />}
        </div>
      )}
    </li>
  );
}

export function BounceList({ bounces, deps, probeFirst }: { bounces: FoundBounce[]; deps: BounceListDeps; probeFirst: boolean }) {
  const t = useT();
  if (bounces.length === 0) return <p class="empty">{t('ui_noBounces')}</p>;
  return (
    <ul class="bounces" aria-label={t('ui_bouncesOnPage')}>
      {bounces.map((found, i) => (
        <BounceItem key={`${found.frameId}:${found.bounce.id}:${probeFirst}`} found={found} deps={deps} probeNow={probeFirst && i === 0} />
      ))}
    </ul>
  );
}
