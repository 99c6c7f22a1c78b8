// The Windows registry, through reg.exe (ships with every Windows): the only place Chrome and
// Firefox look for a host manifest there. Elsewhere there is no registry and nothing is done.
import { execFile } from 'node:child_process';

export type RegistryResult = { ok: true } | { ok: false; detail: string };

export interface Registry {
  /** Sets the key's default value, creating the key. */
  setDefault(key: string, value: string): Promise<RegistryResult>;
  remove(key: string): Promise<RegistryResult>;
  /** The default value, or null when the key is not there. */
  readDefault(key: string): Promise<string | null>;
}

function reg(args: string[]): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('reg', args, { windowsHide: true }, (error, stdout, stderr) => resolve({ ok: !error, stdout, stderr }));
  });
}

export const windowsRegistry: Registry = {
  async setDefault(key, value) {
    const r = await reg(['add', key, '/ve', '/t', 'REG_SZ', '/d', value, '/f']);
    return r.ok ? { ok: true } : { ok: false, detail: r.stderr.trim() };
  },
  async remove(key) {
    const r = await reg(['delete', key, '/f']);
    return r.ok ? { ok: true } : { ok: false, detail: r.stderr.trim() };
  },
  async readDefault(key) {
    const r = await reg(['query', key, '/ve']);
    if (!r.ok) return null;
    // "    (Default)    REG_SZ    C:\path\to\manifest.json" (the label is localised).
    const line = r.stdout.split(/\r?\n/).find((l) => /\bREG_SZ\b/.test(l));
    return line ? line.replace(/^.*?REG_SZ\s+/, '').trim() : null;
  },
};

/** Linux and macOS: hosts are found by path alone. */
export const noRegistry: Registry = {
  setDefault: async () => ({ ok: false, detail: 'no registry on this platform' }),
  remove: async () => ({ ok: true }),
  readDefault: async () => null,
};
