// Self-hosted webmail, enabled per site: ask for the site's optional host permission, then
// register the content script there (scripting.registerContentScripts). Shared by the popup
// ("enable on this site") and the options page (the list of sites).
import browser from 'webextension-polyfill';
import { errorText, fail, ok, type Result } from './result.ts';
import { sitePatternOf } from './site-pattern.ts';

const ID_PREFIX = 'site-';

/** The match pattern for a site: its scheme and host (match patterns ignore the port, so :2096 is covered). */
export function sitePattern(url: string): Result<string> {
  const pattern = sitePatternOf(url);
  return pattern === null ? fail('ui_errSiteInvalid') : ok(pattern);
}

function patternMatches(pattern: string, url: URL): boolean {
  const m = /^(\*|https?):\/\/([^/]+)\//.exec(pattern);
  if (!m) return false;
  const [, scheme, host = ''] = m;
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  const [hostname = '', port] = host.split(':');
  if (port && port !== '*' && port !== (url.port || (url.protocol === 'https:' ? '443' : '80'))) return false;
  if (hostname === '*') return true;
  if (hostname.startsWith('*.')) return url.hostname === hostname.slice(2) || url.hostname.endsWith(hostname.slice(1));
  return url.hostname === hostname;
}

/** Whether the build's own hosts (the manifest's content-script matches) cover a URL. */
export function isBuiltInSite(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const manifestMatches = browser.runtime.getManifest().content_scripts?.flatMap((cs) => cs.matches ?? []) ?? [];
  return manifestMatches.some((p) => patternMatches(p, parsed));
}

function contentScriptFiles(): string[] {
  return browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
}

const scriptId = (pattern: string): string => ID_PREFIX + pattern.replace(/[^a-z0-9.-]/gi, '_');

async function register(pattern: string): Promise<void> {
  const id = scriptId(pattern);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) return;
  try {
    await browser.scripting.registerContentScripts([
      { id, matches: [pattern], js: contentScriptFiles(), allFrames: true, runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  } catch (e) {
    // The service worker's own sync may have registered it a moment ago: that is the goal reached.
    if (!/duplicate/i.test(errorText(e))) throw e;
  }
}

/**
 * Asks for the site (must run inside the click handler: permissions.request needs the user
 * gesture, so it is the first await) and registers the content script there.
 */
export async function enableSite(pattern: string): Promise<Result<void>> {
  try {
    const granted = await browser.permissions.request({ origins: [pattern] });
    if (!granted) return fail('ui_errSiteDenied');
    await register(pattern);
    return ok(undefined);
  } catch (e) {
    return fail(errorText(e));
  }
}

export async function disableSite(pattern: string): Promise<Result<void>> {
  try {
    await browser.scripting.unregisterContentScripts({ ids: [scriptId(pattern)] }).catch(() => undefined);
    await browser.permissions.remove({ origins: [pattern] });
    return ok(undefined);
  } catch (e) {
    return fail(errorText(e));
  }
}

/** Registers the sites still permitted and unregisters the rest of ours. */
export async function syncSiteScripts(sites: readonly string[]): Promise<void> {
  const permitted: string[] = [];
  for (const pattern of sites) {
    if (await browser.permissions.contains({ origins: [pattern] })) permitted.push(pattern);
  }
  const wanted = new Set(permitted.map(scriptId));
  const ours = (await browser.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(ID_PREFIX));
  const stale = ours.filter((s) => !wanted.has(s.id)).map((s) => s.id);
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
  for (const pattern of permitted) await register(pattern);
}

/** Runs the content script in a tab right away, so the user need not reload after enabling. */
export async function injectNow(tabId: number): Promise<Result<void>> {
  try {
    await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: contentScriptFiles() });
    return ok(undefined);
  } catch (e) {
    return fail(errorText(e));
  }
}
