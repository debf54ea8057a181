/**
 * Which words of a text changed: the longest common sequence of words (and the spaces between
 * them) of the old and the new text, so a changed paragraph shows the three words that differ,
 * not two whole paragraphs. Texts of more than `MAX_WORDS` words each are compared as a whole
 * (the table would take too long and the result would not help).
 */
export interface DiffPart {
  text: string;
  /** `same` in both, `del` only in the old text, `ins` only in the new one. */
  op: 'same' | 'del' | 'ins';
}

const MAX_WORDS = 2000;

/** Words and the whitespace after them, as they were written (joined, they give the text back). */
const words = (text: string): string[] => text.match(/\s+|[^\s]+/g) ?? [];

export function wordDiff(before: string, after: string): DiffPart[] {
  const a = words(before);
  const b = words(after);
  if (a.length > MAX_WORDS || b.length > MAX_WORDS) return merge([{ text: before, op: 'del' }, { text: after, op: 'ins' }]);
  // Common prefix and suffix first: most edits touch a few words in the middle.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const x = a.slice(start, a.length - end);
  const y = b.slice(start, b.length - end);
  // lcs[i][j]: the longest common sequence of x[i…] and y[j…].
  const lcs = Array.from({ length: x.length + 1 }, () => new Uint16Array(y.length + 1));
  for (let i = x.length - 1; i >= 0; i--) for (let j = y.length - 1; j >= 0; j--) lcs[i]![j] = x[i] === y[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: DiffPart[] = a.slice(0, start).map((text) => ({ text, op: 'same' as const }));
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      out.push({ text: x[i++]!, op: 'same' });
      j++;
    } else if (j < y.length && (i === x.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) out.push({ text: y[j++]!, op: 'ins' });
    else out.push({ text: x[i++]!, op: 'del' });
  }
  for (const text of a.slice(a.length - end)) out.push({ text, op: 'same' });
  return merge(out);
}

/** Neighbouring parts of one kind as one; a space alone between two changes joins them. */
function merge(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const p of parts) {
    if (!p.text) continue;
    const last = out.at(-1);
    if (last?.op === p.op) last.text += p.text;
    else out.push({ ...p });
  }
  return out;
}
