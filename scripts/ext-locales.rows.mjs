// Source of src/locales/{en,de}/ext.json (the extension's notes, popup and help page additions).
// node scripts/ext-locales.rows.mjs rewrites both fragments; edit the rows, not the JSON.
import { writeFileSync } from 'node:fs';
const rows = [
 ['ext_copy_support', 'Copy for support', 'Für den Support kopieren', 'Button: copy a plain-text report for the support staff'],
 ['ext_copied', 'Copied. Paste it into your message to support.', 'Kopiert. Fügen Sie es in Ihre Nachricht an den Support ein.', 'After the support report was copied'],
 ['ext_copy_failed', 'The browser did not allow copying. Select the text of the bounce and copy it yourself.', 'Der Browser hat das Kopieren nicht erlaubt. Markieren und kopieren Sie den Text der Unzustellbarkeitsnachricht selbst.', 'When the clipboard refused'],
 ['ext_help_topic', 'Help on this', 'Hilfe dazu', 'Button: open the help section for this cause'],
 ['ext_provider_help', 'Help pages of $1', 'Hilfeseiten von $1', 'Link to the provider’s own help; $1 provider name'],
 ['ext_provider_support', 'Contact $1 support', 'Support von $1 kontaktieren', 'Link to the provider’s support; $1 provider name'],
 ['sup_title', 'Bounce Lens report: an email was not delivered', 'Bounce-Lens-Bericht: eine E-Mail wurde nicht zugestellt', 'First line of the support report'],
 ['sup_copied', 'Copied', 'Kopiert', 'Report field: when it was copied'],
 ['sup_date', 'Date of the bounce', 'Datum der Rückmeldung', 'Report field'],
 ['sup_summary', 'In short', 'Kurz gesagt', 'Report field: the one-line summary'],
 ['sup_recipient', 'Recipient', 'Empfänger', 'Report field'],
 ['sup_status', 'Status code', 'Statuscode', 'Report field: enhanced status code'],
 ['sup_reply', 'Reply code', 'Antwortcode', 'Report field: SMTP reply code'],
 ['sup_command', 'Failed at', 'Gescheitert bei', 'Report field: the SMTP command that failed'],
 ['sup_diagnostic', 'Server said', 'Antwort des Servers', 'Report field: the diagnostic line'],
 ['sup_remote', 'Remote server', 'Empfangender Server', 'Report field: remote MTA'],
 ['sup_reporting', 'Reporting server', 'Meldender Server', 'Report field: reporting MTA'],
 ['sup_cause', 'Likely cause', 'Wahrscheinliche Ursache', 'Report field: the cause in a sentence'],
 ['sup_message_id', 'Message-ID', 'Message-ID', 'Report field'],
 ['ext_probe_check', 'Check my outgoing server', 'Meinen Postausgangsserver prüfen', 'Button: run the probe against the user\u2019s own outgoing server'],
 ['ext_probe_what', 'The probe connects to your outgoing server from outside, the way your mail app does, and reports which settings work.', 'Die Prüfung verbindet sich von außen mit Ihrem Postausgangsserver, so wie Ihr E-Mail-Programm, und meldet, welche Einstellungen funktionieren.', 'One sentence under the check button'],
 ['ext_probe_needs', 'A check could confirm this, but it needs a probe: a small service your provider or administrator runs that tests your outgoing server from outside. Its address goes in the settings.', 'Eine Prüfung könnte das bestätigen, braucht aber eine Prüfstelle: einen kleinen Dienst Ihres Anbieters oder Administrators, der Ihren Postausgangsserver von außen testet. Ihre Adresse gehört in die Einstellungen.', 'When a check would help but no probe is configured'],
 ['ext_probe_needs_server', 'A check could confirm this, but it needs the name of your outgoing server as your mail app has it (for example mail.example.com). Type it into the box above.', 'Eine Prüfung könnte das bestätigen, braucht aber den Namen Ihres Postausgangsservers, wie er in Ihrem E-Mail-Programm steht (zum Beispiel mail.example.com). Geben Sie ihn oben ins Feld ein.', 'When a check would help but the outgoing server is unknown'],
 ['ext_probe_not_useful', 'A check cannot confirm this cause: it lies with the recipient, not with your outgoing server.', 'Eine Prüfung kann diese Ursache nicht bestätigen: sie liegt beim Empfänger, nicht bei Ihrem Postausgangsserver.', 'When the probe is asked for but the cause is not one it can confirm'],
 ['ext_open_settings', 'Open the settings', 'Einstellungen öffnen', 'Button to the options page'],
 ['ext_one_line_label', 'In short', 'Kurz gesagt', 'Accessible name of the one-line summary'],
];
for (const [lang, i] of [['en', 1], ['de', 2]]) {
  const out = Object.fromEntries(rows.map((r) => [r[0], { message: r[i], description: r[3] }]));
  writeFileSync(new URL(`../src/locales/${lang}/ext.json`, import.meta.url), JSON.stringify(out, null, 1) + '\n');
}
