// A long alternation of words scans a whole text slowly when it does not match, which is nearly
// always: it tries every alternative at every character. Most of its alternatives need some fixed
// words, and a short alternation of those words rules out nearly every text far faster. Sound only
// when every match of the full pattern contains a match of the gate, the gate written with the same
// flags (the full pattern's own words, or its own anchored alternatives, copied into the gate).

/** The part of a RegExp the situation words use. */
export type Test = Pick<RegExp, 'test'>;

/** `full`, tested only on texts where `gate` matches; `gate` must match wherever `full` does. */
export function gated(gate: RegExp, full: RegExp): Test {
  return { test: (text: string) => gate.test(text) && full.test(text) };
}
