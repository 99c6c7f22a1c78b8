// `bounce-lens` entry: dispatches to one module per subcommand, loaded on demand.
const USAGE = `usage:
  bounce-lens explain [--json] [--profile FILE] [FILE...]   explain bounces or SMTP errors (stdin when no file)
  bounce-lens probe HOST [--port N] [--security ssl|starttls|none|auto] [--json] [--user ADDRESS]
  bounce-lens probe --domain DOMAIN [--json]  discover the right SMTP settings for a domain
  bounce-lens probe --bounce FILE [--json] [--dns-server IP[:PORT]]  check a bounce's cause by DNS
  bounce-lens serve [--port N] [--host H] [--token T] [--allow-private]
  bounce-lens helper install|uninstall|status
`;

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {
  explain: async () => (await import('./explain.ts')).runExplain,
  probe: async () => (await import('./probe.ts')).runProbe,
  serve: async () => (await import('./serve.ts')).runServe,
  helper: async () => (await import('./helper.ts')).runHelper,
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`bounce-lens: unknown command "${name}"\n${USAGE}`);
    return 2;
  }
  return (await load())(rest);
}
