// Derives the manifest a build ships from manifest.json: the webmail hosts go into
// host_permissions and the content-script matches, and the Firefox variant swaps the service
// worker for background.scripts and adds its gecko settings. Pure, so a unit test checks it.

import { DEFAULT_GECKO_ID } from './gecko-id.ts';

export type Target = 'chrome' | 'firefox';

/** The parts of manifest.json this transform reads or writes; everything else passes through. */
export interface SourceManifest {
  key?: string;
  background?: { service_worker?: string; scripts?: string[]; type?: 'module' };
  content_scripts?: { matches: string[]; js?: string[]; [k: string]: unknown }[];
  host_permissions?: string[];
  browser_specific_settings?: unknown;
  [k: string]: unknown;
}

/** Fixed so Firefox keeps storage and permissions across updates (the store needs it too); see gecko-id.ts. */
export const GECKO_ID = DEFAULT_GECKO_ID;
/** data_collection_permissions needs Firefox 140 (desktop) / 142 (Android). */
export const GECKO_MIN_VERSION = '140.0';

export function manifestForTarget(source: SourceManifest, target: Target, hosts: readonly string[], geckoId: string = GECKO_ID): SourceManifest {
  const manifest: SourceManifest = structuredClone(source);
  manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), ...hosts])];
  manifest.content_scripts = (manifest.content_scripts ?? []).map((cs) => ({
    ...cs,
    matches: [...new Set([...cs.matches, ...hosts])],
  }));
  if (target === 'chrome') return manifest;

  const worker = manifest.background?.service_worker;
  if (worker) manifest.background = { scripts: [worker], type: 'module' };
  // Firefox ignores "key" with a warning; its id comes from gecko.id.
  delete manifest.key;
  manifest.browser_specific_settings = {
    gecko: {
      id: geckoId,
      strict_min_version: GECKO_MIN_VERSION,
      // Nothing is collected: analysis is local, and the probe goes only to the user's own server.
      data_collection_permissions: { required: ['none'] },
    },
    gecko_android: { strict_min_version: '142.0' },
  };
  return manifest;
}
