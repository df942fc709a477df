import arabic400 from '@fontsource/vazirmatn/files/vazirmatn-arabic-400-normal.woff2?url';
import arabic500 from '@fontsource/vazirmatn/files/vazirmatn-arabic-500-normal.woff2?url';
import arabic700 from '@fontsource/vazirmatn/files/vazirmatn-arabic-700-normal.woff2?url';
import latin400 from '@fontsource/vazirmatn/files/vazirmatn-latin-400-normal.woff2?url';
import latin500 from '@fontsource/vazirmatn/files/vazirmatn-latin-500-normal.woff2?url';
import latin700 from '@fontsource/vazirmatn/files/vazirmatn-latin-700-normal.woff2?url';

// The subsets' own CSS files declare no unicode-range, so the browser would use one subset for every
// character; the ranges below (those of the subsets) let Persian and Latin text each find their file.
const arabicRange =
  'U+0600-06FF, U+0750-077F, U+0870-088E, U+0890-0891, U+0897-08E1, U+08E3-08FF, U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FE74, U+FE76-FEFC';
const latinRange =
  'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';

/**
 * The map draws its labels locally (no glyph server) with the font named in `text-font`, and MapLibre picks
 * the weight from that name; so the bold map font is a family of its own, next to the UI's `Vazirmatn`.
 */
export const mapFontRegular = 'Vazirmatn';
export const mapFontBold = 'Vazirmatn Bold';

const faces: { family: string; weight: string; arabic: string; latin: string }[] = [
  { family: 'Vazirmatn', weight: '400', arabic: arabic400, latin: latin400 },
  { family: 'Vazirmatn', weight: '500', arabic: arabic500, latin: latin500 },
  { family: 'Vazirmatn', weight: '700', arabic: arabic700, latin: latin700 },
  { family: mapFontBold, weight: '700', arabic: arabic700, latin: latin700 },
];

function register(family: string, weight: string, arabic: string, latin: string): FontFace[] {
  const registered = [
    new FontFace(family, `url(${arabic}) format('woff2')`, {
      weight,
      unicodeRange: arabicRange,
      display: 'swap',
    }),
    new FontFace(family, `url(${latin}) format('woff2')`, {
      weight,
      unicodeRange: latinRange,
      display: 'swap',
    }),
  ];
  for (const face of registered) document.fonts.add(face);
  return registered;
}

let regular: Promise<void> | undefined;
let all: Promise<void> | undefined;

/**
 * Registers the regular weight (the browser then fetches a file only when text needs its script) and waits
 * for it. Only this weight comes first: until the others are registered the browser thickens it for bold
 * text, and their ≈ 75 KB do not compete with the map's first draw on a slow link (`loadAllFonts`).
 */
export function loadFonts(): Promise<void> {
  regular ??= (async () => {
    const [first] = faces;
    if (first) register(first.family, first.weight, first.arabic, first.latin);
    await document.fonts.load(`400 16px "${mapFontRegular}"`, 'ایجرود Ijrud');
  })();
  return regular;
}

/**
 * Registers the other weights and the map's bold family, once the counties have been drawn, and waits for
 * the faces the map's labels use, so that no label is drawn in a fallback font.
 */
export function loadAllFonts(): Promise<void> {
  all ??= (async () => {
    await loadFonts();
    for (const { family, weight, arabic, latin } of faces.slice(1)) register(family, weight, arabic, latin);
    await document.fonts.load(`700 16px "${mapFontBold}"`, 'ایجرود Ijrud');
  })();
  return all;
}
