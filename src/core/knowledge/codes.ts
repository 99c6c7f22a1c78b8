// Plain meanings of every RFC 5321 reply code and every IANA enhanced status code (the big
// table: the content script leaves it out). Meanings are catalogue names derived from the code.
import type { Msg } from './types.ts';

/** IANA enhanced status codes, subject.detail (class-independent: X.1.1 is "1.1"). */
export const ENHANCED_DETAILS = [
  '0.0',
  '1.0', '1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10',
  '2.0', '2.1', '2.2', '2.3', '2.4',
  '3.0', '3.1', '3.2', '3.3', '3.4', '3.5', '3.6',
  '4.0', '4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7',
  '5.0', '5.1', '5.2', '5.3', '5.4', '5.5', '5.6',
  '6.0', '6.1', '6.2', '6.3', '6.4', '6.5', '6.6', '6.7', '6.8', '6.9', '6.10',
  '7.0', '7.1', '7.2', '7.3', '7.4', '7.5', '7.6', '7.7', '7.8', '7.9', '7.10', '7.11', '7.12',
  '7.13', '7.14', '7.15', '7.16', '7.17', '7.18', '7.19', '7.20', '7.21', '7.22', '7.23', '7.24',
  '7.25', '7.26', '7.27', '7.28', '7.29', '7.30',
] as const;
export const ENHANCED_CLASSES = ['2', '4', '5'] as const;
export const ENHANCED_SUBJECTS = ['0', '1', '2', '3', '4', '5', '6', '7'] as const;

/** RFC 5321 (and registered extension) reply codes. */
export const REPLY_CODES = [
  211, 214, 220, 221, 235, 250, 251, 252, 334, 354,
  421, 422, 432, 450, 451, 452, 453, 454, 455,
  500, 501, 502, 503, 504, 521, 523, 524, 525, 530, 533, 534, 535, 538,
  550, 551, 552, 553, 554, 555, 556,
] as const;

const details = new Set<string>(ENHANCED_DETAILS);
const subjects = new Set<string>(ENHANCED_SUBJECTS);
const replies = new Set<number>(REPLY_CODES);

export const enhancedDetailKey = (detail: string): string => `k_es_${detail.replace('.', '_')}`;
export const enhancedClassKey = (cls: string): string => `k_es_class_${cls}`;
export const enhancedSubjectKey = (subject: string): string => `k_es_subject_${subject}`;
export const replyKey = (code: number): string => `k_rc_${code}`;

const STATUS = /^([245])\.(\d{1,3})\.(\d{1,3})$/;

/**
 * The meanings of an enhanced status code, most general first: its class ("permanent failure")
 * and its registered detail, or its subject when the detail is not registered (5.7.708 is
 * Microsoft's own: "a security or policy problem"). Empty for something that is not a code.
 */
export function enhancedMeanings(status: string): Msg[] {
  const m = STATUS.exec(status);
  if (!m) return [];
  const [, cls = '', subject = '', detail = ''] = m;
  const specific = `${subject}.${detail}`;
  const out: Msg[] = [{ key: enhancedClassKey(cls) }];
  if (details.has(specific)) out.push({ key: enhancedDetailKey(specific) });
  else if (subjects.has(subject)) out.push({ key: enhancedSubjectKey(subject) });
  return out;
}

/** The meaning of a reply code; an unregistered one gets its class ("temporary failure"). */
export function replyMeaning(code: number): Msg | null {
  if (replies.has(code)) return { key: replyKey(code) };
  const cls = Math.floor(code / 100);
  return cls >= 2 && cls <= 5 ? { key: `k_rc_class_${cls}` } : null;
}
