// The Chrome extension id, fixed by the manifest's "key" (its RSA public key): the first 128 bits
// of SHA-256 over the DER key, each hex digit mapped 0-f → a-p. The native helper's host manifest
// lists it in allowed_origins. test/unit/extension/extension-id.test.ts recomputes it from the key.
export const CHROME_EXTENSION_ID = 'pkjndmgnfbcecfbiifcmfbfdoklblgdd';
