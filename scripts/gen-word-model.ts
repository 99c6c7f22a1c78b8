// `npm run gen:word-model`: trains the word model (src/core/knowledge/word-model.ts) on every
// labelled error text (test/fixtures/knowledge/error-texts.tsv and test/fixtures/explain-cases.tsv)
// and writes src/core/knowledge/word-model-data.ts. Run it after adding labelled rows; a unit test
// (word-model.test.ts) says when it is due.
//   --evaluate <regex>: instead, trains without the rows whose split matches and prints how the
//   model alone reads those rows (the rules' misses among them are what it is for).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { trainWordModel, wordModelSource } from '../src/core/knowledge/word-model-train.ts';
import { trainingRows } from './word-model-rows.ts';
import { fitWordModel, guessWithModel } from '../src/core/knowledge/word-model.ts';

const at = process.argv.indexOf('--evaluate');
if (at >= 0) {
  const held = new RegExp(`^(?:${process.argv[at + 1] ?? ''})$`);
  const rows = trainingRows();
  const data = trainWordModel(rows.filter((r) => !held.test(r.split)));
  const fitted = fitWordModel(data);
  let n = 0, spoke = 0, right = 0, actorRight = 0;
  for (const r of rows.filter((x) => held.test(x.split))) {
    n++;
    const g = guessWithModel(r.text, data, fitted);
    if (!g) continue;
    spoke++;
    if (r.buckets.includes(g.bucket)) right++;
    if (r.actors.includes(g.actor)) actorRight++;
  }
  console.log(`word model trained without splits /${held.source}/: ${n} rows held out; it spoke on ${spoke}: bucket right ${right}, wrong ${spoke - right}; who acts right ${actorRight}`);
} else {
  const target = fileURLToPath(new URL('../src/core/knowledge/word-model-data.ts', import.meta.url));
  writeFileSync(target, wordModelSource(trainWordModel(trainingRows())));
  console.log(`wrote ${target}`);
}
