// The last-resort topic reading (topic-fallback.ts), tried on wordings that are in no labelled set
// and no family: one topic plus a trouble word lands in its family; no trouble word, two readings
// of a server's own line, or a code leaves it to the other layers.
import { describe, expect, it } from 'vitest';
import { findTopicFamily } from '../../../../src/core/knowledge/topic-fallback.ts';
import { verdict } from './verdict.ts';

describe('topic fallback', () => {
  it.each([
    ['Login to SMTP host was not successful', ['credentials']],
    ['Zugangsdaten für den Postausgangsserver nicht erfolgreich geprüft', ['credentials']],
    ['Could not negotiate encryption with the mail host', ['port-encryption']],
    ['Attachment problem: message could not be sent', ['content']],
    ['Verbindung zum Postausgangsserver nicht möglich', ['settings', 'network-block']],
  ])('%s', async (text, buckets) => {
    const [b, actor] = await verdict(text);
    expect(buckets).toContain(b);
    expect(['sender', 'network']).toContain(actor);
  });

  it('needs a trouble word: a topic alone is not a failure', () => {
    expect(findTopicFamily('Your password was changed on Monday')).toBeNull();
    expect(findTopicFamily('Connecting to the outgoing server…')).toBeNull();
  });

  it('leaves long texts and texts with a code to the reply readers', () => {
    expect(findTopicFamily(`Login failed ${'x'.repeat(300)}`)).toBeNull();
    expect(findTopicFamily('550 5.7.1 login failed')).toBeNull();
  });

  it('leaves honest unknowns unknown', async () => {
    for (const text of ['asdf qwer', 'it does not work', 'host:587', 'Hallo, ich habe eine Frage zu meiner Rechnung vom letzten Monat.']) {
      expect((await verdict(text))[1], text).toBeUndefined();
    }
  });
});
