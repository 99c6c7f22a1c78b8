// The bundled help page's topics: one per cause (the engine's buckets) plus the probe. A topic
// asked for by a page is checked against this list before it becomes part of a URL.
import { BUCKETS } from '../../core/types.ts';

export const HELP_PAGE = 'src/extension/help/index.html';
export const HELP_TOPICS = [...BUCKETS, 'probe'] as const;
export type HelpTopic = (typeof HELP_TOPICS)[number];

export function isHelpTopic(topic: unknown): topic is HelpTopic {
  return typeof topic === 'string' && (HELP_TOPICS as readonly string[]).includes(topic);
}

/** The help page's path inside the extension, at a topic's section when the topic is known. */
export function helpPath(topic: unknown): string {
  return isHelpTopic(topic) ? `${HELP_PAGE}#${topic}` : HELP_PAGE;
}
