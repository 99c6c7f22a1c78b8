// Sources for explanations whose topic is narrower than their reason or bucket: a program family that
// speaks with its own words cites what those words rest on (the standard and the programs' own pages),
// not the reason's standards (an S/MIME certificate problem is not SMTP AUTH, RFC 4954). Read through
// adviceReferences() (tables.ts), so the content script, which shows no sources, does not carry them.

/** Topics with sources of their own (client-texts-r7.ts sets them on its families). */
export type Topic = 'smime';

export const TOPIC_REFS: Readonly<Record<Topic, readonly string[]>> = {
  smime: [
    // S/MIME 4.0, the message format the certificate signs and encrypts.
    'https://www.rfc-editor.org/rfc/rfc8551',
    // The programs' own pages on signing and encrypting with a certificate.
    'https://support.microsoft.com/en-us/office/encrypt-messages-by-using-s-mime-in-outlook-on-the-web-878c79fc-7088-4b39-966f-14512658f480',
    'https://support.mozilla.org/en-US/kb/digitally-signing-and-encrypting-messages',
  ],
};
