// Explains text with the user's provider profile (the built-in one unless they loaded another).
import { explain } from '../../core/knowledge/index.ts';
import type { ExplainResult } from '../../core/knowledge/types.ts';
import { loadSettings } from '../shared/settings.ts';

export async function explainText(text: string): Promise<ExplainResult> {
  const { profile } = await loadSettings();
  return explain(text, profile.kind === 'custom' ? { profile: profile.profile } : {});
}
