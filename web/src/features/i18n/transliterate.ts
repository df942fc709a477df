// A name the sources have only in Persian, written in Latin letters for the English UI (localName adds the
// mark). npm has no maintained Persian romaniser: the general Unicode-to-ASCII ones (any-ascii,
// transliteration) carry tables for every script (hundreds of KB in a bundle the slow-link budget counts)
// and follow Arabic usage (و as "w", ق as "q", no vowels), far from how Iranian place names are written
// in English. So this is a small table in the spirit of the BGN/PCGN Persian romanisation, simplified to
// plain ASCII. Persian script leaves short vowels unwritten, so the result is a reading aid, never an
// official name: «مروست» (Marvast) reads "Marust". That is why the UI marks it.

/** Consonants and long vowels that are written the same wherever they stand. */
const letters: Record<string, string> = {
  ا: 'a',
  آ: 'a',
  أ: 'a',
  إ: 'e',
  ب: 'b',
  پ: 'p',
  ت: 't',
  ث: 's',
  ج: 'j',
  چ: 'ch',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'z',
  ر: 'r',
  ز: 'z',
  ژ: 'zh',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'z',
  ط: 't',
  ظ: 'z',
  ع: '',
  غ: 'gh',
  ف: 'f',
  ق: 'gh',
  ک: 'k',
  ك: 'k',
  گ: 'g',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ة: 'e',
  ء: '',
  ئ: 'y',
  ؤ: 'v',
};

const vowelLetters = new Set(['ا', 'آ', 'و', 'ی', 'ي', 'ى']);
const isLetter = (c: string | undefined) => c !== undefined && /[\u0600-\u06FF]/.test(c);

/** و and ی are consonants (v, y) at a word's start or after a long vowel, else vowels (u, i). */
function semiVowel(word: string, i: number, consonant: string, vowel: string): string {
  const before = word[i - 1];
  if (i === 0 || (before !== undefined && vowelLetters.has(before))) return consonant;
  return vowel;
}

function transliterateWord(word: string): string {
  let out = '';
  let start = 0;
  // A word opening with «ای» or «او» opens with the vowel alone: ایجرود Ijrud, اورامان Uraman.
  if (word.startsWith('ای') || word.startsWith('اي')) {
    out = 'i';
    start = 2;
  } else if (word.startsWith('او')) {
    out = 'u';
    start = 2;
  }
  for (let i = start; i < word.length; i++) {
    const c = word[i] ?? '';
    if (c === 'و') out += semiVowel(word, i, 'v', 'u');
    else if (c === 'ی' || c === 'ي' || c === 'ى') out += semiVowel(word, i, 'y', 'i');
    // A final ه after a consonant is the unwritten "e" (خانه, Khaneh): written "eh" as in Iranian names.
    else if (c === 'ه') out += i === word.length - 1 && i > 0 ? 'eh' : 'h';
    else if (c in letters) out += letters[c];
    else if (/[\u064B-\u065F\u0670]/.test(c))
      out += c === '\u064E' ? 'a' : c === '\u0650' ? 'e' : c === '\u064F' ? 'o' : '';
    else if (/[۰-۹]/.test(c)) out += String('۰۱۲۳۴۵۶۷۸۹'.indexOf(c));
    else if (/[٠-٩]/.test(c)) out += String('٠١٢٣٤٥٦٧٨٩'.indexOf(c));
    else if (!isLetter(c)) out += c;
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/**
 * Persian text in Latin letters, word by word, each word capitalised; a half-space (ZWNJ) joins the parts
 * of one word with a hyphen («نجف‌آباد» → "Najf-abad"). Text in other scripts passes through.
 */
export function transliterate(text: string): string {
  return text
    .normalize('NFC')
    .split(/(\s+)/)
    .map((part) =>
      /\s/.test(part)
        ? part
        : part
            .split('\u200C')
            .map((piece, i) => (i === 0 ? transliterateWord(piece) : transliterateWord(piece).toLowerCase()))
            .join('-'),
    )
    .join('');
}
