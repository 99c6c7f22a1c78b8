// Text from bounces and SMTP servers is hostile: an ESC sequence in a recipient or a server reply
// can set the terminal's title, move the cursor, rewrite what was printed or, with OSC 52, write
// the user's clipboard. Everything the CLI prints passes one of these two functions.

// ESC sequences first (so their parameters go with them), then any C0 control but tab and
// newline, DEL, and C1 (U+0080–U+009F, which some terminals read as ESC + a letter).
// OSC/DCS/SOS/PM/APC strings run to BEL or ST; CSI to its final byte; others are ESC + one char.
// eslint-disable-next-line no-control-regex
const ESCAPES = /\u001b(?:[\]PX^_][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\[[0-?]*[ -/]*[@-~]?|[ -/]*[0-~]?)|[\u0090\u0098\u009d-\u009f][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u009b[0-?]*[ -/]*[@-~]?/g;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Human output (text, CSV, messages): escape sequences and control characters removed; \n and \t stay. */
export function terminalSafe(text: string): string {
  return text.replace(ESCAPES, '').replace(CONTROLS, '');
}

/**
 * One JSON line. JSON.stringify already writes C0 as \u00XX; DEL, C1 and the two Unicode line
 * separators are escaped the same way, so the line is terminal-safe and still the same data.
 */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029]/;
const UNSAFE_IN_JSON_ALL = new RegExp(UNSAFE_IN_JSON.source, 'g');

export function jsonLine(value: unknown): string {
  const json = JSON.stringify(value);
  // Most lines have none: test once rather than run a replace over every line.
  if (!UNSAFE_IN_JSON.test(json)) return `${json}\n`;
  return `${json.replace(UNSAFE_IN_JSON_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
