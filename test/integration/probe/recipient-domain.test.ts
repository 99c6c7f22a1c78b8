// The recipient domain: null MX, no mail server, the A fallback, an MX that answers or not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtp, type RunningServer } from '../../helpers/smtp/servers.ts';
import { collect, stage } from '../../helpers/smtp/collect.ts';
import { zoneResolver } from '../../helpers/smtp/resolver.ts';
import { defaultEngineOptions, runProbe, type EngineOptions } from '../../../src/probe/index.ts';
import { recipientDomainStages } from '../../../src/probe/recipient-domain.ts';
import type { StageResult } from '../../../src/probe/index.ts';

let mx: RunningServer;
let refusing: RunningServer;
beforeAll(async () => {
  mx = await startSmtp({ mode: 'relay-refused' });
  refusing = await startSmtp({ mode: 'greeting-421' });
});
afterAll(async () => {
  await mx.close();
  await refusing.close();
});

const resolver = zoneResolver({
  mx: {
    'nullmx.test': [{ exchange: '', priority: 0 }],
    'good.test': [{ exchange: 'mx2.good.test', priority: 20 }, { exchange: 'mx1.good.test', priority: 10 }],
    'private.test': [{ exchange: 'mx.private.test', priority: 10 }],
  },
  addresses: { 'mx1.good.test': ['127.0.0.1'], 'fallback.test': ['127.0.0.1'], 'mx.private.test': ['10.1.2.3'], 'localhost': ['127.0.0.1'] },
});

function options(mxPort: number, allowPrivate = true): EngineOptions {
  return defaultEngineOptions({ policy: { ports: [mx.port, refusing.port], allowPrivate, allowedNetworks: [] }, resolver, mxPort, stageTimeoutMs: 800, tryTimeoutMs: 800 });
}

async function stagesFor(domain: string, o: EngineOptions): Promise<StageResult[]> {
  const out: StageResult[] = [];
  for await (const s of recipientDomainStages(domain, o)) out.push(s);
  return out;
}

describe('recipient domain', () => {
  it('null MX (RFC 7505): accepts no mail, confirmed', async () => {
    const { stages, verdict } = await collect(runProbe({ host: 'localhost', port: mx.port, security: 'none', domain: 'nullmx.test' }, options(mx.port)));
    expect(stage(stages, 'recipient-mx').failure).toBe('null-mx');
    expect(verdict.causes.recipient).toBe('confirmed');
  });

  it('neither MX nor A: no mail server', async () => {
    const s = await stagesFor('nothing.test', options(mx.port));
    expect(s.map((x) => x.failure)).toEqual(['no-mail-server']);
  });

  it('the lowest-preference MX is asked, and it greets: recipient ruled out', async () => {
    const { stages, verdict } = await collect(runProbe({ host: 'localhost', port: mx.port, security: 'none', domain: 'good.test' }, options(mx.port)));
    expect(stage(stages, 'recipient-mx').detail.subs).toEqual(['good.test', 'mx1.good.test']);
    expect(stage(stages, 'recipient-mx-greeting').ok).toBe(true);
    expect(verdict.causes.recipient).toBe('ruled-out');
  });

  it('A fallback when there is no MX', async () => {
    const s = await stagesFor('fallback.test', options(mx.port));
    expect(s[0]?.detail.key).toBe('p_s_recipient_mx_fallback');
    expect(s[1]?.ok).toBe(true);
  });

  it('an MX that refuses (421) is reported as not answering', async () => {
    const s = await stagesFor('fallback.test', options(refusing.port));
    expect(s[1]?.failure).toBe('mx-unreachable');
    expect(s[1]?.because?.key).toBe('p_f_greeting_rejected');
  });

  it('an MX on a private address is not contacted unless private targets are allowed', async () => {
    const before = mx.connections();
    const s = await stagesFor('private.test', options(mx.port, false));
    expect(s[1]?.failure).toBe('mx-unreachable');
    expect(s[1]?.because?.key).toBe('p_refused_address');
    expect(mx.connections()).toBe(before);
  });
});
