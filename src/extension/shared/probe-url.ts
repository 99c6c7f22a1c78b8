// Which probe URLs the extension talks to. Pure, so the service worker's probe client checks it
// again before every request (a value could come from an older version or a profile).
import { fail, ok, type Result } from './result.ts';

/** Loopback, where plain http cannot be read or changed by anyone on the network. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/**
 * A probe URL is an https origin (http only on loopback: the token travels in a header) with an
 * optional path and no credentials. Empty means none.
 */
export function validateProbeUrl(raw: string): Result<string> {
  const text = raw.trim();
  if (text === '') return ok('');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail('ui_errProbeUrlInvalid');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return fail('ui_errProbeUrlInvalid');
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) return fail('opt_errProbeUrlHttp');
  if (url.username || url.password) return fail('ui_errProbeUrlCredentials');
  return ok(`${url.origin}${url.pathname.replace(/\/+$/, '')}`);
}
