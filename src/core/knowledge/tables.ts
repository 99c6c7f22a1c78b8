// The full knowledge tables wired together (popup, background, CLI, server).
import type { KnowledgeTables } from './explain-core.ts';
import { enhancedMeanings, replyMeaning } from './codes.ts';
import { findProviderEntry } from './providers.ts';
import { LOOSE_CLIENT_WORDS, SERVER_REPLIED_KEY, findClientError } from '../client-errors/table.ts';
import { adviceReferences } from './advice-refs.ts';
import { guessFromWords } from './word-model.ts';
import { findProgramMessage } from './program-messages.ts';
import { withLibraryNames, withSmarthosts } from './pasted-wordings.ts';
import { withR7Programs } from './client-texts-r7.ts';
import { withR10Programs } from './actor-words-r10.ts';
import { withDelayR8, withFinalR8, withTemporaryR8 } from './languages-r8.ts';
import { gated } from '../text/literal-gate.ts';
import { BLOCK_WORDS, BOUNCE_WORDS, DELAY_WORDS, EXPANDED_FROM, FINAL_WORDS, OWN_OUTBOUND, OWN_REJECT, OWN_RELAY, PROGRAM_LEAD, PROGRAM_LEAD_GATE, SERVER_SIDE, TEMPORARY_NOTICE, TEMPORARY_WORDS } from './context-words.ts';

export const FULL_TABLES: KnowledgeTables = {
  findProvider: findProviderEntry,
  findClientError,
  clientWords: (text) => {
    const entry = findClientError(text);
    return entry !== null && !LOOSE_CLIENT_WORDS.has(entry.id);
  },
  enhancedMeanings,
  replyMeaning,
  adviceReferences,
  guessFromWords,
  programMessage: (words) => findProgramMessage(words)?.family ?? null,
  situationWords: { bounce: BOUNCE_WORDS, delay: withDelayR8(DELAY_WORDS), server: SERVER_SIDE, temporary: withTemporaryR8(TEMPORARY_WORDS), final: withFinalR8(FINAL_WORDS), block: BLOCK_WORDS, program: withR10Programs(withR7Programs(withLibraryNames(gated(PROGRAM_LEAD_GATE, PROGRAM_LEAD)))), outbound: OWN_OUTBOUND, ownReject: OWN_REJECT, ownRelay: withSmarthosts(OWN_RELAY), notice: TEMPORARY_NOTICE, expanded: EXPANDED_FROM },
  clientMeaning: (entry, replyCode) =>
    entry.meaning === SERVER_REPLIED_KEY ? { key: entry.meaning, subs: [String(replyCode ?? '')] } : { key: entry.meaning },
};
