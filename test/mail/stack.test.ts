// The real mail stack, checked from the outside as a mail client, a resolver and a browser see it.
// Everything here talks to the servers started by global-setup.ts over loopback; nothing is faked.
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { Resolver } from 'node:dns/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { BOUNCE_CASES, type Reporter } from '../../scripts/mail-stack/bounce-cases.ts';
import { fetchInbox, summarize, type RawMessage } from '../../scripts/mail-stack/mailbox.ts';
import { SmtpDialog, submit, type TlsTrust } from '../../scripts/mail-stack/smtp-dialog.ts';
import { readStack, type StackInfo } from '../../scripts/mail-stack/stack.ts';

let stack: StackInfo;
let trust: TlsTrust;

beforeAll(() => {
  const read = readStack();
  if (!read.ok) throw new Error(read.error);
  stack = read.stack;
  trust = { ca: readFileSync(stack.caCertPath), servername: stack.hostname };
});

const plainAuth = (user: string, password: string): string => Buffer.from(`\0${user}\0${password}`).toString('base64');

/** Opens a dialog, runs the commands (null = STARTTLS), returns the reply to the last one. */
async function lastReply(port: number, commands: (string | null)[], implicitTls = false) {
  const { dialog } = await SmtpDialog.open(stack.smtpHost, port, implicitTls ? { implicitTls: trust } : {});
  try {
    let reply = null;
    for (const c of commands) reply = c === null ? await dialog.startTls(trust) : await dialog.command(c);
    if (!reply) throw new Error('no command given');
    return reply;
  } finally {
    dialog.close();
  }
}

describe('the pieces answer on loopback', () => {
  it.each([
    ['smtp', () => stack.ports.smtp],
    ['submission', () => stack.ports.submission],
    ['imap', () => stack.ports.imap],
    ['lmtp', () => stack.ports.lmtp],
  ])('%s accepts TCP connections on 127.0.0.1', async (_name, port) => {
    await new Promise<void>((resolve, reject) => {
      const s = net.connect({ host: stack.smtpHost, port: port() }, () => { s.destroy(); resolve(); });
      s.once('error', reject);
    });
  });

  it('Postfix greets on 25 and 587 with its hostname', async () => {
    for (const port of [stack.ports.smtp, stack.ports.submission]) {
      const { dialog, greeting } = await SmtpDialog.open(stack.smtpHost, port);
      dialog.close();
      expect(greeting.code).toBe(220);
      expect(greeting.raw).toContain(stack.hostname);
    }
  });

  it('465 speaks TLS from the first byte, with the stack certificate', async () => {
    const { dialog, greeting } = await SmtpDialog.open(stack.smtpHost, stack.ports.smtps, { implicitTls: trust });
    dialog.close();
    expect(greeting.code).toBe(220);
  });

  it('Exim, the remote side, greets on its own loopback address', async () => {
    const { dialog, greeting } = await SmtpDialog.open(stack.remote.host, 25);
    dialog.close();
    expect(greeting.code).toBe(220);
    expect(greeting.raw).toContain(stack.remote.hostname);
    expect(greeting.raw).toContain('Exim');
  });

  it('Roundcube serves its login form, and alice can log in with her full address', async () => {
    // Each attempt in a fresh session: Roundcube drops the session (and its form token) after a failure.
    const login = async (password: string): Promise<Response> => {
      const page = await fetch(stack.roundcubeUrl);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('rcmloginuser');
      const token = /name="_token" value="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(token).not.toBe('');
      const cookie = page.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      return fetch(new URL('?_task=login', stack.roundcubeUrl), {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          _token: token, _task: 'login', _action: 'login', _timezone: 'UTC', _url: '',
          _user: stack.users.alice.address, _pass: password,
        }),
      });
    };
    expect((await login('not-her-password')).status).toBe(401);
    const right = await login(stack.users.alice.password);
    expect(right.status).toBe(302);
    expect(right.headers.get('location')).toContain('_task=mail');
  });
});

describe('the local DNS answers only test names', () => {
  const resolver = (): Resolver => {
    const r = new Resolver({ timeout: 2_000, tries: 1 });
    r.setServers([`${stack.dns.host}:${stack.dns.port}`]);
    return r;
  };

  it('resolves the test MTAs', async () => {
    const r = resolver();
    expect(await r.resolve4(stack.hostname)).toEqual(['127.0.0.1']);
    expect(await r.resolveMx(stack.remote.domain)).toEqual([{ exchange: stack.remote.hostname, priority: 10 }]);
    expect(await r.resolve4(stack.remote.hostname)).toEqual([stack.remote.host]);
  });

  it('says NXDOMAIN for .invalid and unknown test names, and refuses everything else (no upstream)', async () => {
    const r = resolver();
    await expect(r.resolveMx('nowhere.invalid')).rejects.toMatchObject({ code: 'ENOTFOUND' });
    await expect(r.resolve4('nosuch.test')).rejects.toMatchObject({ code: 'ENOTFOUND' });
    await expect(r.resolve4('example.com')).rejects.toMatchObject({ code: 'EREFUSED' });
  });
});

describe('SMTP-time refusals, as a mail client sees them', () => {
  it('port 25 does not relay: 554 5.7.1 Relay access denied', async () => {
    const reply = await lastReply(stack.ports.smtp, ['EHLO client.example.test', `MAIL FROM:<${stack.users.alice.address}>`, `RCPT TO:<carol@${stack.remote.domain}>`]);
    expect(reply.code).toBe(554);
    expect(reply.raw).toMatch(/5\.7\.1 .*Relay access denied/);
  });

  it('587 refuses AUTH before STARTTLS and does not even offer it', async () => {
    const ehlo = await lastReply(stack.ports.submission, ['EHLO client.example.test']);
    expect(ehlo.lines).toContain('STARTTLS');
    expect(ehlo.lines.some((l) => l.startsWith('AUTH'))).toBe(false);
    const reply = await lastReply(stack.ports.submission, ['EHLO client.example.test', `AUTH PLAIN ${plainAuth(stack.users.alice.address, stack.users.alice.password)}`]);
    expect(reply.code).toBe(530);
    expect(reply.raw).toMatch(/5\.7\.0 Must issue a STARTTLS command first/);
  });

  it('587 offers AUTH once TLS is up', async () => {
    const ehlo = await lastReply(stack.ports.submission, ['EHLO client.example.test', null, 'EHLO client.example.test']);
    expect(ehlo.lines).toContain('AUTH PLAIN LOGIN');
  });

  it('587 wants a login before it takes mail: 553 5.7.1 not logged in', async () => {
    const reply = await lastReply(stack.ports.submission, [
      'EHLO client.example.test', null, 'EHLO client.example.test',
      `MAIL FROM:<${stack.users.alice.address}>`, `RCPT TO:<${stack.users.bob.address}>`,
    ]);
    expect(reply.code).toBe(553);
    expect(reply.raw).toMatch(/5\.7\.1 .*not logged in/);
  });

  it('a wrong password gets 535 5.7.8', async () => {
    const reply = await lastReply(stack.ports.submission, [
      'EHLO client.example.test', null, 'EHLO client.example.test',
      `AUTH PLAIN ${plainAuth(stack.users.alice.address, 'not-her-password')}`,
    ]);
    expect(reply.code).toBe(535);
    expect(reply.raw).toMatch(/5\.7\.8 .*authentication failed/);
  });

  it('the right password is accepted on 587 and on 465', async () => {
    const auth = `AUTH PLAIN ${plainAuth(stack.users.alice.address, stack.users.alice.password)}`;
    expect((await lastReply(stack.ports.submission, ['EHLO client.example.test', null, 'EHLO client.example.test', auth])).code).toBe(235);
    expect((await lastReply(stack.ports.smtps, ['EHLO client.example.test', auth], true)).code).toBe(235);
  });

  it('the remote Exim refuses to relay for others: 550 relay not permitted', async () => {
    const { dialog } = await SmtpDialog.open(stack.remote.host, 25);
    try {
      await dialog.command('EHLO client.example.test');
      await dialog.command(`MAIL FROM:<${stack.users.alice.address}>`);
      const refused = await dialog.command('RCPT TO:<someone@elsewhere.test>');
      expect(refused.code).toBe(550);
      expect(refused.raw).toContain('relay not permitted');
    } finally {
      dialog.close();
    }
  });
});

describe("the servers' bounces in alice's INBOX", () => {
  let inbox: RawMessage[];
  beforeAll(async () => {
    inbox = await fetchInbox(stack);
  });

  const expectations = BOUNCE_CASES.flatMap((c) => c.expected.map((e) => ({ ...e, caseId: c.id, title: c.title })));
  const reportingHost = (r: Reporter): string => (r === 'postfix' ? stack.hostname : stack.remote.hostname);

  it.each(expectations)('$caseId ($action): $title → Action $action, Status $status', ({ caseId, action, status, reporter }) => {
    const matches = inbox.map((m) => summarize(m.source)).filter((s) => s.caseId === caseId && s.action === action);
    expect(matches.length).toBeGreaterThan(0);
    for (const s of matches) {
      expect(s.status).toBe(status);
      expect(s.reportingMta).toBe(reportingHost(reporter));
    }
  });

  it('every bounce is a multipart/report DSN from the mailer daemon, sent with a null sender', () => {
    const bounces = inbox.filter((m) => summarize(m.source).caseId !== null);
    expect(bounces.length).toBeGreaterThanOrEqual(expectations.length);
    for (const m of bounces) {
      const head = m.source.slice(0, m.source.search(/\r?\n\r?\n/));
      expect(head).toMatch(/^Return-Path: <>/m);
      expect(head).toMatch(/^From: .*mailer-daemon@/im);
      expect(head).toMatch(/multipart\/report;\s*report-type=delivery-status/i);
    }
  });

  it('the delay warning and the expiry quote the same message, warning first', () => {
    const delay = inbox.filter((m) => summarize(m.source).caseId === 'delay');
    const byAction = (a: string) => delay.find((m) => summarize(m.source).action === a)?.source ?? '';
    const quotedId = (s: string) => /^Message-ID: (<delay\.[^>]+>)/m.exec(s)?.[1];
    const warning = byAction('delayed');
    const expiry = byAction('failed');
    expect(quotedId(warning)).toBeTruthy();
    expect(quotedId(warning)).toBe(quotedId(expiry));
    const arrival = (s: string) => Date.parse(/^Arrival-Date: (.+)$/m.exec(s)?.[1] ?? '');
    const date = (s: string) => Date.parse(/^Date: (.+)$/m.exec(s)?.[1] ?? '');
    expect(arrival(warning)).toBe(arrival(expiry));
    expect(date(warning)).toBeLessThan(date(expiry));
  });
});

describe('mail cannot leave the machine', () => {
  it('a real-world domain is refused at RCPT: only the test domains have a transport', async () => {
    const sent = await submit({
      host: stack.smtpHost, port: stack.ports.submission, trust,
      user: stack.users.alice.address, password: stack.users.alice.password,
      from: stack.users.alice.address, to: 'someone@example.com',
      message: `From: <${stack.users.alice.address}>\r\nTo: <someone@example.com>\r\nSubject: must not leave\r\n\r\nNever sent.\r\n`,
    });
    expect(sent.ok).toBe(false);
    if (sent.ok) return;
    expect(sent.step).toBe('RCPT');
    expect(sent.reply.code).toBe(550);
    expect(sent.reply.raw).toContain('cannot leave the test machine');
  });
});
