import { describe, expect, it } from 'vitest';
import { hostOf, targetFromHostText, targetsFromAnalysis } from '../../../../src/extension/popup/probe-targets.ts';
import type { Analysis, Finding } from '../../../../src/core/types.ts';

const finding = (over: Partial<Finding>): Finding => ({
  recipient: null, action: 'failed', status: '5.1.1', replyCode: 550, diagnostic: null, remoteMta: null, reportingMta: null,
  command: null, hard: true, reason: 'userunknown', bucket: 'recipient', side: 'recipient', confidence: 0.9, evidence: [], ...over,
});

describe('probe targets', () => {
  it('takes the remote MTA host in its usual notations', () => {
    expect(hostOf('dns; mx.example.org')).toBe('mx.example.org');
    expect(hostOf('MX.Example.org. [192.0.2.1]')).toBe('mx.example.org');
    expect(hostOf('not a host')).toBeNull();
    expect(hostOf(null)).toBeNull();
  });

  it('one target per distinct server and recipient domain; host and domain only', () => {
    const analysis: Analysis = {
      kind: 'bounce', format: 'text',
      findings: [
        finding({ recipient: 'a@example.org', remoteMta: 'dns; mx.example.org', diagnostic: 'secret text' }),
        finding({ recipient: 'b@example.org', remoteMta: 'mx.example.org' }),
        finding({ recipient: 'c@other.example' }),
        finding({ recipient: null }),
      ],
    };
    expect(targetsFromAnalysis(analysis)).toEqual([
      { host: 'mx.example.org', domain: 'example.org' },
      { host: 'other.example', domain: 'other.example' },
    ]);
  });

  it('a bare host[:port] typed in is a target of its own', () => {
    expect(targetFromHostText(' mail.example.com:587 ')).toEqual({ host: 'mail.example.com', port: 587 });
    expect(targetFromHostText('127.0.0.1')).toEqual({ host: '127.0.0.1' });
    expect(targetFromHostText('mail.example.com:99999')).toBeNull();
    expect(targetFromHostText('550 5.1.1 user unknown')).toBeNull();
  });
});
