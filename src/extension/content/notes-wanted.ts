// Whether this page gets notes at all: the user's notes switch (or the administrator's, which
// wins), and the built-in sites the user turned off in the options (sitesOff: match patterns such
// as "https://mail.google.com/*"). Pure, so the entry point stays a few lines and a test checks it.

export function notesWanted(stored: unknown, managedNotes: unknown, href: string): boolean {
  const s = stored as { notes?: unknown; sitesOff?: unknown } | undefined;
  if ((typeof managedNotes === 'boolean' ? managedNotes : s?.notes) === false) return false;
  const off = Array.isArray(s?.sitesOff) ? s.sitesOff : [];
  return !off.some((p) => typeof p === 'string' && href.startsWith(p.replace(/\*$/, '')));
}
