// The bundled help: one section per cause, in the catalogue's words with the provider's places
// and ports filled in. A section exists for every help topic; its paragraphs are the catalogue's
// help_<topic>_1…n (as many as the language has).
import { profileSubs, type Profile } from '../../core/profile/index.ts';
import type { Translate } from '../../core/knowledge/types.ts';
import { HELP_TOPICS } from '../shared/help-topics.ts';

const MAX_PARAGRAPHS = 6;
const keyOf = (topic: string) => topic.replace(/-/g, '_');

function paragraphs(t: Translate, topic: string, subs: string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i <= MAX_PARAGRAPHS; i++) {
    const text = t(`help_${keyOf(topic)}_${i}`, subs);
    if (!text || text === `help_${keyOf(topic)}_${i}`) break;
    out.push(text);
  }
  return out;
}

export function HelpPage({ t, profile }: { t: Translate; profile: Profile }) {
  const subs = profileSubs(profile);
  return (
    <main>
      <header>
        <img src="/icons/icon-32.png" width={24} height={24} alt="" />
        <h1>{t('help_page_title')}</h1>
      </header>
      <p>{t('help_intro')}</p>
      <nav aria-label={t('help_contents')}>
        <ul class="toc">
          {HELP_TOPICS.map((topic) => <li key={topic}><a href={`#${topic}`}>{t(`help_${keyOf(topic)}_t`, subs)}</a></li>)}
        </ul>
      </nav>
      {HELP_TOPICS.map((topic) => (
        <section key={topic} id={topic} class="topic" aria-labelledby={`${topic}-h`}>
          <h2 id={`${topic}-h`} tabIndex={-1}>{t(`help_${keyOf(topic)}_t`, subs)}</h2>
          {paragraphs(t, topic, subs).map((text, i) => <p key={i}>{text}</p>)}
        </section>
      ))}
      <p class="still-stuck">{t('help_still_stuck', subs)}</p>
      {(profile.helpUrl || profile.supportUrl) && (
        <p class="provider-links">
          {profile.helpUrl && <a href={profile.helpUrl} target="_blank" rel="noopener noreferrer">{t('ext_provider_help', [profile.name])}</a>}
          {profile.helpUrl && profile.supportUrl && ' · '}
          {profile.supportUrl && <a href={profile.supportUrl} target="_blank" rel="noopener noreferrer">{t('ext_provider_support', [profile.name])}</a>}
        </p>
      )}
    </main>
  );
}
