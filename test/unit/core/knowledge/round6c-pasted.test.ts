// Round 6c's family rules for texts people paste from apps, mail libraries and mail-server logs
// (pasted-wordings.ts), each tried on wordings of our own that are in no labelled set, so a rule
// that only fits one fixture sentence fails here.
import { describe, expect, it } from 'vitest';
import { verdict } from './verdict.ts';
import { pastedProgramFinding, pastedVerdict, withLibraryNames } from '../../../../src/core/knowledge/pasted-wordings.ts';

describe('a failed AUTH reply is the login, whatever else its words say', () => {
  it.each([
    '535 Authentication failed: no such account here',
    '535 5.7.3 Authentication unsuccessful, the user account is disabled',
    'notifier error: could not send to ops@example.org: 535 authentication failed (mailbox locked)',
    'Failed to authenticate on SMTP server with username "ops@example.org" using 3 possible authenticators.',
  ])('is the sender\'s login: %s', async (text) => {
    expect((await verdict(text)).slice(0, 2)).toEqual(['credentials', 'sender']);
  });

  it('a 550 "no such account" for a recipient stays the address', async () => {
    expect((await verdict('550 5.1.1 No such account here'))[0]).toBe('recipient');
  });
});

describe('a mail library\'s own exception names make the text its report, not a bounce', () => {
  it.each([
    'Worker crashed\n\nNet::SMTPFatalError: 550 5.7.1 Relay access denied for this client',
    'Task failed after 3 retries\njavax.mail.SendFailedException: 554 5.7.1 Relaying denied',
  ])('a relay refusal said to the program is its own settings: %s', async (text) => {
    expect((await verdict(text)).slice(0, 2)).toEqual(['settings', 'sender']);
  });

  it('the widened lead still knows the old one and the library names', () => {
    const lead = withLibraryNames(/^smtp session failed:/i);
    expect(lead.test('SMTP session failed: 554 x')).toBe(true);
    expect(lead.test('boom\ncom.sun.mail.smtp.SMTPSendFailedException: 530')).toBe(true);
    expect(lead.test('The mail system: host said 550 x')).toBe(false);
  });
});

describe('a sending server\'s log of a refusal by its submission smarthost', () => {
  it('Send-As refused by the relay the server logs into is the sender\'s, not the recipient\'s', async () => {
    const log = 'A1B2C3: to=<bob@example.org>, relay=smtp.office365.com[40.99.1.2]:25, dsn=5.2.0, status=bounced (host smtp.office365.com[40.99.1.2] said: 554 5.2.0 SendAsDeniedException; not allowed to send as alice@example.com (in reply to end of DATA command))';
    expect((await verdict(log))[1]).toBe('sender');
  });
});

describe('reply words that outrank the engine\'s generic reading', () => {
  it.each([
    ['Error: Data command failed: 550 Message was recognised as spam by our filters', 'policy-reputation'],
    ['554 5.7.1 Delivery not authorized: message is not RFC compliant (headers)', 'content'],
    ['553 5.3.0 Rejected, your envelope sender domain must resolve', 'sender-account'],
  ])('%s', async (text, bucket) => {
    expect((await verdict(text))[0]).toBe(bucket);
  });

  it('leaves a reading the engine made from specific words alone', () => {
    expect(pastedVerdict('spamdetected', 'policy-reputation', 550, 'detected as spam')).toBeNull();
    expect(pastedVerdict('userunknown', 'recipient', 550, 'user unknown')).toBeNull();
  });
});

describe('a certificate made out for another host name', () => {
  it.each([
    'Mailer Error: SMTP connect() failed. stream_socket_enable_crypto(): Peer certificate CN=`*.webhost.example\' did not match expected CN=`smtp.shop.example\'',
    'The remote certificate was rejected: RemoteCertificateNameMismatch',
  ])('is the encryption setting\'s host name, not the network: %s', async (text) => {
    expect((await verdict(text)).slice(0, 2)).toEqual(['port-encryption', 'sender']);
  });
});

describe('the recipient organisation\'s own allow or block list', () => {
  it.each([
    '550 5.7.1 Refused: sending host [192.0.2.44] is not on the tenant allow list',
    'host mx.example.org said: 554 Rejected by customer allow list (in reply to RCPT TO command)',
  ])('only their admin lifts it: %s', async (text) => {
    expect((await verdict(text)).slice(0, 2)).toEqual(['policy-reputation', 'recipient-provider']);
  });
});

describe('a final notice around a 4xx reply that names no cause', () => {
  it('is a fault further along, not "cause not clear"', async () => {
    const notice = 'Message not delivered\nSomething went wrong delivering your message to ann@example.net. Please try resending it later.\nThe response from the remote server was:\n451 4.3.0 <ann@example.net>: Temporary lookup failure';
    expect((await verdict(notice)).slice(0, 2)).toEqual(['remote-transient', 'recipient-provider']);
  });
});

describe('the sender address is not the logged-in user\'s, in other languages', () => {
  it.each([
    '553 5.7.1 <ventes@example.fr> : adresse refusée, elle n\'appartient pas à l\'utilisateur connecté',
    '553 Dirección rechazada: no pertenece al usuario que inició sesión',
    '553 Mittente rifiutato: non appartiene all\'utente autenticato',
  ])('%s', async (text) => {
    expect((await verdict(text)).slice(0, 2)).toEqual(['sender-account', 'sender']);
  });
});

describe('program messages with no code that nothing else read', () => {
  it.each([
    ['smtp dial: tls: first record does not look like a TLS handshake', 'port-encryption'],
    ['Error [ERR_TLS_CERT_ALTNAME_INVALID]: Hostname/IP does not match certificate\'s altnames: Host: mail.example.net', 'port-encryption'],
    ['Envoi impossible : le serveur a refusé la connexion', 'settings'],
    ['Fehler: Verbindung wurde abgelehnt (smtp.example.de)', 'settings'],
    ['The verification mail could not be sent.', 'settings'],
    ['Envoi échoué : certificat du serveur invalide', 'port-encryption'],
    ['Error: certificado del servidor no válido', 'port-encryption'],
  ])('%s', async (text, bucket) => {
    expect(await verdict(text)).toEqual([bucket, 'sender', false]);
  });

  it.each([
    'Échec : délai de connexion au serveur dépassé',
    'Error de envío: tiempo de espera agotado',
  ])('a timed-out connection in other languages is the network: %s', async (text) => {
    expect((await verdict(text)).slice(0, 2)).toEqual(['network-block', 'network']);
  });

  it('never reads a text that carries a server reply', () => {
    expect(pastedProgramFinding('550 5.1.1 the message could not be sent')).toBeNull();
  });

  it('gibberish stays an honest unknown', async () => {
    expect((await verdict('qwer asdf zxcv'))[1] ?? null).toBeNull();
  });
});
