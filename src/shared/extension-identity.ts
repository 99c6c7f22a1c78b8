// The extension's fixed identity, which both the build (manifest) and the native helper (the ids
// its host manifest lets in) need: here so the helper does not import from src/extension.

/** Fixed so Firefox keeps storage and permissions across updates (the store needs it too). */
export const GECKO_ID = 'bounce-lens@proredline.example';
