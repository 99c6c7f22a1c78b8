// Makes a bundled script pure ASCII for `scripts/build-node.mjs`. esbuild escapes non-ASCII
// characters in strings, but not in regular expression literals, and the engine's language
// patterns hold hundreds of them (ö, 收件人, …). One such character makes Node decode the whole
// 1 MB bundle as UTF-8 into a two-byte string: twice the memory, and on a machine where a fresh
// page costs ~10 µs that decoding was a tenth of a one-file `bounce-lens explain`.
// A literal with non-ASCII characters becomes `new RegExp("…", "flags")` with the characters
// escaped in the string: the same pattern, the same flags and the same `.source` (the engine keys
// stored data by it: knowledge/regex-literals.ts), built where the literal was. A String.raw
// template without substitutions (kept raw by esbuild too) becomes the string it gives.
import ts from 'typescript';

const NON_ASCII = /[\u0080-\uffff]/;
const escapeNonAscii = (text) => text.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The script with its non-ASCII regular expression literals (and String.raw templates) rewritten; throws if anything non-ASCII is left. */
export function asciiScript(source, name = 'script.js') {
  const file = ts.createSourceFile(name, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  let rewritten = 0;
  // The node's text with the literals inside it rewritten; null when nothing in it changes.
  const emit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(file);
      if (!NON_ASCII.test(text)) return null;
      rewritten++;
      const close = text.lastIndexOf('/');
      // Minified code has `return/…/`: a word then needs a space before it.
      const space = /[\w$]/.test(source[node.getStart(file) - 1] ?? '') ? ' ' : '';
      return `${space}new RegExp(${escapeNonAscii(JSON.stringify(text.slice(1, close)))}, ${JSON.stringify(text.slice(close + 1))})`;
    }
    if (ts.isTaggedTemplateExpression(node) && node.tag.getText(file) === 'String.raw' && NON_ASCII.test(node.template.getText(file))) {
      rewritten++;
      // Raw texts between the backticks and substitutions (a raw template normalises CR LF to LF).
      const raw = (piece, cut) => escapeNonAscii(JSON.stringify(piece.getText(file).slice(1, -cut).replace(/\r\n?/g, '\n')));
      const t = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(t)) return raw(t, 1);
      const parts = [raw(t.head, 2), ...t.templateSpans.map((span) => raw(span.literal, ts.isTemplateTail(span.literal) ? 1 : 2))];
      const values = t.templateSpans.map((span) => emit(span.expression) ?? span.expression.getText(file));
      return `String.raw({ raw: [${parts.join(', ')}] }, ${values.join(', ')})`;
    }
    let out = null;
    let at = node.getStart(file);
    ts.forEachChild(node, (child) => {
      const text = emit(child);
      if (text === null) return;
      const from = child.getStart(file);
      out = (out ?? '') + source.slice(at, from) + text;
      at = child.end;
    });
    return out === null ? null : out + source.slice(at, node.end);
  };
  const body = emit(file);
  const out = body === null ? source : source.slice(0, file.getStart(file)) + body;
  const left = NON_ASCII.exec(out);
  if (left) throw new Error(`${name}: a non-ASCII character outside a regular expression literal at ${left.index}: ${JSON.stringify(out.slice(left.index - 40, left.index + 10))}`);
  return { source: out, rewritten };
}
