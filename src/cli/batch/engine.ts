// What a batch thread runs, as one module. The build bundles it on its own as a script
// (lib/bundle/engine.cjs) with V8's code cache beside it, so that each thread of
// `bounce-lens explain` loads the engine already compiled (engine-loader.ts).
// The main thread takes from here whatever of the engine it uses, so that it too loads it only so.
export { runTask } from './task.ts';
export { loadTranslate } from '../../node/catalogue.ts';
export { explainOutput } from '../explain-output.ts';
export { leanOutput } from './lean-output.ts';
export { DEFAULT_PROFILE, validateProfile } from '../../core/profile/index.ts';
export { MAX_INPUT } from '../../core/text/analyze-text.ts';
