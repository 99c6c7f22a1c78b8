// Rarer ways bounces name a failed recipient, read on the full paths (analyze, analyzeText) and kept
// out of the content script: X.400 and Exchange gateways ("Recipient: [SMTP:x@y]", "dda:SMTP=x@y"),
// labelled lines ("Failed recipient:", "Original recipient:", "Final recipient:", LSMTP's "Error-For:"), Exim's
// "(generated from alias@x)", Sendmail's "(expanded from: <alias@x>)", and an address only a quoted server reply names.
import { ADDRESS_SOURCE, isChannelForm } from './address.ts';
import { isRoleAddress, type RecipientBlock, type RecipientForms } from './recipient-blocks.ts';
import { senderReportRecipients } from '../formats/sender-report.ts';

// ("To: x" alone is a header line of the returned original, so "to" is not a label here; the RFC 3464
// fields "Final-Recipient:"/"Original-Recipient:" are parse/dsn.ts's.)
const LABELLED = new RegExp(
  String.raw`^[ \t]*(?:(original|final|failed|intended|invalid|unknown|rejected|bad)[ \t]+)?(?:recipient|e-?mail[ \t]+address|address|error-for)(?:e?s|\(s\))?(?:[ \t]+address)?[ \t]*:[ \t]*[[<"(]?(?:dda:)?(?:smtp[:=]|rfc822;[ \t]*|mailto:)?(${ADDRESS_SOURCE})`,
  'i',
);
// Chinese notices (NetEase 163/Coremail) label the recipient in their own summary of the returned mail:
// "收件人 x@y" ("recipient"), with or without a colon; others open the line with the failure itself:
// "无法发送到 x@y" / "无法投递到 x@y" ("could not be sent / delivered to", imail, QQ), simplified or traditional.
const CJK_LABELLED = new RegExp(
  String.raw`^[ \t]*(?:(?:收件人|收信人)(?:地址)?|(?:无法|無法|不能)(?:发送|發送|投递|投遞|送达|送達|递送|遞送)(?:到|至|给|給))(?:[ \t]*[:：])?[ \t]*<?(${ADDRESS_SOURCE})`,
);
// Exim writes "ultimately generated from" when the address came through more than one alias;
// Sendmail writes "(expanded from: <alias@x>)" under the file or program an alias led to.
const GENERATED = new RegExp(String.raw`^[ \t]*\(?(?:ultimately[ \t]+)?(?:generated|expanded)[ \t]+(?:from|by):?[ \t]+<?(${ADDRESS_SOURCE})`, 'i');
const EXPANDED = new RegExp(String.raw`^[ \t]*<(${ADDRESS_SOURCE})>[ \t]+\(expanded[ \t]+from[ \t]+<(${ADDRESS_SOURCE})>\)`);
// An X.400 / Exchange gateway's recipient line on its own ("dda:SMTP=x@y", "SMTP:x@y").
// (The address pattern may not start after "=", a local-part character: "SMTP=" is taken and cut.)
// Exchange's IMS writes the date after it: "SMTP=x@y; on Mon, 1 Jan 2024 …".
// Exchange 5.5's IMS may write the whole X.400 O/R address before it: "c=US;a= ;p=ORG;o=Site;dda:SMTP=x@y".
const X400_ATTRIBUTES = String.raw`(?:[a-z]{1,3}\d?=[^;=\n]{0,64};[ \t]?){0,10}`;
const GATEWAY_LINE = new RegExp(String.raw`^[ \t]*\[?${X400_ATTRIBUTES}(?:dda:(?=smtp=)|smtp:(?!smtp))?(${ADDRESS_SOURCE})\]?(?:;?[ \t]+on[ \t][^\n]*|[ \t]*)$`, 'i');
const GATEWAY_SAID = new RegExp(String.raw`^[ \t]*\[?${X400_ATTRIBUTES}(?:dda:|smtp[:=])`, 'i');
// Exchange 5.5/2000/2003 list an address whose display name is the address itself in single quotes,
// then the date: "'user@example.com' on 3/27/97 11:18 AM" (an apostrophe may belong to a local part, so
// the address pattern cannot start after one: taken whole here, then checked).
const QUOTED_ON_DATE = /^[ \t]*'([^\s<>@]{1,64}@[^'\s<>@]{1,255})'[ \t]+on[ \t]/;
// One line per failed recipient with the DSN fields after it (Wanadoo/Orange: "x@y; Action: Failed; Status:
// 5.1.1 (…)"), or the cause and an arrow to the address (IBM VM: "User unknown on this system ----> x@y").
const INLINE_FIELDS = new RegExp(String.raw`^[ \t]*<?(${ADDRESS_SOURCE})>?;[ \t]*action:[ \t]*failed\b`, 'i');
const ARROW_TO = new RegExp(String.raw`\S[ \t]+-{2,}>[ \t]*<?(${ADDRESS_SOURCE})>?[ \t]*$`);
// SMTP= / dda:SMTP= prefixes of X.400 gateways are not part of the address (LOCAL allows "=").
const GATEWAY_PREFIX = /^(?:dda:)?smtp=/i;

// Sendmail-style replies quoted anywhere on a line: "… smtp;550 5.1.1 <x@y>... User unknown",
// "550 5.1.1 <x@y>: Recipient address rejected" (Exchange 2003 names the recipient only so).
const REPLY_BEFORE_ADDRESS = /[245]\d\d[ \t]+(?:[245]\.\d{1,3}\.\d{1,3}[ \t]+)?</g;
const WHOLE_ADDRESS = new RegExp(String.raw`^${ADDRESS_SOURCE}$`);

// The envelope sender as a transcript or an MTA's own line gives it ("MAIL FROM:<x>", "envelope-from <x>").
const SENDER_COMMAND = /(?:mail from:|envelope-from)[ \t]*<([^<>\s]{1,254})>/gi;

const MAX_SENDER_SCAN = 16 * 1024;

/** Addresses the report names as the envelope sender: never a failed recipient. */
function envelopeSenders(text: string, from: number, to: number): Set<string> {
  const senders = new Set<string>();
  // Where a transcript or the MTA's own lines would say so: near the report's start.
  const region = text.slice(from, Math.min(to, from + MAX_SENDER_SCAN));
  if (!region.includes('ROM:') && !region.includes('rom:') && !region.includes('nvelope-from')) return senders;
  SENDER_COMMAND.lastIndex = 0;
  for (let m = SENDER_COMMAND.exec(region); m; m = SENDER_COMMAND.exec(region)) senders.add((m[1] ?? '').toLowerCase());
  return senders;
}

export const RECIPIENT_FORMS: RecipientForms = {
  senders: envelopeSenders,
  line(line, above) {
    // Postfix: "<final@x> (expanded from <alias@y>): reason".
    const expanded = EXPANDED.exec(line);
    if (expanded) return [(expanded[1] ?? '').toLowerCase(), (expanded[2] ?? '').toLowerCase()];
    const quoted = QUOTED_ON_DATE.exec(line);
    if (quoted && WHOLE_ADDRESS.test(quoted[1] ?? '')) return [(quoted[1] ?? '').toLowerCase()];
    const gateway = GATEWAY_SAID.test(line) ? GATEWAY_LINE.exec(line) : null;
    if (gateway) return [(gateway[1] ?? '').replace(GATEWAY_PREFIX, '').toLowerCase()];
    const inline = INLINE_FIELDS.exec(line) ?? ARROW_TO.exec(line);
    if (inline) return [(inline[1] ?? '').toLowerCase()];
    const cjk = CJK_LABELLED.exec(line);
    if (cjk) return [(cjk[1] ?? '').toLowerCase()];
    const generated = GENERATED.exec(line);
    const labelled = generated ? null : LABELLED.exec(line);
    const address = (generated?.[1] ?? labelled?.[2] ?? '').replace(GATEWAY_PREFIX, '').toLowerCase();
    if (!address) return null;
    // Under the address it came from (an alias, a forward): that recipient's original address. With
    // no address above (a pipe, a file), the original address is what failed.
    const original = generated !== null || /^original$/i.test(labelled?.[1] ?? '');
    // Messaging Server's "Recipient address: user@ims-ms-daemon" above its "Original address:": the first
    // is its own channel form, the second the recipient.
    if (!original && labelled && isChannelForm(address)) return true;
    if (!original || !above) return [address];
    if (address !== above.recipient) above.originalRecipient = address;
    return true;
  },
  quoted(text, from, to) {
    const senders = envelopeSenders(text, from, to);
    const blocks: RecipientBlock[] = [];
    const region = text.slice(from, to);
    REPLY_BEFORE_ADDRESS.lastIndex = 0;
    for (let m = REPLY_BEFORE_ADDRESS.exec(region); m; m = REPLY_BEFORE_ADDRESS.exec(region)) {
      const at = m.index + m[0].length;
      const close = region.indexOf('>', at);
      if (close === -1 || close - at > 254) continue;
      const address = region.slice(at, close).toLowerCase();
      const after = region.slice(close + 1, close + 4);
      if ((after !== '...' && !after.startsWith(':')) || !WHOLE_ADDRESS.test(address) || senders.has(address) || isRoleAddress(address)) continue;
      const lineStart = region.lastIndexOf('\n', m.index) + 1;
      const nl = region.indexOf('\n', close);
      const start = from + at;
      blocks.push({ recipient: address, start, end: start + address.length, textStart: from + lineStart, textEnd: nl === -1 ? to : from + nl });
    }
    return blocks.length ? blocks : senderReportRecipients(text, from, to);
  },
};
