// The messages make-bounces sends and the bounces the servers must answer with (issue 6).
// Each message carries an X-Bounce-Lens-Case header, which every bounce quotes back (headers or whole
// message), so a bounce is matched to its case without guessing from its wording.
import type { StackInfo } from './stack.ts';

export type Reporter = 'postfix' | 'exim';

export interface ExpectedBounce {
  action: 'failed' | 'delayed';
  /** RFC 3463 status in the DSN's per-recipient part. */
  status: string;
  reporter: Reporter;
}

export interface BounceCase {
  id: string;
  /** What it shows, in one line (README and test names). */
  title: string;
  recipient: (stack: StackInfo) => string;
  /** Extra body bytes: big messages for the quota and the remote size limit. */
  padBytes: (stack: StackInfo) => number;
  expected: ExpectedBounce[];
}

export const CASE_HEADER = 'X-Bounce-Lens-Case';

const none = (): number => 0;

export const BOUNCE_CASES: BounceCase[] = [
  {
    id: 'local-unknown',
    title: 'unknown local user, bounced by Postfix local(8)',
    recipient: (s) => `nosuch@${s.hostname}`,
    padBytes: none,
    expected: [{ action: 'failed', status: '5.1.1', reporter: 'postfix' }],
  },
  {
    id: 'lmtp-unknown',
    title: 'unknown user refused by Dovecot LMTP',
    recipient: (s) => `nosuch@${s.domain}`,
    padBytes: none,
    expected: [{ action: 'failed', status: '5.1.1', reporter: 'postfix' }],
  },
  {
    id: 'remote-unknown',
    title: 'unroutable address at the remote Exim (refused at RCPT)',
    recipient: (s) => `nosuch@${s.remote.domain}`,
    padBytes: none,
    expected: [{ action: 'failed', status: '5.0.0', reporter: 'postfix' }],
  },
  {
    id: 'unresolvable',
    title: 'unresolvable domain (.invalid, NXDOMAIN)',
    recipient: () => 'someone@nowhere.invalid',
    padBytes: none,
    expected: [{ action: 'failed', status: '5.4.4', reporter: 'postfix' }],
  },
  {
    id: 'delay',
    title: 'delay warning, then expiry of the same message (nothing listens at the MX)',
    recipient: () => 'someone@down.test',
    padBytes: none,
    expected: [
      { action: 'delayed', status: '4.4.1', reporter: 'postfix' },
      { action: 'failed', status: '4.4.1', reporter: 'postfix' },
    ],
  },
  {
    id: 'over-quota',
    title: "over quota (bob's tiny mailbox, Dovecot LMTP)",
    recipient: (s) => s.users.bob.address,
    padBytes: (s) => s.users.bob.quotaBytes * 2,
    expected: [{ action: 'failed', status: '5.2.2', reporter: 'postfix' }],
  },
  {
    id: 'too-large',
    title: "too large for the remote (Exim's SIZE limit)",
    recipient: (s) => `carol@${s.remote.domain}`,
    padBytes: (s) => s.remote.sizeLimitBytes + 50_000,
    expected: [{ action: 'failed', status: '5.3.4', reporter: 'postfix' }],
  },
  {
    id: 'relay-refused',
    title: 'relay refused by the remote',
    recipient: () => 'someone@elsewhere.test',
    padBytes: none,
    expected: [{ action: 'failed', status: '5.0.0', reporter: 'postfix' }],
  },
  {
    id: 'exim-unknown',
    title: "unknown user in Exim's own bounce",
    recipient: (s) => `nosuch@late.${s.remote.domain}`,
    padBytes: none,
    expected: [{ action: 'failed', status: '5.0.0', reporter: 'exim' }],
  },
  {
    id: 'exim-full',
    title: "full mailbox in Exim's own bounce",
    recipient: (s) => `full@${s.remote.domain}`,
    padBytes: none,
    expected: [{ action: 'failed', status: '5.0.0', reporter: 'exim' }],
  },
  {
    id: 'dnsbl',
    title: 'refused by a remote that checks the loopback DNSBL bl.test (the sending IP is listed)',
    recipient: () => 'someone@blocked.test',
    padBytes: none,
    expected: [{ action: 'failed', status: '5.7.1', reporter: 'postfix' }],
  },
  {
    id: 'spf',
    title: "refused by a remote that checks SPF (example.test's SPF does not allow the sending IP)",
    recipient: () => 'someone@spf.test',
    padBytes: none,
    expected: [{ action: 'failed', status: '5.7.23', reporter: 'postfix' }],
  },
];

/** The test message for a case: plain ASCII, padded with text lines when the case needs size. */
export function caseMessage(c: BounceCase, stack: StackInfo, now: Date = new Date()): string {
  const from = stack.users.alice.address;
  const lines = [
    `From: Alice <${from}>`,
    `To: <${c.recipient(stack)}>`,
    // Subject and body stay neutral: words like "unknown user" in the returned message would steer
    // (or mislead) an analyser reading the bounce. Only the X- header names the case.
    'Subject: Bounce Lens test message',
    `Date: ${now.toUTCString()}`,
    `Message-ID: <${c.id}.${now.getTime()}@${stack.domain}>`,
    `${CASE_HEADER}: ${c.id}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'Hello, this is a test message from the Bounce Lens mail stack.',
  ];
  const pad = c.padBytes(stack);
  const row = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.';
  for (let written = 0; written < pad; written += row.length + 2) lines.push(row);
  return `${lines.join('\r\n')}\r\n`;
}
