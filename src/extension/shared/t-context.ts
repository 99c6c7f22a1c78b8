// The page's Translate, provided once at the root of the popup and options pages.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translate } from '../../core/knowledge/types.ts';
import { browserTranslate } from './i18n.ts';

export const TContext = createContext<Translate>(browserTranslate);

export function useT(): Translate {
  return useContext(TContext);
}

/** A catalogue key if it has a translation, else the text as given (e.g. a server's own message). */
export function keyOrText(t: Translate, keyOrRaw: string): string {
  return (/^[A-Za-z0-9_@]+$/.test(keyOrRaw) && t(keyOrRaw)) || keyOrRaw;
}
