// The program-lead patterns are tested only where their fixed words occur (literal-gate.ts). A gate
// that missed one alternative's words would silently drop that alternative: one text per alternative,
// in other letter cases too, must still be read as a program's lead through the gated tests.
import { describe, expect, it } from 'vitest';
import { PROGRAM_LEAD, PROGRAM_LEAD_GATE } from '../../../../src/core/knowledge/context-words.ts';
import { R7_PROGRAM_LEAD, R7_PROGRAM_LEAD_GATE, withR7Programs } from '../../../../src/core/knowledge/client-texts-r7.ts';
import { withLibraryNames } from '../../../../src/core/knowledge/pasted-wordings.ts';
import { FULL_TABLES } from '../../../../src/core/knowledge/tables.ts';
import { gated } from '../../../../src/core/text/literal-gate.ts';

const NEVER = /$^/;
const variants = (text: string): string[] => [text, text.toUpperCase(), text.toLowerCase()];

const PROGRAM_LEADS = [
  'SMTP session failed: 554 no',
  '  smtplib.SMTPDataError: (554, b"no")',
  'notifier: Expected response code 250 but got code "550", with message "550 no"',
  'error object {responseCode: 550}',
  'raised SMTPSenderRefused while sending',
  'raised SMTPRecipientsRefused while sending',
  'raised SMTPDataError after DATA',
  'raised SMTPConnectError, SMTPHeloError, SMTPAuthenticationError or SMTPResponseError',
  'caught SendFailedException from the library',
  'caught SMTPAddressFailedException from the library',
  'caught SmtpSendFailedException from the library',
  'job\n- Invalid Addresses;\n  x@example.org',
  'caught NegativeResponseException',
  'Negative SMTP reply: 550 no',
  'Failed to add the recipient x@example.org',
  'log\n  SMTP[RCPT]: 550 no',
  "Can't send mail - all recipients were rejected: 550 no",
  "Server error: '550 no'",
  "Error del servidor: '550 no'",
  "Erreur du serveur : '550 no'",
  "Serverfehler: '550 no'",
  "Errore del server: '550 no'",
  "Erro do servidor: '550 no'",
];

const R7_LEADS = [
  'Expected response code "250/251/252" but got code "550"',
  'worker\n  Mailer\\Exception\\TransportException: Connection could not be established',
  'Could not send mail to x@example.org',
  'failed to issue RCPT command',
];

const LIBRARY_NAMES = [
  'Net::SMTPFatalError: 550 no', 'Net::OpenTimeout', 'javax.mail.MessagingException', 'jakarta.mail.SendFailedException',
  'com.sun.mail.smtp.SMTPSendFailedException', 'org.eclipse.angus.mail.smtp.SMTPAddressFailedException',
  'MailKit.Net.Smtp.SmtpCommandException', 'System.Net.Mail.SmtpException', 'Swift_TransportException',
  'Symfony\\Component\\Mailer\\Exception', 'PHPMailer\\PHPMailer\\Exception', 'smtplib.SMTPDataError', 'lettre::transport',
  'gomail: could not send email 1', 'at nodemailer/lib/smtp-connection', 'SMTP ERROR: DATA command failed: 550 no',
  'SERVER -> CLIENT: 550 no', 'CLIENT -> SERVER: RCPT TO:<x@example.org>',
];

describe('literal gates in front of the program-lead patterns', () => {
  it.each(PROGRAM_LEADS)('PROGRAM_LEAD and its gate both read %j', (text) => {
    for (const t of variants(text)) {
      expect(PROGRAM_LEAD.test(t)).toBe(true);
      expect(gated(PROGRAM_LEAD_GATE, PROGRAM_LEAD).test(t)).toBe(true);
    }
  });

  it.each(R7_LEADS)('R7_PROGRAM_LEAD and its gate both read %j', (text) => {
    for (const t of variants(text)) {
      expect(R7_PROGRAM_LEAD.test(t)).toBe(true);
      expect(R7_PROGRAM_LEAD_GATE.test(t)).toBe(true);
      expect(withR7Programs(NEVER).test(t)).toBe(true);
    }
  });

  it.each(LIBRARY_NAMES)('the library names, gated, still read %j', (text) => {
    expect(withLibraryNames(NEVER).test(text)).toBe(true);
  });

  it('the full tables\' program test reads every one and still turns down a bounce line', () => {
    const program = FULL_TABLES.situationWords?.program;
    for (const text of [...PROGRAM_LEADS, ...R7_LEADS, ...LIBRARY_NAMES]) expect(program?.test(text)).toBe(true);
    expect(program?.test('host mx.example.org[192.0.2.1] said: 550 5.1.1 user unknown')).toBe(false);
  });
});
