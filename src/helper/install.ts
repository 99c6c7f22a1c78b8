// install / uninstall / status of the native messaging host for the current user. Install keeps
// a receipt of every file, folder and registry key it created, so uninstall removes exactly
// those and nothing else.
import { chmod, mkdir, readFile, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { buildHostManifest, HOST_NAME, type ExtensionIds } from './host-manifest.ts';
import type { Browser, HostTarget, InstallPlan } from './install-locations.ts';
import { launcherScript, type LaunchCommand } from './launcher.ts';
import type { Registry } from './registry.ts';

export interface Receipt {
  version: 1;
  files: string[];
  /** Folders install created, removed by uninstall only when empty. */
  dirs: string[];
  registryKeys: string[];
}

export type InstallError = 'write-failed' | 'registry-failed' | 'receipt-unreadable';
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: InstallError; detail: string };

const fail = <T>(error: InstallError, detail: unknown): Outcome<T> => ({
  ok: false, error, detail: detail instanceof Error ? detail.message : String(detail),
});

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

/** mkdir -p that reports which folders it made, outermost first. */
async function makeDirs(path: string): Promise<string[]> {
  const missing: string[] = [];
  for (let dir = path; !(await exists(dir)); dir = dirname(dir)) {
    missing.unshift(dir);
    if (dirname(dir) === dir) break;
  }
  await mkdir(path, { recursive: true });
  return missing;
}

async function readReceipt(path: string): Promise<Outcome<Receipt | null>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { ok: true, value: null };
  }
  try {
    const parsed = JSON.parse(text) as Partial<Receipt>;
    if (parsed.version !== 1 || !Array.isArray(parsed.files) || !Array.isArray(parsed.dirs) || !Array.isArray(parsed.registryKeys)) {
      return fail('receipt-unreadable', path);
    }
    return { ok: true, value: parsed as Receipt };
  } catch (error) {
    return fail('receipt-unreadable', error);
  }
}

const union = (a: string[], b: string[]): string[] => [...new Set([...a, ...b])];

export async function install(
  plan: InstallPlan, targets: HostTarget[], ids: ExtensionIds, launch: LaunchCommand, registry: Registry,
): Promise<Outcome<Receipt>> {
  const previous = await readReceipt(plan.receiptPath);
  if (!previous.ok) return previous;
  const receipt: Receipt = previous.value ?? { version: 1, files: [], dirs: [], registryKeys: [] };
  try {
    receipt.dirs = union(receipt.dirs, await makeDirs(plan.dataDir));
    await writeFile(plan.launcherPath, launcherScript(plan.platform, launch));
    await chmod(plan.launcherPath, 0o755);
    receipt.files = union(receipt.files, [plan.launcherPath]);
    for (const target of targets) {
      receipt.dirs = union(receipt.dirs, await makeDirs(dirname(target.manifestPath)));
      const manifest = buildHostManifest(target.family, plan.launcherPath, ids);
      await writeFile(target.manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
      receipt.files = union(receipt.files, [target.manifestPath]);
    }
  } catch (error) {
    await writeFile(plan.receiptPath, JSON.stringify(receipt)).catch(() => undefined);
    return fail('write-failed', error);
  }
  for (const target of targets) {
    if (!target.registryKey) continue;
    const set = await registry.setDefault(target.registryKey, target.manifestPath);
    if (!set.ok) {
      await writeFile(plan.receiptPath, JSON.stringify(receipt)).catch(() => undefined);
      return fail('registry-failed', set.detail);
    }
    receipt.registryKeys = union(receipt.registryKeys, [target.registryKey]);
  }
  receipt.files = union(receipt.files, [plan.receiptPath]);
  try {
    await writeFile(plan.receiptPath, `${JSON.stringify(receipt, null, 2)}\n`);
  } catch (error) {
    return fail('write-failed', error);
  }
  return { ok: true, value: receipt };
}

export interface Removed {
  files: string[];
  dirs: string[];
  registryKeys: string[];
}

export async function uninstall(plan: InstallPlan, registry: Registry): Promise<Outcome<Removed | null>> {
  const found = await readReceipt(plan.receiptPath);
  if (!found.ok || found.value === null) return found as Outcome<null>;
  const receipt = found.value;
  const removed: Removed = { files: [], dirs: [], registryKeys: [] };
  for (const key of receipt.registryKeys) {
    const gone = await registry.remove(key);
    if (!gone.ok) return fail('registry-failed', gone.detail);
    removed.registryKeys.push(key);
  }
  // The receipt goes last, so a failure half-way leaves it to try again.
  for (const file of receipt.files.filter((f) => f !== plan.receiptPath)) {
    if (!(await exists(file))) continue;
    try {
      await rm(file);
    } catch (error) {
      return fail('write-failed', error);
    }
    removed.files.push(file);
  }
  await rm(plan.receiptPath, { force: true });
  removed.files.push(plan.receiptPath);
  // Deepest first; a folder that now holds something else stays.
  for (const dir of [...receipt.dirs].sort((a, b) => b.length - a.length)) {
    if (await rmdir(dir).then(() => true, () => false)) removed.dirs.push(dir);
  }
  return { ok: true, value: removed };
}

export type TargetState =
  | { state: 'absent' }
  | { state: 'installed'; launcherPresent: boolean; allowed: string[]; idsMatch: boolean }
  | { state: 'unreadable' };

export interface TargetStatus {
  browser: Browser;
  manifestPath: string;
  registryKey: string | null;
  status: TargetState;
}

async function manifestState(path: string, family: HostTarget['family'], ids: ExtensionIds): Promise<TargetState> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { state: 'absent' };
  }
  try {
    const manifest = JSON.parse(text) as Record<string, unknown>;
    if (manifest.name !== HOST_NAME || typeof manifest.path !== 'string') return { state: 'unreadable' };
    const allowedRaw = family === 'chromium' ? manifest.allowed_origins : manifest.allowed_extensions;
    const allowed = Array.isArray(allowedRaw) ? allowedRaw.filter((a): a is string => typeof a === 'string') : [];
    const expected = buildHostManifest(family, manifest.path, ids);
    const wanted = (family === 'chromium' ? expected.allowed_origins : expected.allowed_extensions) ?? [];
    return {
      state: 'installed',
      launcherPresent: await exists(manifest.path),
      allowed,
      idsMatch: wanted.every((w) => allowed.includes(w)),
    };
  } catch {
    return { state: 'unreadable' };
  }
}

export async function status(targets: HostTarget[], ids: ExtensionIds, registry: Registry): Promise<TargetStatus[]> {
  return Promise.all(targets.map(async (target): Promise<TargetStatus> => {
    const base = { browser: target.browser, manifestPath: target.manifestPath, registryKey: target.registryKey };
    if (target.registryKey) {
      const pointsTo = await registry.readDefault(target.registryKey);
      if (pointsTo === null) return { ...base, status: { state: 'absent' } };
      return { ...base, manifestPath: pointsTo, status: await manifestState(pointsTo, target.family, ids) };
    }
    return { ...base, status: await manifestState(target.manifestPath, target.family, ids) };
  }));
}
