// The ways to a human under every finding in the popup: copy a report for support, the help
// topic for the cause, and the provider's own help and support pages when its profile has them.
import { useState } from 'preact/hooks';
import type { ExplainResult } from '../../core/knowledge/types.ts';
import type { BounceMeta } from '../messages.ts';
import { supportReport } from '../shared/support-report.ts';
import { useT } from '../shared/t-context.ts';
import { useProfile } from './profile-context.ts';

export interface SupportDeps {
  /** Puts text on the clipboard; false when the browser refused. */
  copy: (text: string) => Promise<boolean>;
  /** The bundled help page's URL at a topic. */
  helpHref: (topic: string) => string;
}

export function SupportActions({ result, headline, meta, deps }: { result: ExplainResult; headline: string; meta?: BounceMeta; deps: SupportDeps }) {
  const t = useT();
  const profile = useProfile();
  const [copied, setCopied] = useState<boolean | null>(null);
  const topic = result.items.find((i) => i.finding.action !== 'delivered')?.explanation.bucket ?? result.items[0]?.explanation.bucket ?? 'unknown';
  const copy = async (): Promise<void> => {
    setCopied(await deps.copy(supportReport({ result, headline, meta, now: new Date(), t })));
  };
  return (
    <div class="support-actions">
      <button type="button" class="copy-support" onClick={() => void copy()}>{t('ext_copy_support')}</button>
      <a class="help-link" href={deps.helpHref(topic)} target="_blank" rel="noopener noreferrer">{t('ext_help_topic')}</a>
      {profile.helpUrl && <a class="provider-help" href={profile.helpUrl} target="_blank" rel="noopener noreferrer">{t('ext_provider_help', [profile.name])}</a>}
      {profile.supportUrl && <a class="provider-support" href={profile.supportUrl} target="_blank" rel="noopener noreferrer">{t('ext_provider_support', [profile.name])}</a>}
      <span class="copy-status" role="status">{copied === null ? '' : t(copied ? 'ext_copied' : 'ext_copy_failed')}</span>
    </div>
  );
}
