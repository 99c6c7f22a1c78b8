// The bounces found on the current tab: one line each (recipient, cause, who acts), expandable
// into the full explanation, the steps and the probe.
import { useState } from 'preact/hooks';
import { render } from '../../core/i18n.ts';
import type { ExplainResult } from '../../core/knowledge/types.ts';
import type { Analysis } from '../../core/types.ts';
import type { PageBounce } from '../messages.ts';
import { useT } from '../shared/t-context.ts';
import { ActorLine, ExplainResultView } from './explanation-view.tsx';
import type { HelperAccess } from './helper-connector.ts';
import { ProbePanel, type ProbeStarter } from './probe-panel.tsx';
import { TwoSidedPanel } from './two-sided-panel.tsx';
import { BounceCheckPanel } from './bounce-check-panel.tsx';
import { checkableFinding, factsFromFinding } from '../shared/bounce-check.ts';

export interface FoundBounce {
  frameId: number;
  bounce: PageBounce;
}

type ExplainBounce = (analysis: Analysis) => ExplainResult;

function BounceItem(
  { found, explain, start, probeNow, helper }: { found: FoundBounce; explain: ExplainBounce; start: ProbeStarter; probeNow: boolean; helper?: HelperAccess },
) {
  const t = useT();
  const [open, setOpen] = useState(probeNow);
  const result = explain(found.bounce.analysis);
  const first = result.items[0];
  const title = first ? render(first.explanation.title, t) : result.general ? render(result.general.title, t) : t(`ui_kind_${found.bounce.analysis.kind.replace('-', '_')}`);
  const recipients = found.bounce.analysis.findings.map((f) => f.recipient).filter((r): r is string => !!r);
  const panelId = `bounce-${found.frameId}-${found.bounce.id}`;
  const target = found.bounce.probeTargets[0];
  const checkable = checkableFinding(found.bounce.analysis.findings);
  return (
    <li class="bounce" data-reason={first?.finding.reason ?? ''} data-bucket={first?.finding.bucket ?? ''}>
      <button type="button" class="bounce-head" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        <span class="chevron" aria-hidden="true">{open ? '▾' : '▸'}</span>
        <span class="bounce-title">{title}</span>
        {recipients.length > 0 && <span class="bounce-recipient">{recipients.join(', ')}</span>}
        {first?.explanation.actor && <ActorLine actor={first.explanation.actor} />}
      </button>
      {open && (
        <div id={panelId} class="bounce-body">
          <ExplainResultView result={result} headed={false} />
          {target && <ProbePanel target={target} start={start} autoStart={probeNow} />}
          {target && helper && <TwoSidedPanel host={target.host} startProbe={start} helper={helper} />}
          {checkable && <BounceCheckPanel facts={factsFromFinding(checkable)} />}
        </div>
      )}
    </li>
  );
}

export function BounceList(
  { bounces, explain, start, probeFirst, helper }: { bounces: FoundBounce[]; explain: ExplainBounce; start: ProbeStarter; probeFirst: boolean; helper?: HelperAccess },
) {
  const t = useT();
  if (bounces.length === 0) return <p class="empty">{t('ui_noBounces')}</p>;
  return (
    <ul class="bounces" aria-label={t('ui_bouncesOnPage')}>
      {bounces.map((found, i) => (
        <BounceItem key={`${found.frameId}:${found.bounce.id}:${probeFirst}`} found={found} explain={explain} start={start} probeNow={probeFirst && i === 0} helper={helper} />
      ))}
    </ul>
  );
}
