// The engine's own labelled sets (test/fixtures/engine/sets/labels.tsv): bounces from MTA templates and
// documentation and from other projects' test fixtures, one row per message. Scored per source family
// and split (tune / holdout), for Bounce Lens and, where installed, Sisimai on the same files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../../src/core/index.ts';

export const SETS_DIR = join(import.meta.dirname, '..', 'fixtures', 'engine', 'sets');

export interface SetRow {
  file: string;
  family: string;
  source: string;
  split: 'tune' | 'holdout';
  kind: 'bounce' | 'delay' | 'delivery' | 'auto-reply' | 'not-bounce';
  recipients: { address: string; original: string; status: string; reply: string; reason: string; permanence: string }[];
}

export function loadSetRows(): SetRow[] {
  const rows: SetRow[] = [];
  for (const line of readFileSync(join(SETS_DIR, 'labels.tsv'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#') || line.startsWith('file\t')) continue;
    const [file = '', source = '', split = '', kind = '', rcpt = '', original = '', status = '', reply = '', reason = '', permanence = ''] = line.split('\t');
    const cell = (v: string, i: number): string => v.split('|')[i] ?? '-';
    const addresses = rcpt === '-' || rcpt === '' ? [] : rcpt.split('|');
    rows.push({
      file, source, family: file.split('/')[0] ?? '', split: split === 'holdout' ? 'holdout' : 'tune', kind: kind as SetRow['kind'],
      recipients: addresses.map((address, i) => ({
        address: address.toLowerCase(), original: cell(original, i).toLowerCase(), status: cell(status, i), reply: cell(reply, i),
        reason: cell(reason, i), permanence: cell(permanence, i),
      })),
    });
  }
  return rows;
}

/** What an analyser said about one message, in the terms the labels use. */
export interface SetOutcome {
  detected: boolean;
  /** Read as a delivery report (Action: delivered / relayed): what a row of kind `delivery` is. */
  deliveryReport?: boolean;
  /** Whether it left a non-bounce alone (no failed recipient, not called a bounce). */
  leftAlone: boolean;
  findings: {
    recipient: string | null; original: string | null; status: string | null; reply: number | null; reason: string;
    hard: boolean | null; delayed: boolean | null;
    /** The report's own class (4xx / 4.x.x / still trying = true; 5xx / 5.x.x / final failure = false). */
    temporary: boolean | null;
  }[];
}

/**
 * What each family's `permanence` label means, so that it is scored against the field that says the
 * same: `hard` = Sisimai's hard bounce (Finding.hard; a full mailbox is soft even in a 5xx report),
 * `class` = whether the report gave up or is still trying, as the report states it (Finding.temporary:
 * a 4.x.x under "Action: failed" is final), `code` = the class of the code alone, as the project the
 * labels come from files it (4xx / 4.x.x = temporary, whatever the report's Action says).
 */
export const PERMANENCE_MEANS: Readonly<Record<string, 'hard' | 'class' | 'code'>> = {
  // crisp's `permanent`/`temporary` flags follow the reply class (550 "mailbox full" = permanent).
  'crisp-bounce-parser': 'code',
  // bounce_email's TYPE_HARD_FAIL / TYPE_SOFT_FAIL follow the status class (4.0.0 = soft).
  'bounce-email': 'code',
  // Froide files a 5.x.x status as a hard bounce, a 4.x.x as a soft one.
  froide: 'code',
  // The lead-held round-4 families are labelled final (failed) or still retried (delayed).
  stalwart: 'class', kumomta: 'class', chasquid: 'class', 'exim-testsuite': 'class', enmime: 'class', mimekit: 'class', 'mail-manager': 'class',
  civicrm: 'class', commcare: 'class', alaveteli: 'class',
  // Twisted's bounce names no cause, only that the address "has permanent errors" and will not be retried.
  'twisted-mail': 'class',
};
export const permanenceMeans = (family: string): 'hard' | 'class' | 'code' => PERMANENCE_MEANS[family] ?? 'hard';

export function engineOutcome(a: Analysis): SetOutcome {
  const detected = a.kind === 'bounce' || a.kind === 'delay';
  return {
    detected,
    deliveryReport: a.kind === 'delivery',
    // A complaint (ARF, a provider's feedback notice) may name the address that complained: read as
    // feedback, that is not a failed recipient.
    leftAlone: !detected && a.findings.every((f) => !f.recipient || f.reason === 'feedback' || f.reason === 'vacation'),
    findings: a.findings.map((f) => ({
      recipient: f.recipient, original: f.originalRecipient ?? null, status: f.status, reply: f.replyCode, reason: f.reason, hard: f.hard,
      delayed: f.action === 'delayed', temporary: f.temporary ?? null,
    })),
  };
}

export interface SetScore {
  messages: number;
  bounces: number;
  detected: number;
  nonBounces: number;
  leftAlone: number;
  recipients: number;
  found: number;
  /** Addresses reported as failed that the report does not say failed. */
  wrong: number;
  original: [number, number];
  status: [number, number];
  reply: [number, number];
  reason: [number, number];
  permanence: [number, number];
  /** delay vs failed, per labelled bounce/delay message. */
  delayKind: [number, number];
  misses: string[];
}

// Statuses Sisimai makes up when a message states none: x.0.9NN (Sisimai 4) and x.9.NNN (Sisimai 5; RFC 3463
// defines no subject 9). Only their class digit is a fact about the message.
const PSEUDO = /^[245]\.(?:0\.9\d\d|9\.\d{3})$/;
/**
 * Sisimai 5's later names for reasons the engine reports under their earlier names: go-sisimai #307 merged
 * speeding and toomanyconn into ratelimited, mesgtoobig and exceedlimit into emailtoolarge. A label in the
 * later name is right for either earlier one; a label in an earlier name still asks for that one.
 */
const REASON_ALIASES: Readonly<Record<string, readonly string[]>> = {
  emailtoolarge: ['emailtoolarge', 'mesgtoobig', 'exceedlimit'],
  ratelimited: ['ratelimited', 'speeding', 'toomanyconn'],
};

/** The class a finding states: its status, else its reply code, else its action (the corpus rule). */
function classDigit(f: SetOutcome['findings'][number]): string | null {
  if (f.status) return f.status[0] ?? null;
  if (f.reply !== null) return String(f.reply)[0] ?? null;
  return f.delayed === null ? null : f.delayed ? '4' : '5';
}

export function scoreSet(rows: readonly SetRow[], outcomes: ReadonlyMap<string, SetOutcome>): SetScore {
  const s: SetScore = {
    messages: 0, bounces: 0, detected: 0, nonBounces: 0, leftAlone: 0, recipients: 0, found: 0, wrong: 0,
    original: [0, 0], status: [0, 0], reply: [0, 0], reason: [0, 0], permanence: [0, 0], delayKind: [0, 0], misses: [],
  };
  const tally = (t: [number, number], ok: boolean, what: string, row: SetRow): void => {
    t[1]++;
    if (ok) t[0]++;
    else s.misses.push(`${row.file}: ${what}`);
  };
  for (const row of rows) {
    const o = outcomes.get(row.file) ?? { detected: false, leftAlone: true, findings: [] };
    s.messages++;
    if (row.kind === 'auto-reply' || row.kind === 'not-bounce') {
      s.nonBounces++;
      if (o.leftAlone) s.leftAlone++;
      else s.misses.push(`${row.file}: read as a bounce (${o.findings.map((f) => f.recipient).join(', ')})`);
      continue;
    }
    s.bounces++;
    // A delivery report (a DSN with Action: delivered) is read when it is read as one, not as a bounce.
    const delivery = row.kind === 'delivery';
    if (delivery ? o.deliveryReport === true : o.detected) s.detected++;
    else s.misses.push(`${row.file}: not detected`);
    const labelled = new Set(row.recipients.map((r) => r.address));
    const reported = new Set(o.findings.map((f) => f.recipient).filter((r): r is string => r !== null));
    for (const r of reported) {
      if (!labelled.has(r)) {
        s.wrong++;
        s.misses.push(`${row.file}: wrong address ${r}`);
      }
    }
    // A warning says every recipient is still being tried; a bounce gives up on at least one.
    const listed = o.findings.filter((f) => f.recipient !== null && labelled.has(f.recipient));
    const saysDelay = listed.length > 0 && listed.every((f) => f.delayed);
    if (!delivery) tally(s.delayKind, (row.kind === 'delay') === saysDelay, `kind ${row.kind}, got ${saysDelay ? 'delay' : 'failed'}`, row);
    for (const r of row.recipients) {
      s.recipients++;
      const f = o.findings.find((x) => x.recipient === r.address);
      if (f) s.found++;
      else s.misses.push(`${row.file}: recipient ${r.address} not found`);
      // The engine names an original recipient only where it differs from the final one (issue #10), so a
      // label that repeats the final address is met by none as well.
      if (r.original !== '-') {
        const same = r.original === r.address && f !== undefined && f.original === null;
        tally(s.original, same || f?.original === r.original, `original ${r.original}, got ${f?.original ?? 'none'}`, row);
      }
      if (r.status !== '-') {
        // "a/b": the source's assertion and the more specific status its own text gives (either is right).
        const ok = r.status.split('/').some((st) => (PSEUDO.test(st) ? f !== undefined && classDigit(f) === st[0] : f?.status === st));
        tally(s.status, ok, `status ${r.status}, got ${f?.status ?? 'none'}`, row);
      }
      if (r.reply !== '-') tally(s.reply, (f?.reply === null || f?.reply === undefined ? '' : String(f.reply)) === r.reply, `reply ${r.reply || 'none'}, got ${f?.reply ?? 'none'}`, row);
      if (r.reason !== '-') tally(s.reason, f !== undefined && r.reason.split('/').some((x) => (REASON_ALIASES[x] ?? [x]).includes(f.reason)), `reason ${r.reason}, got ${f?.reason ?? 'none'}`, row);
      if (r.permanence !== '-') {
        // Compared with the field that means what this family's label means (PERMANENCE_MEANS).
        const means = permanenceMeans(row.family);
        const digit = f === undefined ? null : classDigit(f);
        const permanent = f === undefined ? null
          : means === 'class' ? (f.temporary === null ? null : !f.temporary)
          : means === 'code' ? (digit === '5' ? true : digit === '4' ? false : null)
          : f.hard;
        if (f === undefined || permanent !== null) {
          tally(s.permanence, permanent !== null && (r.permanence === 'permanent') === permanent, `${r.permanence} (${means === 'hard' ? 'hard bounce' : means === 'class' ? 'report class' : 'code class'}), got ${permanent === null ? 'none' : permanent ? 'permanent' : 'temporary'}`, row);
        }
      }
    }
  }
  return s;
}

const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : '  n/a');
const pair = ([n, d]: [number, number]): string => `${pct(n, d)} (${n}/${d})`;

export function setLine(name: string, s: SetScore): string {
  return [
    `${name.padEnd(34)} detected ${pct(s.detected, s.bounces)} (${s.detected}/${s.bounces})`,
    `non-bounces left alone ${pct(s.leftAlone, s.nonBounces)} (${s.leftAlone}/${s.nonBounces})`,
    `recipient found ${pct(s.found, s.recipients)} (${s.found}/${s.recipients})`,
    `wrong addresses ${s.wrong} in ${s.bounces} bounces`,
    `original recipient ${pair(s.original)}`,
    `status ${pair(s.status)}`,
    `reply code ${pair(s.reply)}`,
    `reason ${pair(s.reason)}`,
    s.permanence[1] ? `permanent/temporary ${pair(s.permanence)}` : 'permanent/temporary n/a',
    s.delayKind[1] ? `delay vs failed ${pair(s.delayKind)}` : 'delay vs failed n/a',
  ].join('  ');
}
