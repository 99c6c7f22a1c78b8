import { describe, expect, it } from 'vitest';
import { domainOf, hostFrom, probeTargetsOf } from '../../../../src/extension/content/probe-targets.ts';
import { standInAnalyzeText } from './support.ts';

describe('probe targets: hosts and domains only', () => {
  it('reads a host from MTA fields', () => {
    expect(hostFrom('dns; mx.example.jp')).toBe('mx.example.jp');
    expect(hostFrom('mx.example.jp. [192.0.2.153]')).toBe('mx.example.jp');
    expect(hostFrom('[192.0.2.153]')).toBe('192.0.2.153');
    expect(hostFrom('User unknown, please check')).toBeNull();
    expect(hostFrom(null)).toBeNull();
  });
  it('reads a plain domain from an address and rejects anything else', () => {
    expect(domainOf('User@Example.JP')).toBe('example.jp');
    expect(domainOf('a@b.example> trailing words')).toBe('b.example');
    expect(domainOf('a@not a domain')).toBeNull();
    expect(domainOf('no-at-sign')).toBeNull();
  });
  it('never carries message content, and lists each target once', () => {
    const analysis = standInAnalyzeText('550 5.1.1 <u@example.jp>... User Unknown\n550 5.1.1 <v@example.jp>... secret words here');
    const targets = probeTargetsOf(analysis);
    expect(targets).toEqual([{ host: 'mx.example.jp', domain: 'example.jp' }]);
    expect(JSON.stringify(targets)).not.toMatch(/secret|Unknown/);
  });
  it('adds the reporting MTA (the sending side) after the receiving side', () => {
    const analysis = standInAnalyzeText('550 5.1.1 <u@example.jp>... User Unknown');
    const withReporter = { ...analysis, findings: analysis.findings.map((f) => ({ ...f, reportingMta: 'dns; smtp.provider.example' })) };
    expect(probeTargetsOf(withReporter)).toEqual([{ host: 'mx.example.jp', domain: 'example.jp' }, { host: 'smtp.provider.example' }]);
  });
});
