// @vitest-environment happy-dom
// The popup's App with the real engine, knowledge and English catalogue; the extension around it
// (tabs, content scripts, background, probe port) is the PopupDeps interface, given here by the
// test — the e2e tests run the same App against the real ones in Chromium.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { PageBounce, ProbePortMessage } from '../../../../src/extension/messages.ts';
import type { PopupDeps } from '../../../../src/extension/popup/app.tsx';
import type { PopupIntent } from '../../../../src/extension/shared/intent.ts';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

const { App } = await import('../../../../src/extension/popup/app.tsx');
const { TContext } = await import('../../../../src/extension/shared/t-context.ts');
const { catalogueTranslate } = await import('../../../../src/extension/shared/i18n.ts');
const { analyze } = await import('../../../../src/core/index.ts');
const { explain, explainAnalysis } = await import('../../../../src/core/knowledge/index.ts');
const { render: renderMsg } = await import('../../../../src/core/i18n.ts');
const { oneLineSummary } = await import('../../../../src/core/knowledge/one-line.ts');

const catalogue = JSON.parse(readFileSync(join(import.meta.dirname, '../../../../public/_locales/en/messages.json'), 'utf8'));
const t = catalogueTranslate(catalogue, (key) => key);
const corpus = readFileSync(join(import.meta.dirname, '../../../fixtures/sisimai/eml/lhost-exim-01.eml'));

async function pageBounce(probeTargets: PageBounce['probeTargets'] = []): Promise<PageBounce> {
  return { id: 'b1', adapter: 'roundcube', fromRawSource: true, analysis: await analyze(corpus), probeTargets };
}

function deps(over: Partial<PopupDeps> = {}): PopupDeps {
  return {
    tab: async () => ({ id: 12, url: 'https://webmail.example.com:2096/cpsess1/3rdparty/roundcube/' }),
    bounces: async () => ({ ok: true, value: [] }),
    runCommand: async () => ({ ok: true, value: undefined }),
    startProbe: () => () => undefined,
    explain: (text) => explain(text),
    explainAnalysis: (analysis) => explainAnalysis(analysis),
    takeIntent: async () => null,
    onIntent: () => () => undefined,
    siteToEnable: () => null,
    enableSite: async () => ({ ok: true, value: undefined }),
    probeSetup: { available: true, ownServer: null },
    support: { copy: async () => true, helpHref: (topic) => `help.html#${topic}` },
    ...over,
  };
}

const mount = (d: PopupDeps) => render(<TContext.Provider value={t}><App deps={d} /></TContext.Provider>);
afterEach(cleanup);

describe('popup App', () => {
  it('lists a bounce with its cause and who acts, and expands it to the steps', async () => {
    const bounce = await pageBounce();
    const expected = explainAnalysis(bounce.analysis).items[0];
    if (!expected) throw new Error('the engine found nothing in the corpus bounce');
    const { container } = mount(deps({ bounces: async () => ({ ok: true, value: [{ frameId: 2, bounce }] }) }));
    const head = await screen.findByRole('button', { expanded: false });
    // The row is the shared one-line summary: the same words as the note and the CLI.
    expect(head.textContent).toBe(`▸${oneLineSummary(explainAnalysis(bounce.analysis), t)}`);
    expect(head.textContent).not.toMatch(/Your move/);
    fireEvent.click(head);
    await waitFor(() => expect(head.getAttribute('aria-expanded')).toBe('true'));
    const steps = [...container.querySelectorAll('.bounce-body .steps li')].map((li) => li.textContent);
    expect(steps).toEqual(expected.explanation.steps.map((s) => renderMsg(s, t)));
  });

  it('says when nothing was found', async () => {
    mount(deps());
    expect(await screen.findByText(t('ui_noBounces'))).toBeTruthy();
  });

  it('on a page without the content script, offers to enable the site and then lists again', async () => {
    const enableSite = vi.fn(async (_pattern: string, _tabId: number) => ({ ok: true as const, value: undefined }));
    let enabled = false;
    mount(deps({
      bounces: async () => (enabled ? { ok: true, value: [] } : { ok: false, error: 'ui_errNoContentScript' }),
      siteToEnable: () => 'https://webmail.example.com/*',
      enableSite: async (pattern, tabId) => {
        enabled = true;
        return enableSite(pattern, tabId);
      },
    }));
    const button = await screen.findByRole('button', { name: t('ui_enableSite', ['webmail.example.com']) });
    fireEvent.click(button);
    await screen.findByText(t('ui_noBounces'));
    expect(enableSite).toHaveBeenCalledWith('https://webmail.example.com/*', 12);
  });

  it('explains pasted text from the command input', async () => {
    const text = '535 5.7.8 Error: authentication failed: authentication failure';
    const expected = await explain(text);
    const { container } = mount(deps());
    const input = screen.getByRole('combobox');
    fireEvent.input(input, { target: { value: text } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(container.querySelector('section.explained .headline')?.textContent).not.toBe(''));
    // Shown once: the input still holds the pasted text, so the section does not repeat it.
    expect(container.querySelector('.explained-text')).toBeNull();
    expect(container.querySelector('section.explained .headline')?.textContent).toBe(oneLineSummary(expected, t));
    const titles = [...container.querySelectorAll('section.explained .finding h3')].map((h) => h.textContent);
    const first = expected.items[0]?.explanation ?? expected.general;
    expect(titles[0]).toBe(first ? renderMsg(first.title, t) : undefined);
  });

  it('answers pasted text it does not recognise with one sentence and one hint, no steps', async () => {
    const text = 'Thanks for the slides, see you on Friday!';
    const expected = await explain(text);
    const { container } = mount(deps());
    const input = screen.getByRole('combobox');
    fireEvent.input(input, { target: { value: text } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(container.querySelector('section.explained .empty')).not.toBeNull());
    expect(expected.hint).not.toBeNull();
    expect(container.querySelector('section.explained .empty')?.textContent).toBe(expected.hint ? renderMsg(expected.hint, t) : '');
    expect(container.querySelector('section.explained .steps')).toBeNull();
  });

  it('runs a command by name and shows its error in words', async () => {
    const runCommand = vi.fn(async () => ({ ok: false as const, error: 'ui_errNoContentScript' }));
    mount(deps({ runCommand }));
    const input = screen.getByRole('combobox');
    fireEvent.input(input, { target: { value: '> scan' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect((await screen.findByRole('alert')).textContent).toBe(t('ui_errNoContentScript'));
    expect(runCommand).toHaveBeenCalledWith('scan-page', 12);
  });

  it('streams probe stages as they arrive, then the verdict', async () => {
    let emit: (m: ProbePortMessage) => void = () => undefined;
    const startProbe = vi.fn((_target, onMessage: (m: ProbePortMessage) => void) => {
      emit = onMessage;
      return () => undefined;
    });
    const { container } = mount(deps({ startProbe }));
    const input = screen.getByRole('combobox');
    fireEvent.input(input, { target: { value: 'mail.example.com:587' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.click(await screen.findByRole('button', { name: /mail\.example\.com:587/ }));
    expect(startProbe).toHaveBeenCalledWith({ host: 'mail.example.com', port: 587 }, expect.any(Function));

    emit({ kind: 'stage', event: { stage: 'tcp', ok: true, ms: 12, reply: [], detail: 'connected' } });
    await waitFor(() => expect(container.querySelectorAll('li.stage[data-stage]')).toHaveLength(1));
    expect(container.querySelector('.verdict')).toBeNull();
    emit({ kind: 'stage', event: { stage: 'greeting', ok: true, ms: 30, reply: ['220 mail.example.com ESMTP'], detail: '' } });
    emit({ kind: 'verdict', verdict: { causes: { 'port-encryption': 'ruled-out' }, recommended: null, summary: 'Port 587 works.' } });
    await waitFor(() => expect(container.querySelector('.verdict-summary')?.textContent).toBe('Port 587 works.'));
    expect([...container.querySelectorAll('li.stage[data-stage]')].map((li) => li.getAttribute('data-stage'))).toEqual(['tcp', 'greeting']);
    expect(container.querySelector('.cause')?.textContent).toBe(`${t('ui_bucket_port_encryption')}: ${t('ui_cause_ruled_out')}`);
  });

  it('a "confirm with the probe" from the keyboard opens the first bounce a check can confirm and starts it on the own server', async () => {
    const bounce: PageBounce = { id: 'b2', adapter: 'generic', fromRawSource: false, analysis: await analyze('535 5.7.8 Error: authentication failed'), probeTargets: [{ host: 'mx.example.org' }] };
    const startProbe = vi.fn(() => () => undefined);
    const intent: PopupIntent = { kind: 'confirm-probe', tabId: 12 };
    mount(deps({
      bounces: async () => ({ ok: true, value: [{ frameId: 0, bounce }] }), takeIntent: vi.fn().mockResolvedValueOnce(intent).mockResolvedValue(null), startProbe,
      probeSetup: { available: true, ownServer: { host: 'mail.own.example' } },
    }));
    await waitFor(() => expect(startProbe).toHaveBeenCalledWith({ host: 'mail.own.example' }, expect.any(Function)));
  });

  it('never offers to probe the recipient\'s server for "user unknown"', async () => {
    const bounce = await pageBounce([{ host: 'mx.example.org', domain: 'example.org' }]);
    const startProbe = vi.fn(() => () => undefined);
    const intent: PopupIntent = { kind: 'confirm-probe', tabId: 12 };
    const { container } = mount(deps({
      bounces: async () => ({ ok: true, value: [{ frameId: 0, bounce }] }), takeIntent: vi.fn().mockResolvedValueOnce(intent).mockResolvedValue(null), startProbe,
      probeSetup: { available: true, ownServer: { host: 'mail.own.example' } },
    }));
    expect((await screen.findByRole('alert')).textContent).toBe(t('ext_probe_not_useful'));
    fireEvent.click(await screen.findByRole('button', { expanded: false }));
    await waitFor(() => expect(container.querySelector('.bounce-body')).not.toBeNull());
    expect(container.querySelector('.probe-button')).toBeNull();
    expect(container.querySelector('.probe-needs')).toBeNull();
    expect(startProbe).not.toHaveBeenCalled();
  });

  it('without a probe, says in one sentence what a check would need', async () => {
    const { container } = mount(deps({ probeSetup: { available: false, ownServer: null } }));
    const input = screen.getByRole('combobox');
    fireEvent.input(input, { target: { value: 'mail.example.com:587' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(container.querySelector('.probe-needs')?.textContent).toContain(t('ext_probe_needs')));
    expect(container.querySelector('.probe-button')).toBeNull();
  });

  it('shows a plain sentence, not the network error, when the probe cannot be reached', async () => {
    let emit: (m: ProbePortMessage) => void = () => undefined;
    const startProbe = vi.fn((_target, onMessage: (m: ProbePortMessage) => void) => {
      emit = onMessage;
      return () => undefined;
    });
    const { container } = mount(deps({ startProbe }));
    const input = screen.getByRole('combobox');
    fireEvent.input(input, { target: { value: 'mail.example.com:587' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.click(await screen.findByRole('button', { name: /mail\.example\.com:587/ }));
    emit({ kind: 'error', error: 'ui_errProbeUnreachable', detail: 'Failed to fetch' });
    await waitFor(() => expect(container.querySelector('.probe .error')?.textContent).toBe(t('ui_errProbeUnreachable')));
  });

  it('copies a support report and links the help topic for the cause', async () => {
    const copy = vi.fn(async (_text: string) => true);
    const bounce = await pageBounce();
    const { container } = mount(deps({ bounces: async () => ({ ok: true, value: [{ frameId: 0, bounce }] }), support: { copy, helpHref: (topic) => `help.html#${topic}` } }));
    fireEvent.click(await screen.findByRole('button', { expanded: false }));
    fireEvent.click(await screen.findByRole('button', { name: t('ext_copy_support') }));
    await waitFor(() => expect(copy).toHaveBeenCalledOnce());
    const report = copy.mock.calls[0]?.[0] ?? '';
    const first = bounce.analysis.findings[0];
    expect(report).toContain(t('sup_title'));
    if (first?.recipient) expect(report).toContain(first.recipient);
    if (first?.status) expect(report).toContain(first.status);
    await waitFor(() => expect(container.querySelector('.copy-status')?.textContent).toBe(t('ext_copied')));
    expect(container.querySelector('a.help-link')?.getAttribute('href')).toBe(`help.html#${first?.bucket}`);
  });
});
