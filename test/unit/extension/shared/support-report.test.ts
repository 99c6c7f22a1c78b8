import { describe, expect, it } from 'vitest';
import en from '../../../../public/_locales/en/messages.json';
import { catalogueTranslator } from '../../../../src/core/i18n.ts';
import { explain } from '../../../../src/core/knowledge/index.ts';
import { oneLineSummary } from '../../../../src/core/knowledge/one-line.ts';
import { bounceMeta, safeLine, supportReport } from '../../../../src/extension/shared/support-report.ts';

const t = catalogueTranslator(en);

const BOUNCE = `From: MAILER-DAEMON@mail.example.org
Date: Sun, 6 Dec 2026 10:00:00 +0000
Message-ID: <bounce-1@mail.example.org>
Subject: Undelivered Mail Returned to Sender
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain

I'm sorry to have to inform you that your message could not be delivered.

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.org
Arrival-Date: Sun, 6 Dec 2026 09:59:58 +0000

Final-Recipient: rfc822; nobody@example.net
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.example.net
Diagnostic-Code: smtp; 550 5.1.1 <nobody@example.net>: Recipient address rejected: User unknown

--B
Content-Type: message/rfc822

Message-ID: <original-42@example.org>
Subject: Secret plans
From: me@example.org

The body with my secret plans.
--B--
`;

describe('copy for support', () => {
  it('names date, recipient, codes, diagnostic, servers, Message-ID and cause; never the body', async () => {
    const result = await explain(BOUNCE);
    const report = supportReport({ result, headline: oneLineSummary(result, t), meta: bounceMeta(BOUNCE), now: new Date('2026-12-06T10:05:00Z'), t });
    expect(report).toContain('Date of the bounce: Sun, 6 Dec 2026 10:00:00 +0000');
    expect(report).toContain('Copied: 2026-12-06 10:05:00 UTC');
    expect(report).toContain('Recipient: nobody@example.net');
    expect(report).toContain('Status code: 5.1.1');
    expect(report).toMatch(/Server said: .*User unknown/);
    expect(report).toMatch(/Remote server: .*mx\.example\.net/);
    expect(report).toMatch(/Reporting server: .*mail\.example\.org/);
    expect(report).toContain('Message-ID: <original-42@example.org>');
    expect(report).toMatch(/Likely cause: \S/);
    expect(report).not.toContain('secret plans');
  });
  it('masks login secrets a transcript may quote', () => {
    expect(safeLine('>>> AUTH PLAIN AGJvYgBodW50ZXIy')).toBe('>>> AUTH PLAIN ***');
    expect(safeLine('login failed: password=hunter2 user=bob')).toBe('login failed: password=*** user=bob');
    expect(safeLine('a\u0007b\r\nc')).toBe('a b c');
  });
});
