// What a note's buttons do in the page: copy the support report (the async clipboard where the
// page allows it, else a selection copy inside our shadow root) and open the help topic through
// the service worker (a web page may not open an extension page itself).
import type { ExplainResult, Translate } from '../../core/knowledge/types.ts';
import type { Profile } from '../../core/profile/schema.ts';
import type { PageBounce } from '../messages.ts';
import type { NoteActions } from './annotation/note-view.ts';
import { supportReport } from '../shared/support-report.ts';
import { isCheckable } from '../shared/checkable.ts';

export interface ActionEnv {
  t: Translate;
  profile(): Profile | undefined;
  /** A probe is set up (in the settings or by the provider's profile). */
  probeAvailable(): boolean;
  openHelp(topic: string): void;
  now?: () => Date;
}

async function writeClipboard(doc: Document, text: string): Promise<boolean> {
  try {
    await doc.defaultView?.navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older pages or a denied clipboard permission: the classic copy of a selected textarea.
    const area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('style', 'position:fixed;left:-9999px;top:0');
    doc.body.append(area);
    area.select();
    try {
      return doc.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}

export function noteActionsFor(doc: Document, env: ActionEnv) {
  return (bounce: PageBounce, result: ExplainResult, headline: string): NoteActions => {
    const links: NoteActions['links'] = [];
    const profile = env.profile();
    if (profile?.helpUrl) links.push({ label: env.t('ext_provider_help', [profile.name]), href: profile.helpUrl });
    if (profile?.supportUrl) links.push({ label: env.t('ext_provider_support', [profile.name]), href: profile.supportUrl });
    const lead = result.items.find((i) => i.finding.action !== 'delivered') ?? result.items[0];
    const checkable = result.items.some((i) => isCheckable(i.explanation.bucket));
    return {
      checkHint: checkable ? (env.probeAvailable() ? 'ext_note_check' : 'ext_probe_needs') : undefined,
      copy: () => writeClipboard(doc, supportReport({ result, headline, meta: bounce.meta, now: env.now?.() ?? new Date(), t: env.t })),
      openHelp: () => env.openHelp(lead?.explanation.bucket ?? 'unknown'),
      links,
    };
  };
}
