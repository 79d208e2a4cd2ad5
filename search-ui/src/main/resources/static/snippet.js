// Search snippets arrive HTML-escaped with <mark>…</mark> as the only markup. They are still treated as
// untrusted: the string is split on exactly those two tags, every other piece has its character references
// decoded into plain text, and the result is built from text nodes and <mark> elements only. Any other tag
// (even a well-formed one) therefore shows as literal text and never reaches the DOM as markup.
// Decoding, rather than escaping a second time, keeps the server's own escaping (Lucene's encoder writes
// non-ASCII letters as numeric references) from showing up as "&#7877;" on screen.

const MARK_TAGS = /(<mark>|<\/mark>)/i;

const NAMED_REFERENCES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeCharacterReferences(text) {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,6});/g, (whole, ref) => {
    if (ref[0] !== '#') return NAMED_REFERENCES[ref.toLowerCase()] ?? whole;
    const hex = ref[1] === 'x' || ref[1] === 'X';
    const codePoint = Number.parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10);
    const isScalar = codePoint > 0 && codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
    return isScalar ? String.fromCodePoint(codePoint) : whole;
  });
}

/** A fragment of text nodes and <mark> elements for one snippet; unbalanced tags are tolerated. */
export function snippetFragment(snippet) {
  const fragment = document.createDocumentFragment();
  let mark = null;
  for (const part of String(snippet ?? '').split(MARK_TAGS)) {
    const tag = part.toLowerCase();
    if (tag === '<mark>') {
      mark ??= fragment.appendChild(document.createElement('mark'));
    } else if (tag === '</mark>') {
      mark = null;
    } else if (part) {
      (mark ?? fragment).append(decodeCharacterReferences(part));
    }
  }
  return fragment;
}
