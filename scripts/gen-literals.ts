// `npm run gen:literals`: writes src/core/knowledge/entry-literals.ts, the literals every pattern
// of the knowledge tables needs (regex-literals.ts), so a process never reads the patterns at
// start. Run it after changing a table; a unit test (entry-index.test.ts) says when it is due.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { storedLiteralsSource } from '../src/core/knowledge/stored-literals.ts';

const target = fileURLToPath(new URL('../src/core/knowledge/entry-literals.ts', import.meta.url));
writeFileSync(target, storedLiteralsSource());
console.log(`wrote ${target}`);
