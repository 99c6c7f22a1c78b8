// Amazon SES event notifications that reach a mailbox through SNS ("AWS Notification Message"): the
// body is a JSON document whose "Message" is itself JSON (or, sent directly, the event itself) with a
// notificationType / eventType of Bounce, Complaint or Delivery. The bounced recipients carry the
// RFC 3464 fields by name (emailAddress, action, status, diagnosticCode): they are written back as
// a delivery-status report for the report reader. Complaints are feedback, not bounces.

// The JSON of one notification is a few kilobytes; anything far larger is something else.
const MAX_JSON = 256 * 1024;
const MAX_FIELD = 1000;
const MAX_RECIPIENTS = 100;

export type SesNotification =
  | { kind: 'report'; text: string }
  | { kind: 'feedback'; recipients: string[] };

// Words for the bounce sub-types SES documents, where they name a cause (used when the bounced
// recipient has no diagnostic of its own).
const SUBTYPE_WORDS: Readonly<Record<string, string>> = {
  MailboxFull: 'mailbox full',
  MessageTooLarge: 'message too big',
};

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v.replace(/[\r\n]+/g, ' ').trim().slice(0, MAX_FIELD) : '');

function parse(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

// SNS's mail ends with a signature ("--" then how to unsubscribe): not part of the document.
const SIGNATURE = /\n--[ \t]*\n/;

/**
 * The document from its first line that opens an object to the signature or the end (a header block
 * may stand before it), also when a mail system folded its long lines ("…!" then a continuation line).
 */
function parseBody(body: string): unknown {
  const open = body.startsWith('{') ? 0 : body.indexOf('\n{') + 1;
  const rest = open === 0 && !body.startsWith('{') ? '' : body.slice(open);
  const end = rest.search(SIGNATURE);
  const json = (end === -1 ? rest : rest.slice(0, end)).trim();
  if (!json.startsWith('{') || json.length > MAX_JSON) return undefined;
  return parse(json) ?? parse(json.replace(/!\n[ \t]*/g, ''));
}

/** The SES event inside an SNS envelope, or the event itself. */
function eventOf(doc: unknown): Json | null {
  if (!isObject(doc)) return null;
  const inner = typeof doc.Message === 'string' ? parse(doc.Message) : doc.Message;
  const event = isObject(inner) ? inner : doc;
  return typeof (event.notificationType ?? event.eventType) === 'string' ? event : null;
}

const SAFE_ADDRESS = /^[^\s<>;,"]{1,64}@[^\s<>;,"@]{1,255}$/;

function bounceReport(bounce: Json): string | null {
  const listed = Array.isArray(bounce.bouncedRecipients) ? bounce.bouncedRecipients.slice(0, MAX_RECIPIENTS) : [];
  const subtype = SUBTYPE_WORDS[text(bounce.bounceSubType)];
  const mta = text(bounce.reportingMTA).replace(/^dsn;[ \t]*/i, '');
  const records: string[] = [];
  for (const r of listed) {
    if (!isObject(r)) continue;
    const address = text(r.emailAddress);
    if (!SAFE_ADDRESS.test(address)) continue;
    const status = text(r.status);
    const diagnostic = text(r.diagnosticCode);
    const fields = [`Final-Recipient: rfc822; ${address}`, `Action: ${text(r.action) || 'failed'}`];
    if (/^[245]\.\d{1,3}\.\d{1,3}$/.test(status)) fields.push(`Status: ${status}`);
    if (diagnostic) fields.push(`Diagnostic-Code: ${diagnostic.includes(';') ? diagnostic : `smtp; ${diagnostic}`}`);
    else if (subtype) fields.push(`Diagnostic-Code: x-ses; ${subtype}`);
    records.push(fields.join('\n'));
  }
  if (!records.length) return null;
  return [`Reporting-MTA: dns; ${mta || 'amazonses.com'}`, ...records].join('\n\n') + '\n';
}

function deliveryReport(delivery: Json): string | null {
  const listed = Array.isArray(delivery.recipients) ? delivery.recipients.slice(0, MAX_RECIPIENTS) : [];
  const reply = text(delivery.smtpResponse);
  const records = listed
    .map(text)
    .filter((a) => SAFE_ADDRESS.test(a))
    .map((a) => [`Final-Recipient: rfc822; ${a}`, 'Action: delivered', 'Status: 2.0.0', ...(reply ? [`Diagnostic-Code: smtp; ${reply}`] : [])].join('\n'));
  return records.length ? [`Reporting-MTA: dns; ${text(delivery.reportingMTA) || 'amazonses.com'}`, ...records].join('\n\n') + '\n' : null;
}

/** An SES notification's bounce or delivery as a delivery-status report, or its complaint; null when the body is none. */
export function sesNotification(body: string): SesNotification | null {
  // Cheap test first: most bodies are not JSON at all, and the type is named near the document's start.
  const head = body.length > MAX_JSON ? body.slice(0, MAX_JSON) : body;
  if (!head.includes('otificationType') && !head.includes('eventType')) return null;
  const event = eventOf(parseBody(body));
  if (!event) return null;
  const type = text(event.notificationType ?? event.eventType);
  if (type === 'Bounce' && isObject(event.bounce)) {
    const report = bounceReport(event.bounce);
    return report ? { kind: 'report', text: report } : null;
  }
  if (type === 'Delivery' && isObject(event.delivery)) {
    const report = deliveryReport(event.delivery);
    return report ? { kind: 'report', text: report } : null;
  }
  if (type === 'Complaint' && isObject(event.complaint)) {
    const listed = Array.isArray(event.complaint.complainedRecipients) ? event.complaint.complainedRecipients.slice(0, MAX_RECIPIENTS) : [];
    const recipients = listed.map((r) => (isObject(r) ? text(r.emailAddress) : '')).filter((a) => SAFE_ADDRESS.test(a));
    return { kind: 'feedback', recipients };
  }
  return null;
}
