// `npx tsx test/bench/knowledge-misses.ts <tsv>`: the rows of one labelled set that `explain` misses
// (bucket B, who acts A, temporary T), with their text, for studying a set opened for study by kind.
// Refuses the sets that stay unseen (error-texts-lead5.tsv, -lead8.tsv, -lead16.tsv; lead12 was released for study in round 8, lead13 in round 9, lead14 in round 10, lead15 in round 11).
import { loadTranslate } from '../../src/node/catalogue.ts';
import { render } from '../../src/core/i18n.ts';
import { judge, readErrorTexts } from './knowledge-score.ts';

const file = process.argv[2] ?? 'test/fixtures/knowledge/error-texts-lead6.tsv';
if (/lead(?:5|8|16)\b/.test(file)) throw new Error(`${file} stays unseen: not listed row by row`);
const t = loadTranslate('en');
const who = render({ key: 'cli_x_who_acts' }, t);
const rows = readErrorTexts(file);
let bucket = 0, actor = 0, temporary = 0, agree = 0;
for (const row of rows) {
  const v = await judge(row, t, who);
  if (v.bucketOk) bucket++;
  if (v.actorOk) actor++;
  if (v.temporaryOk) temporary++;
  if (v.agrees) agree++;
  if (v.bucketOk && v.actorOk && v.temporaryOk && v.agrees) continue;
  const flags = `${v.bucketOk ? '' : 'B'}${v.actorOk ? '' : 'A'}${v.temporaryOk ? '' : 'T'}${v.agrees ? '' : ' JSON≠human'}`;
  console.log(`\n### ${row.id} [${flags}] got ${v.bucket}/${v.actor}/${v.temporary}, want ${row.buckets.join('|')}/${row.actors.join('|')}/${row.temporary}\n${row.text.slice(0, 700)}`);
}
const pct = (n: number): string => `${((100 * n) / rows.length).toFixed(1)}%`;
console.log(`\n${file}: ${rows.length} rows, bucket ${pct(bucket)}, who acts ${pct(actor)}, temporary ${pct(temporary)}, JSON = human ${pct(agree)}`);
