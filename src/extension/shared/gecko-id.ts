// The Firefox add-on id: Firefox lets the native helper talk only to the add-on with this id
// (host manifest allowed_extensions), and AMO gives an id to whoever submits it first. So the id
// names a domain its publisher controls, and a provider that publishes its own build sets its
// own: BOUNCE_LENS_GECKO_ID=bounce-lens@mail.provider.net, the same value at build time
// (npm run build:firefox) and when the helper is installed (bounce-lens helper install).
// Pure: the build and the helper's installer read the environment and pass the value in.

/** The project's own id, under ProRedLine's domain (the reverse of the helper's com.proredline.bounce_lens). */
export const DEFAULT_GECKO_ID = 'bounce-lens@proredline.com';

/** Domains anyone may write but no one owns (RFC 2606, RFC 6761): an id under them can be taken by anyone. */
const UNOWNED = /(^|\.)(example|invalid|test|localhost|local)$|(^|\.)example\.(com|net|org)$/;
/** Firefox's id forms: an e-mail-like name@domain, or a GUID in braces. */
const EMAIL_FORM = /^[a-z0-9._+-]{1,64}@([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+)$/;
const GUID_FORM = /^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/i;

export type GeckoIdResult = { ok: true; id: string } | { ok: false; error: string };

/** The id to build and install with: the given one (checked), or the project's own. */
export function geckoIdFrom(configured: string | undefined): GeckoIdResult {
  const id = configured?.trim() ?? '';
  if (id === '') return { ok: true, id: DEFAULT_GECKO_ID };
  if (GUID_FORM.test(id)) return { ok: true, id };
  const domain = EMAIL_FORM.exec(id)?.[1];
  if (domain === undefined) return { ok: false, error: `"${id}" is not a Firefox add-on id (name@your-domain or {GUID})` };
  if (UNOWNED.test(domain)) return { ok: false, error: `"${id}" is under ${domain}, which no one owns: use a domain you control` };
  return { ok: true, id };
}
