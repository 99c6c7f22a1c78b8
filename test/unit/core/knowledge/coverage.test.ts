// Walks the reference tables: every reason, bucket, IANA enhanced code, RFC 5321 reply code and
// client error has knowledge, and every catalogue name the knowledge uses exists in English and German.
import { ACTORS, actorKey } from '../../../../src/core/knowledge/actors.ts';
import { describe, expect, it } from 'vitest';
import { BUCKETS, REASONS, type Reason } from '../../../../src/core/types.ts';
import { adviceReferences } from '../../../../src/core/knowledge/advice-refs.ts';
import { REASON_ADVICE, reasonSummaryKey, reasonTitleKey } from '../../../../src/core/knowledge/reasons.ts';
import { BUCKET_ADVICE, DELAY_ADVICE, bucketSummaryKey, bucketTitleKey } from '../../../../src/core/knowledge/buckets.ts';
import { ENHANCED_CLASSES, ENHANCED_DETAILS, ENHANCED_SUBJECTS, REPLY_CODES, enhancedClassKey, enhancedDetailKey, enhancedMeanings, enhancedSubjectKey, replyKey, replyMeaning } from '../../../../src/core/knowledge/codes.ts';
import { PROVIDER_ENTRIES, findProviderEntry } from '../../../../src/core/knowledge/providers.ts';
import { providerMeaningKey } from '../../../../src/core/knowledge/explain-core.ts';
import { CLIENT_ERRORS, SERVER_REPLIED_KEY } from '../../../../src/core/client-errors/table.ts';
import { recognizeClientError } from '../../../../src/core/client-errors/recognize.ts';
import { DEFAULT_PROFILE } from '../../../../src/core/profile/index.ts';
import { bucketSlugs, catalogue, ianaCodes, readTsv, reference } from './fixtures.ts';

const en = catalogue('en');
const enKeys = new Set(Object.keys(en).map((k) => k.toLowerCase()));

function allKnowledgeKeys(): string[] {
  const keys: string[] = ['k_gen_t', 'k_gen_s', 'k_delay_t', 'k_delay_s', 'k_not_sure', 'k_s_self_setup', 'k_s_required_security', SERVER_REPLIED_KEY];
  for (const r of REASONS) keys.push(reasonTitleKey(r), reasonSummaryKey(r), ...REASON_ADVICE[r].steps, ...REASON_ADVICE[r].donts);
  for (const b of BUCKETS) keys.push(bucketTitleKey(b), bucketSummaryKey(b), ...BUCKET_ADVICE[b].steps, ...BUCKET_ADVICE[b].donts);
  keys.push(...DELAY_ADVICE.steps, ...DELAY_ADVICE.donts, ...DEFAULT_PROFILE.dos, ...DEFAULT_PROFILE.donts);
  for (const p of PROVIDER_ENTRIES) keys.push(providerMeaningKey(p.id), ...p.steps, ...p.donts, ...Object.values(p.codes ?? {}));
  keys.push('k_temp_lead', 'k_temp_delay_lead', 'k_unknown_s', 'k_unknown_hint', 'k_ctx_remote_config_t', 'k_ctx_remote_config_s', 'k_ctx_remote_tls_t', 'k_ctx_remote_tls_s', 'k_s_tell_recipient_admin', 'k_ctx_deferred_t', 'k_ctx_deferred_s', 'k_undelivered_t', 'k_undelivered_s');
  for (const c of CLIENT_ERRORS) keys.push(c.meaning, ...c.steps);
  for (const d of ENHANCED_DETAILS) keys.push(enhancedDetailKey(d));
  for (const c of ENHANCED_CLASSES) keys.push(enhancedClassKey(c));
  for (const s of ENHANCED_SUBJECTS) keys.push(enhancedSubjectKey(s));
  for (const c of REPLY_CODES) keys.push(replyKey(c));
  for (const a of ACTORS) keys.push(actorKey(a));
  return [...new Set(keys)];
}

describe('knowledge covers the reference tables', () => {
  it('has advice, a title and a summary for every reason (ours and the reference list)', () => {
    const fromTable = reference('sisimai-reason-to-bucket.tsv').map((r) => (r.sisimai_reason ?? '').toLowerCase());
    for (const reason of new Set<string>([...REASONS, ...fromTable])) {
      const advice = (REASON_ADVICE as Record<string, (typeof REASON_ADVICE)[keyof typeof REASON_ADVICE] | undefined>)[reason];
      expect(advice, reason).toBeDefined();
      expect(advice?.steps.length, reason).toBeGreaterThan(0);
      expect(advice?.donts.length, reason).toBeGreaterThan(0);
      if (advice) expect(adviceReferences({ reason: reason as Reason }).length, reason).toBeGreaterThan(0);
      expect(advice?.buckets.every((b) => (BUCKETS as readonly string[]).includes(b)), reason).toBe(true);
    }
  });

  it('has advice for every bucket of buckets.tsv', () => {
    const slugs = [...bucketSlugs().values()];
    expect(new Set(slugs)).toEqual(new Set(BUCKETS));
    for (const b of BUCKETS) {
      expect(BUCKET_ADVICE[b].steps.length, b).toBeGreaterThan(0);
      expect(BUCKET_ADVICE[b].donts.length, b).toBeGreaterThan(0);
    }
  });

  it('gives every IANA enhanced status code a plain meaning', () => {
    const codes = ianaCodes();
    expect(codes.length).toBeGreaterThan(80);
    for (const code of codes) {
      let key: string | undefined;
      let m: RegExpExecArray | null;
      if ((m = /^([245])\.XXX\.YYY$/.exec(code))) key = enhancedClassKey(m[1] ?? '');
      else if ((m = /^X\.(\d+)\.YYY$/.exec(code))) key = enhancedSubjectKey(m[1] ?? '');
      else if ((m = /^X\.(\d+\.\d+)$/.exec(code))) {
        const meanings = enhancedMeanings(`5.${m[1]}`);
        expect(meanings.map((x) => x.key), code).toContain(enhancedDetailKey(m[1] ?? ''));
        key = enhancedDetailKey(m[1] ?? '');
      }
      expect(key, `unrecognised row ${code}`).toBeDefined();
      expect(enKeys.has((key ?? '').toLowerCase()), `${code} → ${key}`).toBe(true);
    }
  });

  it('gives every RFC 5321 reply code a plain meaning', () => {
    const rows = reference('smtp-basic-reply-codes.tsv');
    expect(rows.length).toBeGreaterThan(30);
    for (const row of rows) {
      const meaning = replyMeaning(Number(row.code));
      expect(meaning?.key, row.code).toBe(replyKey(Number(row.code)));
      expect(enKeys.has(meaning?.key.toLowerCase() ?? ''), row.code).toBe(true);
    }
  });

  it('recognises every client error of client-side-errors.tsv, in one of its buckets', () => {
    const slugOf = bucketSlugs();
    const misses: string[] = [];
    for (const row of reference('client-side-errors.tsv')) {
      const code = row.code_or_key ?? '';
      const message = (row.message_text_or_symbol ?? '').replace(/^"|"$/g, '').replace(/""/g, '"');
      // People paste Outlook's code, or the message text (its placeholders filled in).
      const text = /^0x/.test(code) ? `${message} (${code})` : message.replace(/<[a-z]+>/g, 'x@example.com');
      const found = recognizeClientError(text)?.[0] ?? findProviderEntry(text);
      const allowed = (row.bucket ?? '').split('/').map((b) => slugOf.get(b.trim()));
      if (!found || !allowed.includes(found.bucket)) misses.push(`${code} ${message.slice(0, 60)} → ${found?.bucket ?? 'none'} (want ${allowed.join('/')})`);
    }
    expect(misses).toEqual([]);
  });

  it('has a specific entry for the provider codes the issue names', () => {
    const samples: [string, string][] = [
      ['550 5.7.708 Access denied, traffic not accepted from this IP', 'ms_ip_not_accepted'],
      ['535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant', 'ms_smtp_auth_disabled'],
      ['530 5.7.57 Client not authenticated to send mail', 'ms_not_authenticated'],
      ['550 5.7.520 Access denied, Your organization does not allow external forwarding. AS(7555)', 'ms_external_forwarding'],
      ['550 5.4.1 Recipient address rejected: Access denied', 'ms_recipient_access_denied'],
      ['550 5.7.26 Unauthenticated email from example.com is not accepted due to domain\'s DMARC policy', 'gmail_dmarc'],
      ['550 5.7.25 The IP address sending this message does not have a PTR record setup', 'gmail_ptr'],
      ['550 5.7.1 Our system has detected that this message is likely unsolicited mail', 'gmail_unsolicited'],
      ['450 4.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered', 'gmail_receiving_too_fast'],
      ['535 5.7.8 Username and Password not accepted', 'gmail_bad_credentials'],
      ['534 5.7.9 Application-specific password required', 'gmail_app_password'],
      ['534 5.7.14 Please log in via your web browser and then try again', 'gmail_web_login'],
      ['421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints', 'yahoo_tss04'],
      ['550 5.7.1 Unfortunately, messages from [192.0.2.1] weren\'t sent. Please contact your Internet service provider since part of their network is on our block list (S3150).', 'outlook_s3150'],
      ['550 Administrative prohibition - envelope blocked', 'mimecast_blocked_sender'],
      ['554 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.1', 'proofpoint_blocked'],
      ['554 Service unavailable; Client host [192.0.2.1] blocked using Barracuda Reputation', 'barracuda_reputation'],
      ['554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org', 'spamhaus_ip'],
      ['550 5.7.1 Blocked using bl.spamcop.net', 'spamcop'],
      ['550 Verification failed for <me@example.com> Sender verify failed', 'cpanel_sender_verify'],
      ['Domain example.com has exceeded the max defers and failures per hour (5/5 (100%)) allowed. Message discarded.', 'cpanel_max_defers'],
      ['550 Domain example.com has exceeded the max emails per hour (100/100 (100%)) allowed. Message discarded.', 'cpanel_max_emails'],
    ];
    for (const [text, id] of samples) expect(findProviderEntry(text)?.id, text).toBe(id);
  });

  it('grounds every provider entry in a text of the reference tables or of the labelled documentation texts', () => {
    const texts = [
      ...readTsv('test/fixtures/knowledge/error-texts.tsv').map((r) => (r.text ?? '').replace(/\\n/g, '\n')),
      ...reference('provider-bounce-catalogue.tsv').map((r) => `${r.smtp_reply} ${r.enhanced_code} ${r.match_text}`),
      ...reference('smtp-field-manual-responses.tsv').map((r) => r.response ?? ''),
      ...reference('client-side-errors.tsv').map((r) => r.message_text_or_symbol ?? ''),
      ...reference('ambiguity-cases.tsv').map((r) => r.disambiguating_patterns ?? ''),
      ...reference('generic-bounce-patterns.tsv').map((r) => r.pattern ?? ''),
    ];
    const ungrounded = PROVIDER_ENTRIES.filter((e) => !texts.some((t) => e.match.test(t))).map((e) => e.id);
    expect(ungrounded).toEqual([]);
  });

  it('has every catalogue name it uses, in English and German', () => {
    const de = new Set(Object.keys(catalogue('de')).map((k) => k.toLowerCase()));
    const missing = allKnowledgeKeys().filter((k) => !enKeys.has(k.toLowerCase()) || !de.has(k.toLowerCase()));
    expect(missing).toEqual([]);
  });
});

describe('one provider list', () => {
  it('keys the engine\'s provider rows and the knowledge entries on the same provider ids', async () => {
    const { PROVIDER_ABOUT, PROVIDER_BOUNCES, PROVIDER_IDS, isProviderId } = await import('../../../../src/core/classify/provider-registry.ts');
    const { ENGINE_ROWS } = await import('../../../../src/core/providers/table.ts');
    expect(Object.keys(PROVIDER_ABOUT).sort()).toEqual([...PROVIDER_IDS].sort());
    const engineIds = new Set(ENGINE_ROWS.map(([id]) => id as string));
    expect([...engineIds].filter((id) => !isProviderId(id))).toEqual([]);
    expect(engineIds.size).toBeGreaterThan(8);
    for (const id of engineIds) expect(PROVIDER_BOUNCES[id as keyof typeof PROVIDER_BOUNCES]?.hosts.length, id).toBeGreaterThan(0);
    for (const e of PROVIDER_ENTRIES) {
      const docs = PROVIDER_ABOUT[e.provider].docs;
      if (docs) expect(e.references, e.id).toContain(docs);
    }
  });
});
