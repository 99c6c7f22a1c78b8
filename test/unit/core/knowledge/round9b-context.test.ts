// Who acts is decided in one place (actor-rules-r8.ts: SITUATION_RULES, then a program family, then
// ACTOR_RULES_R8), and a status quoted as what the remote server returned decides temporary.
import { describe, expect, it } from 'vitest';
import { ACTOR_RULES_R8, SITUATION_RULES, decideVerdict } from '../../../../src/core/knowledge/actor-rules-r8.ts';
import { FULL_TABLES } from '../../../../src/core/knowledge/tables.ts';

const SITUATION_WORDS = FULL_TABLES.situationWords;
import { verdict } from './verdict.ts';

describe('the situation\'s rules live in the one rule table module', () => {
  it('has unique rule ids across both tables', () => {
    const ids = [...SITUATION_RULES, ...ACTOR_RULES_R8].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('a delay: nobody acts, unless its quoted reason is the recipient\'s full mailbox', () => {
    const base = { reason: 'systemerror', bucket: 'remote-transient', actor: 'recipient-provider' } as const;
    expect(decideVerdict(base, null, 'delay', true, '451 4.3.0 try later', '451 4.3.0 try later').actor).toBe('none');
    expect(decideVerdict({ ...base, reason: 'mailboxfull', bucket: 'recipient', actor: 'recipient' }, null, 'delay', true, '452 4.2.2 over quota', '452 4.2.2 over quota').actor).toBe('recipient');
  });
  it('a login refusal inside a bounce is the remote side\'s set-up, said by the situation rule', () => {
    const v = decideVerdict({ reason: 'securityerror', bucket: 'credentials', actor: 'sender' }, null, 'bounce', false, '530 5.7.0 Authentication required', 'Action: failed\n530 5.7.0 Authentication required', SITUATION_WORDS);
    expect([v.bucket, v.actor, v.title]).toEqual(['recipient', 'recipient-provider', 'k_ctx_remote_config_t']);
  });
  it('the same refusal said to the person\'s own program stays theirs', () => {
    const v = decideVerdict({ reason: 'securityerror', bucket: 'credentials', actor: 'sender' }, null, 'client', false, '530 5.7.0 Authentication required', '530 5.7.0 Authentication required', SITUATION_WORDS);
    expect([v.bucket, v.actor]).toEqual(['credentials', 'sender']);
  });
});

describe('a status quoted as what the remote server returned decides temporary', () => {
  it.each([
    "Remote server returned '451 4.4.316 Connection refused [Message=Socket error code 10061]'",
    "The remote server returned '421 4.4.2 Connection dropped'",
  ])('%s', async (text) => {
    expect((await verdict(text))[2]).toBe(true);
  });
  it('a final status quoted the same way stays final', async () => {
    expect((await verdict("Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'"))[2]).toBe(false);
  });
});
