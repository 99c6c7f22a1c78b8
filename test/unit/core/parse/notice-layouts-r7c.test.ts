// Layout families of lead set 6, written here from each family's shape (not copied from the set's files):
// a Google Groups refusal, a Coremail (NetEase 163) Chinese notice, a notice that quotes no reply at all,
// a greylisting deferral that ended in failure, and Lotus Notes' "Failure Reasons" heading.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/index.ts';

const message = (headers: string[], body: string[]): string => [...headers, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=UTF-8', '', ...body, ''].join('\r\n');

describe('a Google Groups refusal', () => {
  const notice = (group: string, wrap: boolean): string => message(
    ['From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>', 'To: me@example.net', 'Subject: Delivery Status Notification (Failure)'],
    [
      ...(wrap
        ? [`We're writing to let you know that the group you tried to contact (${group})`, 'may not exist, or you may not have permission to post messages to the group.']
        : [`We're writing to let you know that the group you tried to contact (${group}) may not exist, or you may not have permission to post messages to the group.`]),
      '',
      ' * You might have spelled or formatted the group name incorrectly.',
      ' * The owner of the group may have removed this group.',
      ' * You may need to join the group before receiving permission to post.',
      ' * This group may not be open to posting.',
    ],
  );

  it.each([['staff', false], ['release-team', true], ['Board@groups.example.org', false]])('names the group %s as the failed recipient, refused', async (group, wrap) => {
    const [f, ...rest] = (await analyze(notice(group, wrap))).findings;
    expect(rest).toEqual([]);
    expect(f?.recipient).toBe(group.toLowerCase());
    expect(f?.reason).toBe('rejected');
    expect(f?.action).toBe('failed');
    expect(f?.diagnostic).toMatch(/^the group you tried to contact \(.+\) may not exist, or you may not have permission to post messages to the group\.$/i);
  });

  it('does not take the sender greeted above the notice', async () => {
    const raw = notice('ops', false).replace("We're writing", 'Hello me@example.net,\r\n\r\nWe\'re writing');
    expect((await analyze(raw)).findings.map((f) => f.recipient)).toEqual(['ops']);
  });
});

describe('a Coremail (NetEase 163) notice in Chinese', () => {
  const raw = message(
    ['From: Postmaster@mail.example.cn', 'To: me@example.net', 'Subject: =?UTF-8?B?57O757uf6YCA5L+h?='],
    [
      '抱歉，您的邮件被退回来了……',
      '      原邮件信息：',
      '            时  间 2024-03-01 10:00:00',
      '            主  题 Hello',
      '            收件人 li.wei@example.org',
      '',
      '      退信原因：',
      '            未知的原因，对方拒绝接收您的邮件',
      '            英文说明:SMTP error, RCPT TO: Host example.org(192.0.2.7) RCPT TO said 550 Mailbox not found',
    ],
  );

  it('names the recipient its own label gives, and reads the reply as an answer to RCPT', async () => {
    const [f, ...rest] = (await analyze(raw)).findings;
    expect(rest).toEqual([]);
    expect(f?.recipient).toBe('li.wei@example.org');
    expect(f?.replyCode).toBe(550);
    expect(f?.command).toBe('RCPT');
    expect(f?.reason).toBe('userunknown');
  });
});

describe('what the report says when nothing else does', () => {
  const routeNotice = (extra: string[]): string => message(
    ['From: Mail Delivery Service <postmaster@example.com>', 'To: me@example.net', 'Subject: Mail Delivery Failed'],
    [
      'This is the mail delivery service responsible for delivering mail to desk@example.com.',
      '',
      "The message you've sent cannot be delivered. Your original message is attached to this message.",
      '',
      'Mail from: me@example.net',
      'Rcpt To: desk@example.com',
      ...extra,
    ],
  );

  it('is undefined when the report quotes no reply and no code (Sisimai: nothing to read)', async () => {
    const [f] = (await analyze(routeNotice([]))).findings;
    expect(f?.recipient).toBe('desk@example.com');
    expect(f?.reason).toBe('undefined');
  });

  it('is onhold when Lotus Notes gives a reason the tables do not know, under its own heading', async () => {
    const raw = message(
      ['From: Postmaster <postmaster@notes.example.co.jp>', 'To: me@example.net', 'Subject: DELIVERY FAILURE: Error transferring to notes.example.co.jp'],
      ['------- Failure Reasons  --------', '', 'Routing loop suspected by the local router', 'kenji@notes.example.co.jp', '', '------- Returned Message --------', 'Subject: hi'],
    );
    const [f] = (await analyze(raw)).findings;
    expect(f?.recipient).toBe('kenji@notes.example.co.jp');
    expect(f?.diagnostic).toBe('Routing loop suspected by the local router');
    expect(f?.reason).not.toBe('undefined');
  });
});

describe('a greylisting deferral the sending server gave up on', () => {
  const report = (action: string): string => [
    'From: MAILER-DAEMON@out.example.net', 'To: me@example.net', 'Subject: Undelivered Mail Returned to Sender', 'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b"', '', '--b', 'Content-Type: text/plain', '',
    'Your message could not be delivered.', '', '--b', 'Content-Type: message/delivery-status', '',
    'Reporting-MTA: dns; out.example.net', '', 'Final-Recipient: rfc822; team@example.org', `Action: ${action}`, 'Status: 4.7.1',
    'Diagnostic-Code: smtp; 451 4.7.1 Please try again later: greylisting in effect', '', '--b--', '',
  ].join('\r\n');

  it('is expired when the report failed', async () => {
    expect((await analyze(report('failed'))).findings[0]?.reason).toBe('expired');
  });

  it('is left to the other rules while the report still tries', async () => {
    expect((await analyze(report('delayed'))).findings[0]?.action).toBe('delayed');
  });
});
