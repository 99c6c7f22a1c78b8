// The two-sided check in real headless Chromium with the built extension: the real probe server
// (`bounce-lens serve --allow-private`) is "our side", the real local helper — installed with
// `bounce-lens helper install --browser chromium --user-data-dir <throwaway profile>`, so Chromium
// reads <profile>/NativeMessagingHosts — is "this computer", and both look at real smtp-servers
// on 587, 465 and 2525 of a loopback address of their own. First without the helper (the popup
// says what it cannot check and how to install it), then with it (the clean case).
//
// The one thing faked: Chromium's permission prompt for the optional nativeMessaging permission
// is browser UI that headless Chromium cannot click, so this test's copy of the build lists
// nativeMessaging as granted at install. The last test checks, on the unchanged build, that
// Chromium accepts nativeMessaging as an optional permission (it prompts rather than refuses).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { saveScreenshot } from './helpers/browser.ts';
import { t } from './helpers/catalogue.ts';
import { configureOutgoingServer, configureProbe, type ExtensionBrowser } from './helpers/extension-pages.ts';
import { CHROME_EXTENSION_DIR, ROOT } from './helpers/paths.ts';
import { startProbeServer, type ProbeServer } from './helpers/probe-server.ts';
import { startTlsProxy, type TlsProxy } from './helpers/tls-proxy.ts';
import { canUseNetns, createUserNetwork, removeStaleNamespaces, type UserNetwork } from '../integration/helper/support/netns.ts';

const TOKEN = randomBytes(16).toString('hex');
/** A loopback address of its own: other tests use 127.0.0.1, where 2525 may be taken. */
const SMTP_HOST = '127.0.0.46';
const SMTP_NAME = 'mail.two-sided.test';
const PORTS = [587, 465, 2525];
/** This test's copy of the build, with nativeMessaging granted (see the header). */
const GRANTED_DIR = join(ROOT, 'test-output/e2e-two-sided/chrome');
const USER = 'me@two-sided.test';
const PASSWORD = `pw-${randomBytes(6).toString('hex')}`;
/** Every AUTH the SMTP servers saw: only the helper may ever send one. */
const logins: { user: string; password: string }[] = [];

let work: string;
let certPath: string;
let smtpServers: SMTPServer[] = [];
let probe: ProbeServer;

function copyWithNativeMessagingGranted(): void {
  rmSync(GRANTED_DIR, { recursive: true, force: true });
  mkdirSync(GRANTED_DIR, { recursive: true });
  cpSync(CHROME_EXTENSION_DIR, GRANTED_DIR, { recursive: true });
  const path = join(GRANTED_DIR, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { permissions: string[]; optional_permissions?: string[] };
  if (!manifest.optional_permissions?.includes('nativeMessaging')) throw new Error('the build does not ask for nativeMessaging');
  manifest.optional_permissions = manifest.optional_permissions.filter((p) => p !== 'nativeMessaging');
  manifest.permissions.push('nativeMessaging');
  writeFileSync(path, JSON.stringify(manifest, null, 2));
}

/**
 * A self-signed certificate for the SMTP servers, for the name and the loopback address. The
 * helper trusts it through NODE_EXTRA_CA_CERTS (as a company CA would be trusted), so it may
 * use the password; the probe server does not (it needs no trust here: it never sends one).
 */
function smtpCertificate(address: string, name = SMTP_NAME): { key: string; cert: string; certPath: string } {
  const key = join(work, `${name}-${address}-key.pem`);
  const certPath = join(work, `${name}-${address}-cert.pem`);
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-keyout', key, '-out', certPath,
    '-subj', `/CN=${name}`, '-addext', `subjectAltName=DNS:${name},IP:${address}`,
  ], { stdio: 'ignore' });
  return { key: readFileSync(key, 'utf8'), cert: readFileSync(certPath, 'utf8'), certPath };
}

async function startSmtp(host: string, port: number, tls: { key: string; cert: string }, name = SMTP_NAME): Promise<SMTPServer> {
  const server = new SMTPServer({
    name, secure: port === 465, key: tls.key, cert: tls.cert, authOptional: true, authMethods: ['PLAIN', 'LOGIN'],
    onAuth: (auth, _session, callback) => {
      logins.push({ user: auth.username ?? '', password: auth.password ?? '' });
      if (auth.username === USER && auth.password === PASSWORD) callback(null, { user: USER });
      else callback(Object.assign(new Error('Authentication credentials invalid'), { responseCode: 535 }));
    },
    onData: (stream, _session, callback) => {
      stream.resume();
      stream.on('end', () => callback());
    },
  });
  server.on('error', () => undefined); // probes hang up mid-session on purpose
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return server;
}

/** `bounce-lens helper …` with a throwaway home, so nothing lands in the real user's folders. */
function helperCli(args: string[]): string {
  const home = join(work, 'home');
  return execFileSync(process.execPath, [join(ROOT, 'bin/bounce-lens.js'), 'helper', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_DATA_HOME: join(home, '.local/share'), LANG: 'C' },
  });
}

interface LaunchOptions {
  /** Handed to Chromium, and so to the helper it starts. */
  env?: Record<string, string>;
  /** Run Chromium (and so the helper) inside this network namespace: the user's network. */
  netns?: string;
  /** Non-loopback addresses the extension must reach directly (our probe server). */
  direct?: string[];
  extraArgs?: string[];
}

/** Like helpers/browser.ts, but with a profile this test knows, so the helper can be installed into it. */
async function launch(extensionDir: string, profile: string, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  let executablePath = '/usr/bin/chromium';
  if (options.netns) {
    // Playwright talks to Chromium over inherited pipes, which `ip netns exec` keeps open.
    executablePath = join(work, `chromium-in-${options.netns}`);
    writeFileSync(executablePath, `#!/bin/sh\nexec ip netns exec '${options.netns}' /usr/bin/chromium "$@"\n`, { mode: 0o755 });
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    env: { ...process.env, ...options.env },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--proxy-server=http://127.0.0.1:9',
      ...(options.direct ? [`--proxy-bypass-list=${options.direct.join(';')}`] : []),
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
      ...(options.extraArgs ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const id = new URL(worker.url()).host;
  return { context, extensionUrl: (path) => `chrome-extension://${id}/${path}` };
}

/** Opens the popup, explains the server from the command input and presses "Check from this computer too". */
async function checkFromPopup(browser: ExtensionBrowser, host = SMTP_HOST): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(browser.extensionUrl('src/extension/popup/index.html'));
  await popup.locator('textarea.palette-input').fill(`${host}:587`);
  await popup.keyboard.press('Enter');
  const button = popup.locator('section.explained button.two-sided-button');
  await button.waitFor();
  await button.click();
  return popup;
}

/** The part of the page's `chrome` this test calls (no @types/chrome here). */
interface ChromePermissions {
  permissions: { request(query: { permissions: string[] }): Promise<boolean> };
}

const columnLines = (popup: Page, side: 'server' | 'here') =>
  popup.locator(`.side-${side} li:not(.pending)`).evaluateAll((els) => els.map((e) => ({ port: (e as HTMLElement).dataset.port, text: e.textContent })));

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'bounce-lens-two-sided-'));
  copyWithNativeMessagingGranted();
  const tls = smtpCertificate(SMTP_HOST);
  certPath = tls.certPath;
  smtpServers = await Promise.all(PORTS.map((port) => startSmtp(SMTP_HOST, port, tls)));
  probe = await startProbeServer(TOKEN);
});

afterAll(async () => {
  await probe?.close();
  await Promise.all(smtpServers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('two-sided check from the popup', () => {
  let browser: ExtensionBrowser;
  let profile: string;
  beforeAll(async () => {
    profile = join(work, 'profile');
    mkdirSync(profile);
    browser = await launch(GRANTED_DIR, profile, { env: { NODE_EXTRA_CA_CERTS: certPath } });
    await configureProbe(browser, probe.url, TOKEN);
    // The login test goes only to the user's own outgoing server: here, the test's mail server.
    await configureOutgoingServer(browser, SMTP_HOST);
  });
  afterAll(async () => {
    await browser?.context.close();
  });

  it('without the helper: says what it cannot check and how to install the helper', async () => {
    const popup = await checkFromPopup(browser);
    try {
      await popup.locator('.side-here .helper-missing').waitFor({ timeout: 20_000 });
      expect(await popup.locator('.side-here').textContent()).toContain(t('h_missing'));
      expect(await popup.locator('.side-here .install-hint').textContent()).toBe(t('lg_installWhat'));
      expect(await popup.locator('.side-here .install-command code').textContent()).toBe('npx bounce-lens helper install');
      // Only our side ran: the "Checked from both sides" heading is not shown.
      expect(await popup.locator('.two-sided-title').count()).toBe(0);
      // Our side still answers, port by port.
      await expect.poll(() => popup.locator('.side-server li[data-state=done]').count(), { timeout: 45_000 }).toBe(PORTS.length);
      await saveScreenshot(popup, 'popup-two-sided-missing', { fullPage: true });
      expect(await popup.locator('.two-sided-verdict').count()).toBe(0);
    } finally {
      await popup.close();
    }
  });

  it('with the helper installed into the profile: both sides agree, the network is not the cause', async () => {
    const installed = helperCli(['install', '--browser', 'chromium', '--user-data-dir', profile]);
    expect(installed).toContain(join(profile, 'NativeMessagingHosts'));
    const popup = await checkFromPopup(browser);
    try {
      const verdict = popup.locator('.two-sided-verdict');
      await verdict.waitFor({ timeout: 45_000 });
      await saveScreenshot(popup, 'popup-two-sided-clean', { fullPage: true });
      expect(await verdict.getAttribute('data-kind')).toBe('network-not-the-cause');
      expect(await popup.locator('.two-sided-summary').textContent()).toBe(t('h_verdict_network_fine'));
      expect(await popup.locator('.two-sided-steps li').allTextContents()).toEqual([t('h_step_recheck_settings'), t('h_step_verify_credentials')]);

      // Each side's line per port: what the server itself announced, over TLS.
      for (const side of ['here', 'server'] as const) {
        const lines = await columnLines(popup, side);
        expect(lines.map((l) => Number(l.port))).toEqual(PORTS);
        for (const line of lines) {
          const [before, after] = t('h_ui_port_tls', [line.port ?? '', '\u0000']).split('\u0000');
          expect(line.text?.startsWith(`${before}${SMTP_NAME} `)).toBe(true);
          expect(line.text?.endsWith(after ?? '')).toBe(true);
        }
      }
      expect(await popup.locator('.side-here .error, .side-here .helper-missing').count()).toBe(0);
    } finally {
      await popup.close();
    }
  });
  it('tests the login from this computer: the password goes only to the helper, over verified TLS', async () => {
    const popup = await checkFromPopup(browser);
    try {
      await popup.locator('.two-sided-verdict').waitFor({ timeout: 45_000 });
      const before = logins.length;
      const form = popup.locator('form.login-check');
      // The host the password goes to is shown next to the password field.
      expect(await form.locator('.login-server').getAttribute('data-host')).toBe(SMTP_HOST);
      await form.locator('input[name=user]').fill(USER);
      await form.locator('input[name=password]').fill(`${PASSWORD}-wrong`);
      await form.locator('button[type=submit]').click();
      await form.locator('li.stage[data-stage=auth]').waitFor({ timeout: 30_000 });
      expect(await form.locator('input[name=password]').inputValue()).toBe('');
      await form.locator('.login-summary').waitFor({ timeout: 30_000 });
      expect(await form.locator('li.stage[data-stage=auth]').getAttribute('class')).toContain('failed');

      await form.locator('input[name=password]').fill(PASSWORD);
      await form.locator('button[type=submit]').click();
      await expect.poll(() => form.locator('li.stage[data-stage=auth]').getAttribute('class'), { timeout: 30_000 }).toContain('ok');
      await form.locator('.login-summary').waitFor({ timeout: 30_000 });
      await saveScreenshot(popup, 'popup-two-sided-login', { fullPage: true });
      expect(await popup.content()).not.toContain(PASSWORD);
      // Exactly the two tries reached the mail server, on the port the check recommended.
      expect(logins.slice(before)).toEqual([{ user: USER, password: `${PASSWORD}-wrong` }, { user: USER, password: PASSWORD }]);
      expect(await form.locator('button[type=submit]').textContent()).toBe(t('h_ui_test_login', ['587']));
    } finally {
      await popup.close();
    }
  });
});

const netns = canUseNetns();

describe.skipIf(!netns.ok)(`on an office network that drops 587 and 465${netns.ok ? '' : ` (skipped: ${netns.why})`}`, () => {
  // Chromium, and so the helper it starts, runs in a "user" network namespace whose firewall drops
  // 587 and 465 towards the mail server; our probe server reaches the mail server directly from
  // the root namespace, as it would from the data centre. Traffic stays on this machine.
  let network: UserNetwork | undefined;
  let browser: ExtensionBrowser | undefined;
  let officeProbe: ProbeServer | undefined;
  /** The extension sends its token over plain http only to loopback: off loopback the probe is behind TLS. */
  let officeProxy: TlsProxy | undefined;
  const servers: SMTPServer[] = [];
  /** Where the "antivirus" that answers mail on the user's network listens. */
  const INTERCEPTOR_PORT = 10_587;

  beforeAll(async () => {
    removeStaleNamespaces();
    network = createUserNetwork();
    const tls = smtpCertificate(network.serverAddress);
    for (const port of PORTS) servers.push(await startSmtp(network.serverAddress, port, tls));
    // Its own certificate and its own name, as a mail-scanning antivirus or proxy has.
    const proxyTls = smtpCertificate(network.serverAddress, 'av-proxy.office.test');
    servers.push(await startSmtp(network.serverAddress, INTERCEPTOR_PORT, proxyTls, 'av-proxy.office.test'));
    officeProbe = await startProbeServer(TOKEN, network.serverAddress);
    network.firewall([
      'table inet office {',
      '  chain out {',
      '    type filter hook output priority 0; policy accept;',
      `    ip daddr ${network.serverAddress} tcp dport { 465, 587 } drop`,
      '  }',
      '}',
    ].join('\n'));
    const profile = join(work, 'profile-office');
    mkdirSync(profile);
    helperCli(['install', '--browser', 'chromium', '--user-data-dir', profile]);
    officeProxy = await startTlsProxy(officeProbe.url, network.serverAddress);
    browser = await launch(GRANTED_DIR, profile, {
      netns: network.name, direct: [network.serverAddress], env: { NODE_EXTRA_CA_CERTS: tls.certPath }, extraArgs: ['--ignore-certificate-errors'],
    });
    await configureProbe(browser, officeProxy.url, TOKEN);
  });

  afterAll(async () => {
    await browser?.context.close();
    await officeProxy?.close();
    await officeProbe?.close();
    await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
    network?.destroy();
  });

  it('names the blocked ports and recommends 2525', async () => {
    if (!browser || !network) throw new Error('setup failed');
    const popup = await checkFromPopup(browser, network.serverAddress);
    try {
      const verdict = popup.locator('.two-sided-verdict');
      await verdict.waitFor({ timeout: 45_000 });
      await saveScreenshot(popup, 'popup-two-sided-blocked', { fullPage: true });
      expect(await verdict.getAttribute('data-kind')).toBe('network-blocks-port');
      expect(await popup.locator('.two-sided-summary').textContent()).toBe(t('h_verdict_blocked', ['587, 465', '2525']));
      expect(await popup.locator('.two-sided-steps li').first().textContent()).toBe(t('h_step_use_port', ['2525']));
      const here = await popup.locator('.side-here li').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.connect));
      expect(here).toEqual(['timeout', 'timeout', 'ok']);
      expect(await popup.locator('.side-server li[data-state=done]').count()).toBe(PORTS.length);
      expect(await popup.locator('form.login-check button[type=submit]').textContent()).toBe(t('h_ui_test_login', ['2525']));
    } finally {
      await popup.close();
    }
  });

  it('something on the network answers 587 itself: says mail is intercepted', async () => {
    if (!browser || !network) throw new Error('setup failed');
    network.firewall([
      'table ip office {',
      '  chain out {',
      '    type nat hook output priority -100; policy accept;',
      `    ip daddr ${network.serverAddress} tcp dport 587 dnat to ${network.serverAddress}:${INTERCEPTOR_PORT}`,
      '  }',
      '}',
    ].join('\n'));
    const popup = await checkFromPopup(browser, network.serverAddress);
    try {
      const verdict = popup.locator('.two-sided-verdict');
      await verdict.waitFor({ timeout: 45_000 });
      await saveScreenshot(popup, 'popup-two-sided-intercepted', { fullPage: true });
      expect(await verdict.getAttribute('data-kind')).toBe('interception');
      expect(await popup.locator('.two-sided-summary').textContent()).toBe(t('h_verdict_intercepted', ['587']));
      expect(await popup.locator('.side-here li[data-port="587"]').textContent()).toContain('av-proxy.office.test');
      expect(await popup.locator('.side-server li[data-port="587"]').textContent()).toContain(SMTP_NAME);
      expect(await popup.locator('.two-sided-steps li').first().textContent()).toBe(t('h_step_intercepted_antivirus'));
    } finally {
      await popup.close();
    }
  });
});

describe('the unchanged build', () => {
  it('Chromium accepts nativeMessaging as an optional permission: it prompts, where an unlisted one is refused', async () => {
    const profile = join(work, 'profile-optional');
    mkdirSync(profile);
    const browser = await launch(CHROME_EXTENSION_DIR, profile);
    try {
      const page = await browser.context.newPage();
      await page.goto(browser.extensionUrl('src/extension/popup/index.html'));
      await page.evaluate(() => {
        const outcomes: Record<string, string> = {};
        (globalThis as unknown as { outcomes: Record<string, string> }).outcomes = outcomes;
        for (const permission of ['nativeMessaging', 'tabs']) {
          const button = document.createElement('button');
          button.id = `ask-${permission}`;
          button.textContent = permission;
          button.onclick = () => {
            outcomes[permission] = 'pending';
            (globalThis as unknown as { chrome: ChromePermissions }).chrome.permissions.request({ permissions: [permission] }).then(
              (granted) => { outcomes[permission] = granted ? 'granted' : 'denied'; },
              (error: unknown) => { outcomes[permission] = `refused: ${String(error)}`; },
            );
          };
          document.body.append(button);
        }
      });
      const outcomes = () => page.evaluate(() => (globalThis as unknown as { outcomes: Record<string, string> }).outcomes);
      // The control: a permission the manifest does not list is refused at once.
      await page.click('#ask-tabs');
      await expect.poll(async () => (await outcomes()).tabs).toMatch(/^refused: .*manifest/);
      // nativeMessaging is not refused: the browser shows its prompt (which headless cannot answer).
      await page.click('#ask-nativeMessaging');
      await page.click('#ask-tabs'); // a later request that settles, so the first has had its chance to be refused
      await expect.poll(async () => (await outcomes()).tabs).toMatch(/^refused/);
      expect((await outcomes()).nativeMessaging).toBe('pending');
    } finally {
      await browser.context.close();
    }
  });
});
