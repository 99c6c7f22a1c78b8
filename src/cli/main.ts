// `bounce-lens` entry: takes the options every command shares (--lang, --help), then dispatches to
// one module per subcommand, loaded on demand so each command loads only what it uses.
import { chooseLanguage, loadTranslate, terminalLanguage } from '../node/catalogue.ts';
import { discardWorkers, prestartWorkers } from './prestart-workers.ts';
import { endProcess } from './end-process.ts';
import { terminalSafe } from './terminal-safe.ts';

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  explain: async () => (await import('./explain.ts')).runExplain,
  probe: async () => (await import('./probe.ts')).runProbe,
  serve: async () => (await import('./serve.ts')).runServe,
  helper: async () => (await import('./helper.ts')).runHelper,
};

/** Whether the last command run was one whose process has nothing left to do once it returns. */
let oneShot = false;

/**
 * Ends the process of the `bounce-lens` command (bin/) once `main` has returned: at once after a
 * one-shot command (end-process.ts), by itself after the others (a server's or the helper's own
 * shutdown decides when they are done). Never called in-process (tests call `main`).
 */
export function finish(code: number): void {
  if (oneShot) endProcess(code);
  else process.exitCode = code;
}

/** Removes `--lang X` / `--lang=X` wherever it stands and applies it. */
function takeLanguage(argv: string[]): string[] {
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--lang' && i + 1 < argv.length) chooseLanguage(argv[++i] ?? '');
    else if (arg.startsWith('--lang=')) chooseLanguage(arg.slice('--lang='.length));
    else rest.push(arg);
  }
  return rest;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = takeLanguage(argv);
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const t = loadTranslate(terminalLanguage());
    (name ? process.stdout : process.stderr).write(`${t('cli_b_usage')}\n`);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    const t = loadTranslate(terminalLanguage());
    process.stderr.write(`bounce-lens: ${terminalSafe(t('cli_b_unknown_command', [name]))}\n${t('cli_b_usage')}\n`);
    return 2;
  }
  // A long `explain` run's workers load the engine on their threads while this one loads it too.
  if (name === 'explain') prestartWorkers(rest);
  oneShot = name === 'explain';
  try {
    return await (await load())(rest);
  } finally {
    discardWorkers();
  }
}
