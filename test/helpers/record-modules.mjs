// Preloaded with `node --import`: appends the path of every module the process loads (ES modules
// through a loader hook, CommonJS through Module._load) to the file named by BL_MODULE_LOG, so a
// test can check what an installed command really loaded.
import { appendFileSync } from 'node:fs';
import Module, { register } from 'node:module';

const log = process.env.BL_MODULE_LOG;
if (log) {
  register(`data:text/javascript,${encodeURIComponent(`
    import { appendFileSync } from 'node:fs';
    export async function load(url, context, next) {
      appendFileSync(${JSON.stringify(log)}, url + '\\n');
      return next(url, context);
    }`)}`);
  const original = Module._load;
  Module._load = function load(request, parent, isMain) {
    try {
      appendFileSync(log, `${Module._resolveFilename(request, parent, isMain)}\n`);
    } catch {
      // Unresolvable here: the real load reports it.
    }
    return original.call(this, request, parent, isMain);
  };
}
