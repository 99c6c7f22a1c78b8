// Help page entry: the language and provider profile chosen in the options, then the topic in
// the address (#recipient, #settings …) scrolled to and focused.
import { render } from 'preact';
import { DEFAULT_PROFILE } from '../../core/profile/index.ts';
import { loadTranslate, languageTag } from '../shared/i18n.ts';
import { loadSettings } from '../shared/settings.ts';
import { isHelpTopic } from '../shared/help-topics.ts';
import { HelpPage } from './help-page.tsx';
import './help.css';

function showTopic(): void {
  const topic = decodeURIComponent(location.hash.slice(1));
  if (!isHelpTopic(topic)) return;
  const heading = document.getElementById(`${topic}-h`);
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus({ preventScroll: true });
}

void (async () => {
  const { language, profile } = await loadSettings();
  const t = await loadTranslate(language);
  document.documentElement.lang = languageTag(language);
  document.title = t('help_page_title');
  const root = document.getElementById('app');
  if (!root) return;
  render(<HelpPage t={t} profile={profile.kind === 'custom' ? profile.profile : DEFAULT_PROFILE} />, root);
  showTopic();
  addEventListener('hashchange', showTopic);
})();
