// The literal strings a regular expression cannot match without: a set of lower-case strings of
// which every match contains at least one. A table of a few hundred patterns is then scanned once
// for all of them (entry-index.ts), and only the patterns whose literals occur are run: each
// pattern run over a whole bounce on its own was most of the CLI's time.
//
// Sound, not complete: when a part of the pattern is not understood, it is treated as "any
// text", which only weakens the filter. Case is folded the same way on both sides (foldCase),
// which over-approximates a case-sensitive pattern and covers what the `i` flag matches.
import { STORED_LITERALS } from './entry-literals.ts';

/** Lower case, with the two letters whose lower case depends on context or on the `u` flag
 *  (final sigma, long s) folded as a case-insensitive pattern would. */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  return /[ςſ]/.test(lower) ? lower.replaceAll('ς', 'σ').replaceAll('ſ', 's') : lower;
}

/** What a piece of pattern can match: all its strings when few (`exact`), else strings one of which every match contains (`any`); null = no constraint known. */
interface Info {
  exact: string[] | null;
  any: string[] | null;
}

const MAX_SET = 8;
const MAX_LEN = 64;
const ANYTHING: Info = { exact: null, any: null };
const EMPTY: Info = { exact: [''], any: null };

/** How selective a set of required strings is: the shortest one's length, fewer strings first. */
function score(set: string[] | null): number {
  if (!set || set.length === 0) return -1;
  return Math.min(...set.map((s) => s.length)) * 1000 - set.length;
}

function better(a: string[] | null, b: string[] | null): string[] | null {
  return score(b) > score(a) ? b : a;
}

function anyOfExact(exact: string[] | null): string[] | null {
  return exact && exact.length > 0 && !exact.includes('') ? exact : null;
}

function required(info: Info): string[] | null {
  return better(info.any, anyOfExact(info.exact));
}

function cross(a: string[], b: string[]): string[] | null {
  if (a.length * b.length > MAX_SET) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) {
    const s = x + y;
    if (s.length > MAX_LEN) return null;
    out.add(s);
  }
  return [...out];
}

function concat(items: Info[]): Info {
  let cur: string[] | null = [''];
  let best: string[] | null = null;
  let allExact = true;
  for (const item of items) {
    const joined: string[] | null = cur && item.exact ? cross(cur, item.exact) : null;
    if (joined) {
      cur = joined;
      continue;
    }
    allExact = false;
    best = better(best, anyOfExact(cur));
    best = better(best, item.any);
    cur = item.exact ?? [''];
  }
  if (allExact && cur) return { exact: cur, any: null };
  return { exact: null, any: better(best, anyOfExact(cur)) };
}

function alternation(branches: Info[]): Info {
  if (branches.every((b) => b.exact)) {
    const all = [...new Set(branches.flatMap((b) => b.exact ?? []))];
    if (all.length <= MAX_SET) return { exact: all, any: null };
  }
  const sets = branches.map(required);
  if (sets.some((s) => s === null)) return ANYTHING;
  return { exact: null, any: [...new Set(sets.flatMap((s) => s ?? []))] };
}

function repeat(item: Info, min: number, max: number): Info {
  if (min === 0) {
    if (max === 1 && item.exact && item.exact.length < MAX_SET) return { exact: [...new Set([...item.exact, ''])], any: null };
    return ANYTHING;
  }
  if (min === max && item.exact) {
    let out: string[] | null = [''];
    for (let i = 0; i < min && out; i++) out = cross(out, item.exact);
    if (out) return { exact: out, any: null };
  }
  return { exact: null, any: required(item) };
}

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Info {
    const info = this.disjunction();
    return this.i === this.src.length ? info : ANYTHING;
  }

  private disjunction(): Info {
    const branches = [this.alternative()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.alternative());
    }
    return branches.length === 1 ? (branches[0] as Info) : alternation(branches);
  }

  private alternative(): Info {
    const items: Info[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return concat(items);
  }

  private quantified(atom: Info): Info {
    const c = this.src[this.i];
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return atom; // a literal "{"
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy
    return repeat(atom, min, max);
  }

  private atom(): Info {
    const c = this.src[this.i++] as string;
    switch (c) {
      case '^':
      case '$':
        return EMPTY;
      case '.':
        return ANYTHING;
      case '(':
        return this.group();
      case '[':
        return this.charClass();
      case '\\':
        return this.escape();
      default:
        return { exact: [foldCase(c)], any: null };
    }
  }

  private group(): Info {
    let lookaround = false;
    if (this.src[this.i] === '?') {
      const rest = this.src.slice(this.i, this.i + 3);
      if (rest.startsWith('?:')) this.i += 2;
      else if (/^\?<?[=!]/.test(rest)) {
        lookaround = true;
        this.i += rest[1] === '<' ? 3 : 2;
      } else if (rest.startsWith('?<')) this.i = this.src.indexOf('>', this.i) + 1;
      else throw new SyntaxError('unsupported group');
    }
    const inner = this.disjunction();
    if (this.src[this.i++] !== ')') throw new SyntaxError('unclosed group');
    // A lookaround consumes nothing: what it asks of the text is left out (sound, only weaker).
    return lookaround ? EMPTY : inner;
  }

  /** One character of a class or an escape: its code, or null for a class escape (\d, \w…). */
  private classChar(): string | null {
    const c = this.src[this.i++] as string;
    if (c !== '\\') return c;
    return this.escapedChar();
  }

  private escapedChar(): string | null {
    const c = this.src[this.i++] as string;
    switch (c) {
      case 'n': return '\n';
      case 'r': return '\r';
      case 't': return '\t';
      case 'f': return '\f';
      case 'v': return '\v';
      case '0': return '\0';
      case 'x': {
        const hex = this.src.slice(this.i, this.i + 2);
        this.i += 2;
        return String.fromCharCode(parseInt(hex, 16));
      }
      case 'u': {
        const m = /^\{([0-9a-fA-F]+)\}|^[0-9a-fA-F]{4}/.exec(this.src.slice(this.i));
        if (!m) return null;
        this.i += m[0].length;
        return String.fromCodePoint(parseInt(m[1] ?? m[0], 16));
      }
      case 'c':
        this.i++;
        return null;
      case 'p':
      case 'P':
        if (this.src[this.i] === '{') this.i = this.src.indexOf('}', this.i) + 1;
        return null;
      case 'k':
        if (this.src[this.i] === '<') this.i = this.src.indexOf('>', this.i) + 1;
        return null;
      default:
        // \d \w \s and their negations, back-references: no single known character.
        return /[dDwWsSbB1-9]/.test(c) ? null : c;
    }
  }

  private escape(): Info {
    const c = this.src[this.i];
    if (c === 'b' || c === 'B') {
      this.i++;
      return EMPTY;
    }
    const ch = this.escapedChar();
    return ch === null ? ANYTHING : { exact: [foldCase(ch)], any: null };
  }

  private charClass(): Info {
    const negated = this.src[this.i] === '^';
    if (negated) this.i++;
    const chars = new Set<string>();
    let known = !negated;
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      const lo = this.classChar();
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        this.i++;
        const hi = this.classChar();
        if (lo === null || hi === null || hi.charCodeAt(0) - lo.charCodeAt(0) > 10) known = false;
        else for (let k = lo.charCodeAt(0); k <= hi.charCodeAt(0); k++) chars.add(foldCase(String.fromCharCode(k)));
      } else if (lo === null) known = false;
      else chars.add(foldCase(lo));
    }
    if (this.src[this.i++] !== ']') throw new SyntaxError('unclosed class');
    return known && chars.size > 0 && chars.size <= 8 ? { exact: [...chars], any: null } : ANYTHING;
  }
}

/** The key a pattern's literals are stored under in entry-literals.ts: a 53-bit hash of flags and source. */
export function patternKey(re: RegExp): string {
  const text = `${re.flags}/${re.source}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * Lower-case strings of which every match of `re` contains one, or null when none can be told
 * (the pattern must then be run on every text). The knowledge tables' patterns are read ahead of
 * time (entry-literals.ts, `npm run gen:literals`): reading them when a process starts cost more
 * than explaining one bounce. Any other pattern is read here.
 */
export function requiredLiterals(re: RegExp): string[] | null {
  const stored = STORED_LITERALS[patternKey(re)];
  return stored === undefined ? deriveLiterals(re) : stored && [...stored];
}

/** requiredLiterals() worked out from the pattern itself. Patterns with the `v` flag are not read. */
export function deriveLiterals(re: RegExp): string[] | null {
  if (re.flags.includes('v')) return null;
  try {
    const set = required(new Parser(re.source).parse());
    // A set with an empty string constrains nothing.
    if (!set || set.some((s) => s.length === 0)) return null;
    // A string that contains another of the set adds nothing to the filter.
    return set.filter((s) => !set.some((t) => t !== s && s.includes(t)));
  } catch {
    return null;
  }
}
