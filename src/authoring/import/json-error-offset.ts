/**
 * Where JSON text stops being JSON, as a UTF-16 offset: found by reading it again, because
 * JSON.parse names the position only for some errors (Node 20's "Unexpected token" says none).
 * Only called on text JSON.parse has refused; `undefined` when no fault is found.
 */

const WS = new Set([' ', '\t', '\n', '\r']);

/** The offset of the first character that cannot stand where it is (the text's length when it ends too early). */
export function jsonFaultOffset(text: string): number | undefined {
  let i = 0;
  const skip = () => {
    while (i < text.length && WS.has(text[i]!)) i++;
  };
  class Fault {
    constructor(readonly at: number) {}
  }
  const fail = (at = i): never => {
    throw new Fault(Math.min(at, text.length));
  };
  const literal = (word: string) => {
    for (let k = 0; k < word.length; k++) if (text[i + k] !== word[k]) fail(i + k);
    i += word.length;
  };
  const string = () => {
    i++; // the opening quote
    for (;;) {
      if (i >= text.length) fail();
      const c = text[i]!;
      if (c === '"') return void i++;
      if (c.charCodeAt(0) < 0x20) fail();
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail(i + 2);
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail(i + 1);
      } else i++;
    }
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
  };
  const value = (): void => {
    skip();
    const c = text[i];
    if (c === undefined) fail();
    if (c === '{') return container('}', true);
    if (c === '[') return container(']', false);
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c! >= '0' && c! <= '9')) return number();
    fail();
  };
  const container = (close: string, object: boolean) => {
    i++;
    skip();
    if (text[i] === close) return void i++;
    for (;;) {
      if (object) {
        skip();
        if (text[i] !== '"') fail();
        string();
        skip();
        if (text[i] !== ':') fail();
        i++;
      }
      value();
      skip();
      if (text[i] === ',') i++;
      else if (text[i] === close) return void i++;
      else fail();
    }
  };
  try {
    value();
    skip();
    return i < text.length ? i : undefined;
  } catch (e) {
    if (e instanceof Fault) return e.at;
    throw e;
  }
}
