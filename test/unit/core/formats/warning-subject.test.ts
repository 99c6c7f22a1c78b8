// A report that says neither "still trying" nor "gave up" in its text is a warning when its subject
// says so (Sendmail's "Warning: could not send message for past 4 hours" and the same layout written
// "Warning--Could not send mail for past 8.5 hours"); a failure notice's subject never does.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';
import { warningSubject } from '../../../../src/core/formats/bounce-signals.ts';

const report = (subject: string): string => `From: "Mail Delivery System" <MAILER-DAEMON@mx.example.org>
To: sender@example.net
Subject: ${subject}

The original message was received at Mon, 7 Dec 2026 05:00:00 +0900
from sender@example.net

---The following addresses had delivery errors---

ana@example.org [Connection timed out]
`;

describe('a warning told by its subject', () => {
  it('Sendmail and X1 warning subjects read as delays', async () => {
    for (const s of ['Warning: could not send message for past 4 hours', 'Warning--Could not send mail for past 8.5 hours']) {
      const [f] = (await analyze(report(s))).findings;
      expect(f?.recipient).toBe('ana@example.org');
      expect(f?.action).toBe('delayed');
      expect(f?.temporary).toBe(true);
    }
  });

  it('the same report under a failure subject is a failure', async () => {
    const [f] = (await analyze(report('Returned mail: see transcript for details'))).findings;
    expect(f?.action).toBe('failed');
  });

  it('only warning subjects match', () => {
    expect(warningSubject('Delayed Mail (still being retried)')).toBe(true);
    expect(warningSubject('Undelivered Mail Returned to Sender')).toBe(false);
    expect(warningSubject('Re: warning about the meeting, could not send earlier')).toBe(false);
    expect(warningSubject(null)).toBe(false);
  });
});
