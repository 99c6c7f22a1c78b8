import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/helper/request-schema.ts';

describe('parseRequest', () => {
  it('accepts hello and cancel with an id', () => {
    expect(parseRequest({ type: 'hello', id: 'a' })).toEqual({ ok: true, request: { type: 'hello', id: 'a' } });
    expect(parseRequest({ type: 'cancel', id: 'b' })).toEqual({ ok: true, request: { type: 'cancel', id: 'b' } });
  });

  it('fills defaults for observe and probe', () => {
    const observe = parseRequest({ type: 'observe', id: '1', host: 'mail.example.net', ports: [587, 2525] });
    expect(observe).toEqual({ ok: true, request: { type: 'observe', id: '1', host: 'mail.example.net', ports: [587, 2525], timeoutMs: 10_000 } });
    const probe = parseRequest({ type: 'probe', id: '2', host: '192.0.2.7', port: 465 });
    expect(probe.ok && probe.request).toMatchObject({ security: 'auto', lang: 'en', auth: null, timeoutMs: 10_000 });
  });

  it.each([
    [{ type: 'observe', id: '1', host: 'h.example', ports: [80] }, 'port-not-smtp'],
    [{ type: 'observe', id: '1', host: 'h.example', ports: [587, 587] }, 'invalid-request'],
    [{ type: 'observe', id: '1', host: 'h.example', ports: [] }, 'invalid-request'],
    [{ type: 'probe', id: '1', host: 'h.example', port: 22 }, 'port-not-smtp'],
    [{ type: 'probe', id: '1', host: 'h.example', port: '587' }, 'port-not-smtp'],
    [{ type: 'probe', id: '1', host: 'h.example', port: 587, security: 'tls1.0' }, 'invalid-request'],
    [{ type: 'probe', id: '1', host: 'h_example;rm', port: 587 }, 'invalid-request'],
    [{ type: 'probe', id: '1', host: 'h.example', port: 587, timeoutMs: 3_600_000 }, 'invalid-request'],
    [{ type: 'probe', id: '1', host: 'h.example', port: 587, lang: 'fr' }, 'invalid-request'],
    [{ type: 'probe', id: '1', host: 'h.example', port: 587, extra: true }, 'invalid-request'],
    [{ type: 'probe', id: '1', host: 'h.example', port: 587, auth: { user: 'u' } }, 'invalid-request'],
    [{ type: 'probe', id: '1', host: 'h.example', port: 587, security: 'none', auth: { user: 'u@h.example', password: 'pw' } }, 'auth-needs-tls'],
    [{ type: 'probe', id: '1', host: 'h.example', port: 587, security: 'auto', auth: { user: 'u@h.example', password: 'pw' } }, 'auth-needs-tls'],
    [{ type: 'launch', id: '1' }, 'invalid-request'],
  ])('refuses %j with %s', (message, error) => {
    const parsed = parseRequest(message);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toBe(error);
      expect(parsed.id).toBe('1');
    }
  });

  it('refuses what has no usable id, and says so without one', () => {
    for (const message of [null, [], 'hello', { type: 'hello' }, { type: 'hello', id: '' }, { type: 'hello', id: 'x'.repeat(65) }]) {
      expect(parseRequest(message)).toMatchObject({ ok: false, id: null, error: 'invalid-request' });
    }
  });

  it('accepts a password only with ssl or starttls, and never puts it in an error', () => {
    const ok = parseRequest({ type: 'probe', id: '1', host: 'h.example', port: 465, security: 'ssl', auth: { user: 'u@h.example', password: 's3cret' } });
    expect(ok.ok && ok.request.type === 'probe' && ok.request.auth).toEqual({ user: 'u@h.example', password: 's3cret' });
    const refused = parseRequest({ type: 'probe', id: '1', host: 'h.example', port: 25, security: 'none', auth: { user: 'u', password: 's3cret' } });
    expect(JSON.stringify(refused)).not.toContain('s3cret');
  });
});
