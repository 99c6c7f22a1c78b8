// Rendering to the wire shapes with the real catalogue (English and German).
import { describe, expect, it } from 'vitest';
import { loadTranslate, renderStage, renderVerdict } from '../../../src/probe/index.ts';
import { pickLanguage } from '../../../src/node/catalogue.ts';
import { failed } from '../../../src/probe/stage-result.ts';

describe('render', () => {
  it('a stage: exactly the extension’s fields, substitutions filled, the reason appended', () => {
    const r = { ...failed('discover', performance.now(), ['421 busy'], 'refused', ['mx.example.com', '587', 'starttls', 'tcp']), detail: { key: 'p_f_discover', subs: ['mx.example.com', '587', 'starttls', 'tcp'] }, because: { key: 'p_f_refused', subs: ['192.0.2.1', '587'] } };
    const e = renderStage(r, loadTranslate('en'));
    expect(Object.keys(e)).toEqual(['stage', 'ok', 'ms', 'reply', 'detail']);
    expect(e.detail).toBe('mx.example.com port 587 with starttls failed at tcp: 192.0.2.1 refused the connection on port 587: nothing listens there.');
  });

  it('a verdict in German', () => {
    const v = renderVerdict({ causes: { 'port-encryption': 'confirmed' }, recommended: null, summary: [{ key: 'p_v_tls_on_plain_port', subs: ['h', '587'] }] }, loadTranslate('de'));
    expect(v.summary).toBe('Bestätigt: Port 587 erwartet STARTTLS, verwendet wurde aber SSL/TLS.');
  });

  it('picks the language from Accept-Language or LANG, English otherwise', () => {
    expect(pickLanguage('fr-FR, de;q=0.8')).toBe('de');
    expect(pickLanguage('de_DE.UTF-8')).toBe('de');
    expect(pickLanguage(undefined)).toBe('en');
    expect(loadTranslate('xx')('p_v_works')).toBe('The server works with these settings.');
  });
});
