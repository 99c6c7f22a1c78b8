#!/usr/bin/env node
// The `bounce-lens` command and the native helper's launcher: runs the compiled, bundled CLI in
// lib/bundle/ (`npm run build` or `npm run build:node` makes it; the published package ships it).
// Nothing is compiled at run time, so no compile cache sits in a shared temporary folder.
let cli;
try {
  cli = await import('../lib/bundle/main.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('lib/bundle/main.js')) throw error;
  process.stderr.write('bounce-lens: lib/ is missing: run `npm run build:node` in this checkout first.\n');
  process.exit(70);
}
cli.finish(await cli.main(process.argv.slice(2)));
