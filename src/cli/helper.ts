// `bounce-lens helper install|uninstall|status`, and the hidden `helper host` the browser starts.
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Translate } from '../core/knowledge/types.ts';
import { loadTranslate, terminalLanguage } from '../node/catalogue.ts';
import { extensionIds, HOST_NAME } from '../helper/host-manifest.ts';
import { install, status, uninstall, type TargetStatus } from '../helper/install.ts';
import { installPlan, supportedPlatform, type Browser, type HostTarget, type InstallPlan } from '../helper/install-locations.ts';
import { noRegistry, windowsRegistry, type Registry } from '../helper/registry.ts';
import { terminalSafe } from './terminal-safe.ts';

const ROOT = new URL('../../', import.meta.url);
const BROWSERS: readonly Browser[] = ['chrome', 'chromium', 'firefox'];

interface Options {
  browsers: Browser[];
  userDataDirs: string[];
  json: boolean;
}

function parseOptions(args: string[]): { ok: true; options: Options } | { ok: false; bad: string } {
  const options: Options = { browsers: [], userDataDirs: [], json: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const value = args[i + 1];
    if (arg === '--json') options.json = true;
    else if (arg === '--browser' && value && (BROWSERS as readonly string[]).includes(value)) {
      options.browsers.push(value as Browser);
      i++;
    } else if (arg === '--user-data-dir' && value) {
      options.userDataDirs.push(resolve(value));
      i++;
    } else return { ok: false, bad: arg };
  }
  return { ok: true, options };
}

/** A Chromium profile started with --user-data-dir reads hosts from <dir>/NativeMessagingHosts. */
function profileTargets(dirs: string[]): HostTarget[] {
  return dirs.map((dir) => ({
    browser: 'chromium', family: 'chromium', manifestPath: join(dir, 'NativeMessagingHosts', `${HOST_NAME}.json`), registryKey: null,
  }));
}

/** Without --browser: the browsers whose per-user folder exists (Windows: all of them). */
async function chosenTargets(plan: InstallPlan, options: Options): Promise<HostTarget[]> {
  const extra = profileTargets(options.userDataDirs);
  if (options.browsers.length > 0) return [...plan.targets.filter((t) => options.browsers.includes(t.browser)), ...extra];
  if (options.userDataDirs.length > 0) return extra;
  if (plan.platform === 'win32') return plan.targets;
  const found = await Promise.all(plan.targets.map((t) => stat(dirname(dirname(t.manifestPath))).then(() => true, () => false)));
  return plan.targets.filter((_, i) => found[i]);
}

function describe(s: TargetStatus, t: Translate): string {
  const where = s.registryKey ? `${s.registryKey} → ${s.manifestPath}` : s.manifestPath;
  switch (s.status.state) {
    case 'absent': return t('h_cli_status_absent', [s.browser]);
    case 'unreadable': return t('h_cli_status_unreadable', [s.browser, where]);
    case 'installed':
      if (!s.status.launcherPresent) return t('h_cli_status_no_launcher', [s.browser, where]);
      if (!s.status.idsMatch) return t('h_cli_status_other_ids', [s.browser, where]);
      return t('h_cli_status_installed', [s.browser, where]);
  }
}

async function runHost(): Promise<number> {
  const [{ runHost: host }, { localEngines }] = await Promise.all([import('../helper/host.ts'), import('../helper/local-engines.ts')]);
  const pkg = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')) as { version: string };
  const code = await host({ input: process.stdin, output: process.stdout, engines: localEngines, version: pkg.version });
  // Sockets still closing must not keep a helper alive that the browser has let go.
  setTimeout(() => process.exit(code), 2_000).unref();
  return code;
}

export async function runHelper(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === 'host') return runHost();
  const t = loadTranslate(terminalLanguage());
  const out = (line: string): void => void process.stdout.write(`${terminalSafe(line)}\n`);
  const err = (line: string): void => void process.stderr.write(`${terminalSafe(line)}\n`);
  if (command === '--help' || command === '-h' || rest.includes('--help') || rest.includes('-h')) {
    out(t('h_cli_usage'));
    return 0;
  }
  if (command !== 'install' && command !== 'uninstall' && command !== 'status') {
    err(t('h_cli_usage'));
    return 2;
  }
  const parsed = parseOptions(rest);
  if (!parsed.ok) {
    err(t('h_cli_bad_option', [parsed.bad]));
    err(t('h_cli_usage'));
    return 2;
  }
  if (!supportedPlatform(process.platform)) {
    err(t('h_cli_unsupported_platform', [process.platform]));
    return 1;
  }
  const plan = installPlan(process.platform, { ...process.env, home: homedir() });
  const registry: Registry = plan.platform === 'win32' ? windowsRegistry : noRegistry;
  const options = parsed.options;

  if (command === 'uninstall') {
    const removed = await uninstall(plan, registry);
    if (!removed.ok) {
      err(t('h_cli_failed', [removed.detail]));
      return 1;
    }
    if (removed.value === null) out(t('h_cli_nothing_installed'));
    else for (const item of [...removed.value.registryKeys, ...removed.value.files, ...removed.value.dirs]) out(t('h_cli_removed', [item]));
    return 0;
  }

  const ids = extensionIds();
  if (!ids.ok) {
    err(t('h_cli_no_extension_id', [ids.error]));
    return 1;
  }
  if (command === 'status') {
    const targets = [...plan.targets, ...profileTargets(options.userDataDirs)];
    const report = await status(targets, ids.ids, registry);
    if (options.json) out(JSON.stringify(report, null, 2));
    else for (const s of report) out(describe(s, t));
    return 0;
  }

  const targets = await chosenTargets(plan, options);
  if (targets.length === 0) {
    err(t('h_cli_no_browser'));
    return 1;
  }
  const script = fileURLToPath(new URL('bin/bounce-lens.js', ROOT));
  const done = await install(plan, targets, ids.ids, { node: process.execPath, script }, registry);
  if (!done.ok) {
    err(t('h_cli_failed', [done.detail]));
    return 1;
  }
  for (const target of targets) out(t('h_cli_installed', [target.browser, target.registryKey ?? target.manifestPath]));
  out(t('h_cli_launcher', [plan.launcherPath]));
  return 0;
}
