// resolveTarget: defaults, refusals before any lookup, one lookup per request.
import { describe, expect, it } from 'vitest';
import { defaultEngineOptions, resolveTarget } from '../../../src/probe/index.ts';
import { zoneResolver } from '../../helpers/smtp/resolver.ts';

const zone = () => zoneResolver({ addresses: { 'mail.example.com': ['93.184.216.34'], 'both.example.com': ['93.184.216.34', '10.0.0.1'] } });

describe('resolveTarget', () => {
  it.each([
    [{ security: 'ssl' as const }, 465, 'ssl'],
    [{ security: 'starttls' as const }, 587, 'starttls'],
    [{ port: 465 }, 465, 'ssl'],
    [{ port: 25 }, 25, 'starttls'],
    [{}, null, 'auto'],
  ])('%o → port %s, %s', async (extra, port, security) => {
    const r = await resolveTarget({ host: 'mail.example.com', ...extra }, defaultEngineOptions({ resolver: zone() }));
    expect(r.ok && { port: r.value.port, security: r.value.security }).toEqual({ port, security });
  });

  it('refuses bad input without a single DNS lookup', async () => {
    const resolver = zone();
    const o = defaultEngineOptions({ resolver });
    for (const req of [{ host: 'mail.example.com', port: 22 }, { host: '127.1' }, { host: 'mail.example.com', domain: 'x' }]) {
      expect((await resolveTarget(req, o)).ok).toBe(false);
    }
    expect(resolver.lookups).toEqual([]);
  });

  it('one forbidden address among good ones refuses the name; one lookup only', async () => {
    const resolver = zone();
    const r = await resolveTarget({ host: 'both.example.com', port: 587 }, defaultEngineOptions({ resolver }));
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden-address', message: { key: 'p_refused_address', subs: ['both.example.com'] } } });
    expect(resolver.lookups).toEqual(['A both.example.com']);
  });
});
