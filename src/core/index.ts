// Public API of the engine. Every surface imports from here, never from deeper modules.
export * from './types.ts';
export { analyze, analyzeText } from './analyze.ts';
export { REASON_DEFAULTS, type ReasonDefaults } from './reasons.ts';
