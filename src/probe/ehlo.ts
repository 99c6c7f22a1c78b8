// EHLO reply → extension map, and the few facts the stages ask of it.

/** "250-AUTH PLAIN LOGIN" → { AUTH: "PLAIN LOGIN" }; the first line is the greeting name. */
export function parseExtensions(lines: string[]): Record<string, string> {
  const ext: Record<string, string> = {};
  for (const line of lines.slice(1)) {
    const text = line.slice(4).trim();
    const [keyword = '', ...rest] = text.split(/\s+/);
    if (keyword) ext[keyword.toUpperCase()] = rest.join(' ');
  }
  return ext;
}

export function authMechanisms(ext: Record<string, string>): string[] {
  const value = ext.AUTH ?? ext['AUTH=PLAIN'] ?? '';
  return value.toUpperCase().split(/\s+/).filter(Boolean);
}

export function sizeLimit(ext: Record<string, string>): number | null {
  if (!('SIZE' in ext)) return null;
  const n = Number(ext.SIZE);
  return Number.isFinite(n) && n > 0 ? n : null;
}

/** A short human summary for the stage detail, e.g. "STARTTLS, AUTH PLAIN LOGIN, SIZE 10485760". */
export function describeExtensions(ext: Record<string, string>): string {
  return Object.entries(ext).map(([k, v]) => (v ? `${k} ${v}` : k)).join(', ') || '-';
}
