// The Firefox build: `web-ext lint` is clean of errors, and firefox-esr (headless, `web-ext run`)
// loads it and annotates a bounce on a loopback page. Firefox cannot be driven by playwright-core
// (it needs a patched build), so the page reports what it sees: a small script on the test page
// waits for the annotation's host element and sends its data attributes back to the test server.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension } from './helpers/build-extension.ts';
import { ROOT } from './helpers/paths.ts';
import { CORPUS_DIR } from './helpers/render-message.ts';
import { startStaticServer, type Route, type StaticServer } from './helpers/static-server.ts';
import { webmailPath, webmailRoutes } from './helpers/webmail-pages.ts';
import { CHROME_EXTENSION_ID } from '../../src/shared/extension-identity.ts';

const FIREFOX_DIR = join(ROOT, 'test-output/e2e-extension/firefox');
const WEB_EXT = join(ROOT, 'node_modules/web-ext/bin/web-ext.js');
const MESSAGE = 'eml/lhost-qmail-01.eml';
const labels = readFileSync(join(CORPUS_DIR, 'labels.tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t'));
const expectedReason = labels.find((c) => c[0] === MESSAGE && c[2] === '1')?.[4] ?? '';

/** Appended to the page: reports the annotation's attributes once it appears. */
const REPORTER = `<script>
const report = () => {
  const note = document.querySelector('[data-bounce-lens-reason]');
  if (!note) return setTimeout(report, 200);
  fetch('/report?reason=' + encodeURIComponent(note.getAttribute('data-bounce-lens-reason')) +
    '&bucket=' + encodeURIComponent(note.getAttribute('data-bounce-lens-bucket') || ''));
};
report();
</script>`;

function withReporter(inner: Route): Route {
  return async (url, req) => {
    if (url.pathname === '/report') return { type: 'text/plain', body: 'ok' };
    const reply = await inner(url, req);
    if (!reply || !String(reply.type).startsWith('text/html')) return reply;
    return { ...reply, body: String(reply.body).replace('</body>', `${REPORTER}</body>`) };
  };
}

let server: StaticServer;
let firefox: ChildProcess | undefined;

beforeAll(() => {
  rmSync(FIREFOX_DIR, { recursive: true, force: true });
  buildExtension({ outDir: FIREFOX_DIR, hosts: 'http://127.0.0.1/*', target: 'firefox' });
});
afterAll(async () => {
  if (firefox?.pid) {
    try {
      process.kill(-firefox.pid, 'SIGTERM'); // web-ext and the Firefox it started
    } catch {
      // already gone
    }
  }
  await server?.close();
});

describe('Firefox build', () => {
  it('has a Firefox manifest: background scripts, gecko id, data collection permissions', () => {
    const manifest = JSON.parse(readFileSync(join(FIREFOX_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    const background = manifest.background as { scripts?: string[]; service_worker?: string };
    expect(background.service_worker).toBeUndefined();
    expect(background.scripts?.length).toBe(1);
    expect(existsSync(join(FIREFOX_DIR, background.scripts?.[0] ?? 'missing'))).toBe(true);
    const gecko = (manifest.browser_specific_settings as { gecko: { id: string; data_collection_permissions: unknown } }).gecko;
    expect(gecko.id).toMatch(/@/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(manifest.key).toBeUndefined();
    expect(JSON.stringify(manifest)).not.toContain(CHROME_EXTENSION_ID);
  });

  it('web-ext lint finds no errors', async () => {
    const lint = spawn(process.execPath, [WEB_EXT, 'lint', '--source-dir', FIREFOX_DIR, '--output', 'json', '--no-config-discovery'], { cwd: ROOT });
    let out = '';
    lint.stdout.on('data', (d: Buffer) => (out += d.toString()));
    await new Promise((resolve) => lint.on('close', resolve));
    const report = JSON.parse(out) as { errors: { code: string; message: string }[]; warnings: { code: string; file?: string }[] };
    expect(report.errors).toEqual([]);
    // Known and accepted: Preact's own innerHTML support (dangerouslySetInnerHTML, unused by us).
    const unexpected = report.warnings.filter((w) => !(w.code === 'UNSAFE_VAR_ASSIGNMENT' && /assets\//.test(w.file ?? '')));
    expect(unexpected).toEqual([]);
  }, 120_000);

  it('firefox-esr loads the extension and annotates a bounce on a loopback page', async () => {
    server = await startStaticServer({ routes: [withReporter(webmailRoutes([MESSAGE]))] });
    const url = server.origin + webmailPath.generic(1);
    firefox = spawn(process.execPath, [
      WEB_EXT, 'run', '--source-dir', FIREFOX_DIR, '--firefox', '/usr/bin/firefox-esr', '--no-input', '--no-reload',
      '--no-config-discovery', '--start-url', url,
      // No network but loopback: every proxied request goes to a dead port.
      '--pref', 'network.proxy.type=1', '--pref', 'network.proxy.http=127.0.0.1', '--pref', 'network.proxy.http_port=9',
      '--pref', 'network.proxy.ssl=127.0.0.1', '--pref', 'network.proxy.ssl_port=9', '--pref', 'network.proxy.no_proxies_on=127.0.0.1',
    ], { cwd: ROOT, detached: true, stdio: 'ignore', env: { ...process.env, MOZ_HEADLESS: '1' } });

    const reported = async (): Promise<string | null> => server.requests.find((r) => r.startsWith('/report?')) ?? null;
    await expect.poll(reported, { timeout: 90_000, interval: 500 }).not.toBeNull();
    const query = new URLSearchParams((await reported())?.split('?')[1] ?? '');
    expect(query.get('reason')).toBe(expectedReason);
    expect(query.get('bucket')).not.toBe('');
  }, 120_000);
});
