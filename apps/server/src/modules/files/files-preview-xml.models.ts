/**
 * A small, lenient XML tokenizer and pretty-printer for previews. It never resolves entities nor
 * reads a DTD (a DOCTYPE is kept as written), so "billion laughs" and external entities cannot
 * expand: what is shown is the source, re-indented.
 */
export type XmlToken =
  | { type: 'open'; name: string; raw: string; selfClosing: boolean }
  | { type: 'close'; name: string; raw: string }
  | { type: 'text' | 'comment' | 'cdata' | 'pi' | 'doctype'; raw: string }
  /** Not XML (`<` not starting a tag) or a construct cut off by the end of the input. */
  | { type: 'invalid'; raw: string; atEnd: boolean };

const NAME = /^[\p{L}_:][\p{L}\p{N}_.:\u00B7-]*$/u;

/** The end of a tag or declaration starting at `from`, skipping `>` inside quotes and `[...]`. */
function findTagEnd(text: string, from: number): number {
  let quote = '';
  let brackets = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') brackets++;
    else if (c === ']') brackets = Math.max(0, brackets - 1);
    else if (c === '>' && brackets === 0) return i;
  }
  return -1;
}

export function* tokenizeXml(text: string): Generator<XmlToken> {
  let i = 0;
  const delimited = (type: 'comment' | 'cdata' | 'pi', end: string): XmlToken => {
    const close = text.indexOf(end, i);
    if (close < 0) return { type: 'invalid', raw: text.slice(i), atEnd: true };
    return { type, raw: text.slice(i, close + end.length) };
  };
  while (i < text.length) {
    let token: XmlToken;
    if (text[i] !== '<') {
      const next = text.indexOf('<', i);
      token = { type: 'text', raw: text.slice(i, next < 0 ? text.length : next) };
    } else if (text.startsWith('<!--', i)) token = delimited('comment', '-->');
    else if (text.startsWith('<![CDATA[', i)) token = delimited('cdata', ']]>');
    else if (text.startsWith('<?', i)) token = delimited('pi', '?>');
    else {
      const end = findTagEnd(text, i + 1);
      if (end < 0) token = { type: 'invalid', raw: text.slice(i), atEnd: true };
      else {
        const raw = text.slice(i, end + 1);
        const name = /^<\/?([^\s/>]*)/.exec(raw)?.[1] ?? '';
        if (raw.startsWith('<!')) token = { type: 'doctype', raw };
        else if (!NAME.test(name)) token = { type: 'invalid', raw, atEnd: false };
        else if (raw.startsWith('</')) token = { type: 'close', name, raw };
        else token = { type: 'open', name, raw, selfClosing: raw.endsWith('/>') };
      }
    }
    i += token.raw.length;
    yield token;
  }
}

/** Whitespace between attributes reduced to one space; attribute values kept as written. */
function normalizeTag(raw: string): string {
  let out = '';
  let quote = '';
  for (const c of raw) {
    if (quote) {
      out += c;
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
      out += c;
    } else if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      if (!out.endsWith(' ') && !out.endsWith('=')) out += ' ';
    } else {
      if (c === '=' && out.endsWith(' ')) out = out.slice(0, -1);
      out += c;
    }
  }
  return out.replace(/ (\/?>)$/, '$1');
}

/**
 * The document re-indented (two spaces a level; an element holding only text stays on one line).
 * Malformed XML (unbalanced tags, text outside the root, a stray `<`) comes back unchanged with
 * `wellFormed: false`. `partial`: the input is only the beginning of a document, so elements left
 * open and a construct cut off at the end are not errors.
 */
export function formatXml(source: string, { partial }: { partial: boolean }) {
  const malformed = { text: source, wellFormed: false };
  const tokens = [...tokenizeXml(source.replace(/^\uFEFF/, ''))];
  const lines: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  const emit = (line: string) => lines.push('  '.repeat(stack.length) + line);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as XmlToken;
    switch (token.type) {
      case 'invalid':
        if (!(partial && token.atEnd)) return malformed;
        emit(token.raw.trim());
        break;
      case 'text': {
        const text = token.raw.trim();
        if (!text) break;
        if (stack.length === 0) return malformed;
        emit(text);
        break;
      }
      case 'open': {
        if (stack.length === 0 && roots++ > 0) return malformed;
        const tag = normalizeTag(token.raw);
        if (token.selfClosing) {
          emit(tag);
          break;
        }
        const [next, after] = [tokens[i + 1], tokens[i + 2]];
        if (next?.type === 'close' && next.name === token.name) {
          emit(tag + next.raw);
          i += 1;
        } else if (
          (next?.type === 'text' || next?.type === 'cdata') &&
          after?.type === 'close' &&
          after.name === token.name &&
          !next.raw.includes('\n')
        ) {
          emit(tag + next.raw.trim() + after.raw);
          i += 2;
        } else {
          emit(tag);
          stack.push(token.name);
        }
        break;
      }
      case 'close':
        if (stack.at(-1) !== token.name) return malformed;
        stack.pop();
        emit(token.raw);
        break;
      default:
        emit(token.raw.trim());
    }
  }
  if (roots === 0 || (stack.length > 0 && !partial)) return malformed;
  return { text: lines.join('\n'), wellFormed: true };
}

/** The 5 predefined entities and character references, decoded; any other entity left as written. */
export function decodeXmlText(raw: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (entity, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return named[body] ?? entity;
  });
}

/** The value of attribute `name` in an open tag (decoded), or null. */
export function xmlAttribute(tag: string, name: string): string | null {
  const escaped = name.replace(/[.:-]/g, '\\$&');
  const match = new RegExp(`\\s${escaped}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return match ? decodeXmlText(match[2] ?? match[3] ?? '') : null;
}
