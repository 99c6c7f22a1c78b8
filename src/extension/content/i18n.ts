// browser.i18n.getMessage as the knowledge base's Translate function.
import type { Translate } from '../../core/knowledge/types.ts';

export function translateWith(getMessage: (key: string, subs?: string[]) => string): Translate {
  return (key, subs) => {
    try {
      return getMessage(key, subs) || key;
    } catch {
      return key;
    }
  };
}
