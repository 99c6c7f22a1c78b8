// Issue 13.1 (high): a mailbox password must go only to the user's own outgoing server. In 0.1 the
// popup's "Check from this computer too" → "Test the login" sent the password to whatever host the
// bounce (or a pasted text) named: the recipient's server, chosen by whoever forged the bounce,
// and a valid certificate for the attacker's own name passed the "verified TLS" check.
//
// Real parts: the built extension in headless Chromium, the real local helper (installed into the
// throwaway profile with `bounce-lens helper install`), two real smtp-servers on loopback: the
// user's own server and the attacker's "remote MTA", each with a certificate the helper trusts
// (NODE_EXTRA_CA_CERTS: the attacker's certificate is as valid as a real one for its own name).
// Both record every AUTH they see. Faked: Chromium's prompt for the optional nativeMessaging
// permission, which headless Chromium cannot click (this test's copy of the build has it granted).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { t } from '../e2e/helpers/catalogue.ts';
import { configureOutgoingServer, type ExtensionBrowser } from '../e2e/helpers/extension-pages.ts';
import { CHROME_EXTENSION_DIR, ROOT } from '../e2e/helpers/paths.ts';

/** The user's own outgoing server, and the host a forged bounce names (the attacker's). */
const OWN = '127.0.0.71';
const ATTACKER = '127.0.0.72';
const GRANTED_DIR = join(ROOT, 'test-output/security-login-target/chrome');
const USER = 'me@own.test';
const PASSWORD = `pw-${randomBytes(8).toString('hex')}`;
/** A forged bounce as it would be pasted into the popup (the attacker's MTA, on the submission port). */
const FORGED = `${ATTACKER}:587`;

const logins: Record<string, { user: string; password: string }[]> = { [OWN]: [], [ATTACKER]: [] };
let work: string;
let caPath: string;
const servers: SMTPServer[] = [];
let context: BrowserContext;
let browser: ExtensionBrowser;

function certificate(address: string): { key: string; cert: string; path: string } {
  const key = join(work, `${address}-key.pem`);
  const path = join(work, `${address}-cert.pem`);
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-keyout', key, '-out', path,
    '-subj', `/CN=${address}`, '-addext', `subjectAltName=IP:${address}`], { stdio: 'ignore' });
  return { key: readFileSync(key, 'utf8'), cert: readFileSync(path, 'utf8'), path };
}

async function startSmtp(host: string, tls: { key: string; cert: string }): Promise<void> {
  const server = new SMTPServer({
    name: `smtp.${host}`, key: tls.key, cert: tls.cert, authOptional: true, authMethods: ['PLAIN', 'LOGIN'],
    onAuth: (auth, _session, callback) => {
      logins[host]?.push({ user: auth.username ?? '', password: auth.password ?? '' });
      callback(null, { user: auth.username });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(587, host, resolve);
  });
  servers.push(server);
}

function helperCli(args: string[]): string {
  const home = join(work, 'home');
  return execFileSync(process.execPath, [join(ROOT, 'bin/bounce-lens.js'), 'helper', ...args], {
    cwd: ROOT, encoding: 'utf8',
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_DATA_HOME: join(home, '.local/share'), LANG: 'C' },
  });
}

function copyWithNativeMessagingGranted(): void {
  rmSync(GRANTED_DIR, { recursive: true, force: true });
  mkdirSync(GRANTED_DIR, { recursive: true });
  cpSync(CHROME_EXTENSION_DIR, GRANTED_DIR, { recursive: true });
  const path = join(GRANTED_DIR, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { permissions: string[]; optional_permissions?: string[] };
  manifest.optional_permissions = (manifest.optional_permissions ?? []).filter((p) => p !== 'nativeMessaging');
  manifest.permissions.push('nativeMessaging');
  writeFileSync(path, JSON.stringify(manifest, null, 2));
}

/** Pastes the forged text into the popup, runs the check from this computer, and returns the popup once the login form is there. */
async function loginFormFor(text: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 700 });
  await popup.goto(browser.extensionUrl('src/extension/popup/index.html'));
  await popup.locator('textarea.palette-input').fill(text);
  await popup.keyboard.press('Enter');
  await popup.locator('section.explained button.two-sided-button').click();
  await popup.locator('form.login-check').waitFor({ timeout: 60_000 });
  return popup;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'bounce-lens-login-target-'));
  const own = certificate(OWN);
  const attacker = certificate(ATTACKER);
  caPath = join(work, 'trusted.pem');
  writeFileSync(caPath, own.cert + attacker.cert);
  await startSmtp(OWN, own);
  await startSmtp(ATTACKER, attacker);
  copyWithNativeMessagingGranted();
  const profile = join(work, 'profile');
  mkdirSync(profile);
  helperCli(['install', '--browser', 'chromium', '--user-data-dir', profile]);
  context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: true, env: { ...process.env, NODE_EXTRA_CA_CERTS: caPath },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--proxy-server=http://127.0.0.1:9',
      `--disable-extensions-except=${GRANTED_DIR}`, `--load-extension=${GRANTED_DIR}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const id = new URL(worker.url()).host;
  browser = { context, extensionUrl: (path) => `chrome-extension://${id}/${path}` };
}, 120_000);

afterAll(async () => {
  await context?.close();
  await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the login test and a host named by a forged bounce or pasted text (13.1)', () => {
  it('with no own server saved: the form asks for it, empty; it never offers the named host', async () => {
    const popup = await loginFormFor(FORGED);
    try {
      const field = popup.locator('form.login-check input[name=outgoingServer]');
      expect(await field.inputValue()).toBe('');
      expect(await popup.locator('form.login-check').textContent()).not.toContain(ATTACKER);
    } finally {
      await popup.close();
    }
  });

  it('sends the password to the user\'s own server (shown next to the field), never to the bounce\'s host', async () => {
    await configureOutgoingServer(browser, OWN);
    const popup = await loginFormFor(FORGED);
    try {
      const form = popup.locator('form.login-check');
      expect(await form.locator('.login-server').getAttribute('data-host')).toBe(OWN);
      expect(await form.locator('.login-server').textContent()).toBe(t('lg_ownServer', [OWN]));
      await form.locator('input[name=user]').fill(USER);
      await form.locator('input[name=password]').fill(PASSWORD);
      await form.locator('button[type=submit]').click();
      await form.locator('.login-summary, .error').first().waitFor({ timeout: 45_000 });
      expect(logins[ATTACKER]).toEqual([]);
      expect(logins[OWN]).toEqual([{ user: USER, password: PASSWORD }]);
    } finally {
      await popup.close();
    }
  });

  it('the service worker refuses a password for any other host, even from the extension\'s own page', async () => {
    const page = await context.newPage();
    try {
      await page.goto(browser.extensionUrl('src/extension/popup/index.html'));
      const answers = await page.evaluate(async ([host, password]) => {
        const { chrome } = globalThis as unknown as { chrome: { runtime: { connect(o: { name: string }): {
          postMessage(m: unknown): void; onMessage: { addListener(l: (m: unknown) => void): void }; disconnect(): void;
        } } } };
        const port = chrome.runtime.connect({ name: 'helper' });
        const seen: unknown[] = [];
        port.onMessage.addListener((m) => seen.push(m));
        port.postMessage({ type: 'probe', id: 'steal', host, port: 587, security: 'starttls', timeoutMs: 8000, lang: 'en', auth: { user: 'me@own.test', password } });
        await new Promise((resolve) => setTimeout(resolve, 4000));
        port.disconnect();
        return seen;
      }, [ATTACKER, `${PASSWORD}-direct`] as const);
      expect(answers).toContainEqual({ kind: 'login-refused', id: 'steal', reason: 'not-own-server' });
      expect(logins[ATTACKER]).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
