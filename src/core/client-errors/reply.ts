// Finds an SMTP reply that a client message or a pasted line carries ("The server responded:
// 535 5.7.8 …"), so the reply, not the wrapper, decides what it means.

export interface EmbeddedReply {
  replyCode: number;
  status: string | null;
  /** The reply from its code to the end of its line. */
  text: string;
  start: number;
  end: number;
}

const REPLY = /(?<![\d.])([2-5]\d\d)(?:[ -]+([2-5]\.\d{1,3}\.\d{1,3}))?(?![\d.])[^\n]*/;

export function findEmbeddedReply(text: string): EmbeddedReply | null {
  const m = REPLY.exec(text);
  if (!m || m[1] === undefined) return null;
  return { replyCode: Number(m[1]), status: m[2] ?? null, text: m[0].trim(), start: m.index, end: m.index + m[0].length };
}

const STATUS = /(?<![\d.])([245]\.\d{1,3}\.\d{1,3})(?![\d.])/;

/** A bare enhanced status code anywhere in the text ("5.7.1" without a reply code). */
export function findStatus(text: string): { status: string; start: number; end: number } | null {
  const m = STATUS.exec(text);
  return m && m[1] ? { status: m[1], start: m.index, end: m.index + m[1].length } : null;
}
