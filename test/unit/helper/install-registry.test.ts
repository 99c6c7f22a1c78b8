// The Windows half of install/uninstall/status: which registry keys are set, to what, and that
// uninstall removes exactly those. reg.exe cannot run here, so the registry is an in-memory
// stand-in; the files are written for real in a temp folder laid out like the Windows plan.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { install, status, uninstall } from '../../../src/helper/install.ts';
import { installPlan, type InstallPlan } from '../../../src/helper/install-locations.ts';
import type { Registry } from '../../../src/helper/registry.ts';

const ids = { chrome: 'a'.repeat(32), firefox: 'x@example' };
let dir: string;
let plan: InstallPlan;

function memoryRegistry(preset: Record<string, string> = {}): Registry & { keys: Map<string, string> } {
  const keys = new Map(Object.entries(preset));
  return {
    keys,
    setDefault: async (key, value) => { keys.set(key, value); return { ok: true }; },
    remove: async (key) => (keys.delete(key) ? { ok: true } : { ok: false, detail: 'missing' }),
    readDefault: async (key) => keys.get(key) ?? null,
  };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bl-win-'));
  // The Windows plan's keys and file names, with this machine's paths under a temp folder.
  const windows = installPlan('win32', { home: 'C:\\Users\\ana', LOCALAPPDATA: 'C:\\Users\\ana\\AppData\\Local' });
  plan = {
    ...windows,
    dataDir: dir,
    launcherPath: join(dir, 'bounce-lens-helper.cmd'),
    receiptPath: join(dir, 'install-receipt.json'),
    targets: windows.targets.map((t) => ({ ...t, manifestPath: join(dir, t.manifestPath.split('\\').pop() as string) })),
  };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('install on Windows (registry as data)', () => {
  it('points each browser key at its manifest, and uninstall removes exactly those keys', async () => {
    const registry = memoryRegistry({ 'HKCU\\Software\\Other\\Key': 'keep me' });
    const done = await install(plan, plan.targets, ids, { node: 'C:\\node.exe', script: 'C:\\bl\\bin\\bounce-lens.js' }, registry);
    expect(done.ok).toBe(true);
    for (const t of plan.targets) expect(registry.keys.get(t.registryKey as string)).toBe(t.manifestPath);
    expect(readFileSync(plan.launcherPath, 'utf8')).toContain('helper host %*');

    const report = await status(plan.targets, ids, registry);
    expect(report.map((r) => [r.browser, r.status.state])).toEqual([['chrome', 'installed'], ['chromium', 'installed'], ['firefox', 'installed']]);

    const removed = await uninstall(plan, registry);
    expect(removed.ok && removed.value?.registryKeys.sort()).toEqual(plan.targets.map((t) => t.registryKey).sort());
    expect([...registry.keys]).toEqual([['HKCU\\Software\\Other\\Key', 'keep me']]);
    expect((await status(plan.targets, ids, registry)).every((r) => r.status.state === 'absent')).toBe(true);
  });

  it('reports a registry that refuses, and keeps a receipt so uninstall still cleans up', async () => {
    const registry: Registry = { ...memoryRegistry(), setDefault: async () => ({ ok: false, detail: 'Access is denied.' }) };
    const done = await install(plan, plan.targets, ids, { node: 'n', script: 's' }, registry);
    expect(done).toEqual({ ok: false, error: 'registry-failed', detail: 'Access is denied.' });
    const removed = await uninstall(plan, registry);
    expect(removed.ok && removed.value?.files).toContain(plan.launcherPath);
  });
});
