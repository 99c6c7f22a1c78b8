// Texts of common bounces that Sisimai's reason tables lack (its per-MTA modules decide them in
// code instead). Same format as pattern-data.ts: lowercase, " ... " = parts in this order.
import type { GenericPattern } from './pattern-data.ts';

export const EXTRA_PATTERNS: readonly GenericPattern[] = [
  // Relay refusals of ambiguity-cases.tsv A1 that the tables lack.
  ['norelaying', 'unable to relay'],
  ['norelaying', 'not permitted to relay'],
  // The receiving server cannot encrypt and the sender insists on it (Gmail, Postfix, Exchange).
  ['failedstarttls', 'does not support tls'],
  ['failedstarttls', 'does not support starttls'],
  ['failedstarttls', 'tls not available'],
  // A Sieve "reject" (RFC 5429's example: "Your message was automatically rejected by Sieve"): the
  // recipient's own filter refused the message.
  ['filtered', 'was automatically rejected'],
  // A gateway's refusal of the kind of file attached (SecurityGateway, Exchange and filter appliances):
  // the organisation's policy, as Sisimai files "an illegal attachment on your message".
  ['policyviolation', 'attachment type not allowed'],
  ['policyviolation', 'attachments of this type are not allowed'],
  ['policyviolation', 'prohibited attachment'],
  ['policyviolation', 'blocked attachment type'],
  // A recipient domain that does not resolve, as a delivery agent states it with the domain after it ("Domain
  // not found: x"; a 4xx makes it a network error below). Postfix's "Recipient/Sender address rejected: Domain
  // not found" is a receiver's check the knowledge base reads on its own.
  ['hostunknown', 'domain not found:'],
  // TMDA's dated addresses stop taking mail after their date ("You have sent email to an expired dated
  // address."): the address is gone, as the owner meant it to be.
  ['userunknown', 'expired dated address', 'tmda'],
  // Mailing lists and groups that refuse the sender.
  ['rejected', 'permission to post'],
  ['rejected', 'not a member of this mailing list'],
  ['rejected', 'not allowed to post'],
  // AOL's plain notice: the recipients refuse this sender ("… because they are not accepting mail from
  // <sender>"), a refusal of the sender, not of the addresses.
  ['rejected', 'not accepting mail from'],
  // Sisimai 5's UserUnknown pairs (rb-sisimai lib/sisimai/reason/userunknown.rb, BSD 2-Clause): the
  // address in angle brackets the server then calls not found, and a directory lookup that failed.
  ['userunknown', '< ... > not found'],
  ['userunknown', 'no ... in name directory'],
  // Exchange 2003 / Lotus Notes.
  ['userunknown', 'the recipient name is not recognized', 'exchange2003'],
  ['userunknown', 'unknown recipient', 'exchange2003'],
  // Postfix's own words for a server it could not reach: never final at once, it reports them only
  // for mail it kept retrying (a delay warning, or the bounce when the queue lifetime ran out).
  ['expired', 'connect to ... connection refused', 'postfix'],
  ['expired', 'connect to ... network is unreachable', 'postfix'],
  // The sending server's own words for a receiving server it never reached (hMailServer's "Connection
  // to recipients server failed", "could not / failed to connect to"): the network between them, not
  // the address. (qmail's "unable to connect to remote server" is only the last retry's history
  // beside "in the queue too long": the queue lifetime decides there.)
  ['networkerror', 'connection to recipients server failed'],
  // A resolver's own answer that the name does not exist (Go's net package "lookup x: no such host",
  // glibc's "Host name lookup failure" is in the tables already): a 4xx makes it a network error.
  ['hostunknown', 'no such host'],
  ['networkerror', 'could not connect to'],
  // MasqMail's "could not open connection to <host>:<port> :" (src/deliver.c), the same cause.
  ['networkerror', 'could not open connection to'],
  // (Weasel writes "x@y: Failed to connect" with no host after it.)
  ['networkerror', 'failed to connect'],
  ['networkerror', "couldn't connect to"],
  // Postfix's local(8) agent: no such mailbox here.
  ['userunknown', 'unknown user: "', 'postfix'],
  // Receivers that tag a refusal with the list that caused it end the reply with "(BL)": block list.
  ['blocked', '(bl)'],
  // IMail Server and BSD mail.local state the address they have no user for after a colon
  // ("Unknown user: kijitora@example.com"): the server's own lookup, not a filter's refusal.
  ['userunknown', 'unknown user:', 'imailserver'],
  // Postfix's own recipient lookups (smtpd(8) and the virtual/local delivery agents): the address is
  // not in the table of valid recipients. Said at RCPT, whatever stage the bounce names.
  ['userunknown', 'user unknown in virtual mailbox table', 'postfix'],
  ['userunknown', 'user unknown in relay recipient table', 'postfix'],
  ['userunknown', 'user unknown in virtual alias table', 'postfix'],
  // vpopmail/qmail-smtpd chkuser: the domain is here, the user is not.
  ['userunknown', "that's not a valid user here", 'vpopmail'],
  ['userunknown', 'that\u2019s not a valid user here', 'vpopmail'],
  // A disabled mailbox said in other words than the tables' ("The user's mailbox is disabled").
  ['suspend', 'mailbox is disabled'],
  ['suspend', 'mailbox has been disabled'],
  ['suspend', 'account is disabled'],
  ['suspend', 'account has been disabled'],
  ['suspend', 'mailbox temporarily disabled'],
  // The full mailbox named with its address in between ("the destination mailbox <x@y> is full", as
  // the HERMES agent writes it), and a relay refusal that names the address ("relaying to <x@y>
  // prohibited by administrator", Sendmail and Exchange).
  ['mailboxfull', 'destination mailbox ... is full'],
  ['norelaying', 'relaying to ... prohibited'],
  ['norelaying', 'relaying not allowed'],
  ['norelaying', 'unauthorized relay'],
  // An account the receiver closed or locked, or a user it calls inactive (not an address it never had).
  ['suspend', 'closed due to inactivity'],
  ['suspend', 'user status is locked'],
  ['suspend', 'inactive user'],
  // An address the receiver had and no longer has.
  ['userunknown', 'address no longer exists'],
  // A filter's refusal of the message's MIME structure (MessageWall's "MIME/REJECT").
  ['contenterror', 'mime/reject'],
  // Amazon's mail services (SES, WorkMail) refuse by what the message contains: "Message rejected due to
  // content restrictions" (not a sender's credentials, whatever the 5.7.1 beside it).
  ['contenterror', 'rejected due to content restriction'],
  // Postfix's client restrictions ("Client host rejected: Access denied"): the sending host refused;
  // the tables' more exact ones (no PTR, not authenticated) still win by reason order.
  ['blocked', 'client host rejected'],
  // A filter that calls the message junk, and a receiver whose check of the sender address failed.
  ['spamdetected', 'as a junk mail'],
  ['spamdetected', 'as junk mail'],
  ['rejected', 'verify mailfrom failed'],
  // DragonFly Mail Agent (dma/net.c, dma/dma.c): the MX lookup found no host; the queue lifetime ran out.
  ['hostunknown', 'dns lookup failure: host ... not found', 'dragonfly'],
  ['expired', 'could not deliver for the last ... seconds', 'dragonfly'],
  // ezmlm-reject refuses a message by its MIME type (ezmlm-reject.c), under whatever status it picks.
  ['contenterror', "don't accept messages of mime content-type", 'ezmlm'],
  // Trend Micro InterScan.
  ['userunknown', 'please check if address is correct', 'trendmicro'],
  // The same causes as local mail systems and webmail NDRs word them in German, French, Spanish,
  // DNS block lists by their older name ("Mail from 192.0.2.1 refused by blackhole site rbl.example",
  // MAPS's blackholes.mail-abuse.org): the list names the sending host.
  ['blocked', 'blackhole'],
  // Postfix's cleanup(8) with strict_8bitmime ("Improper use of 8-bit data in message header" or
  // "… body"): the message's encoding, whatever status the relaying MTA filed it under.
  ['contenterror', 'improper use of 8-bit data in message'],
  // SPF refusals in receivers' own words (QQ's "550 SPF check failed [...]", and the same verb in other
  // orders): the sending domain's authentication, as Sisimai's "spf check: fail".
  ['authfailure', 'spf check failed'],
  ['authfailure', 'spf validation failed'],
  ['authfailure', 'spf verification failed'],
  ['authfailure', 'failed spf check'],
  // Italian and Portuguese (Exchange and Gmail translate their NDRs; Postfix/Exim local texts too).
  ['mailboxfull', 'postfach voll'],
  ['mailboxfull', 'postfach ist voll'],
  ['mailboxfull', 'boîte aux lettres pleine'],
  ['mailboxfull', 'boite aux lettres pleine'],
  ['mailboxfull', 'buzón lleno'],
  ['mailboxfull', 'buzón está lleno'],
  ['mailboxfull', 'casella piena'],
  ['mailboxfull', 'caixa postal cheia'],
  ['mailboxfull', 'caixa de correio cheia'],
  ['userunknown', 'benutzer unbekannt'],
  ['userunknown', 'empfänger unbekannt'],
  ['userunknown', 'unbekannter empfänger'],
  ['userunknown', 'adresse wurde nicht gefunden'],
  ['userunknown', 'utilisateur inconnu'],
  ['userunknown', 'destinataire inconnu'],
  ['userunknown', 'vous avez entrée est introuvable'],
  ['userunknown', 'usuario desconocido'],
  ['userunknown', 'destinatario desconocido'],
  ['userunknown', 'no se encontró la dirección'],
  ['userunknown', 'utente sconosciuto'],
  ['userunknown', 'destinatario sconosciuto'],
  ['userunknown', 'casella inesistente'],
  ['userunknown', 'usuário desconhecido'],
  ['userunknown', 'utilizador desconhecido'],
  ['userunknown', 'inserido não foi encontrado'],
];

// A sending rate over the receiver's limit, in the receivers' own words: "too many messages from <IP>", an
// Exim ACL's "Rate limited", Korean portals' "You send too many messages", cPanel's "reached its limit for
// processing requests from your host" (Sisimai 5's ratelimited; speeding under its older name, the
// connection limits keep their own toomanyconn rows, which rank first). (Not "an account is sending too
// many messages": the sender's own allowance, which the knowledge base reads as the account's; nor a bare
// "rate limit exceeded", whose provider entries say whose limit it is.)
export const SENDING_RATE_PATTERNS: readonly GenericPattern[] = [
  ['speeding', 'rate limited'],
  ['speeding', 'rate-limited'],
  ['speeding', 'too many messages from'],
  ['speeding', 'send too many messages'],
  ['speeding', 'limit for processing requests from your host'],
];
