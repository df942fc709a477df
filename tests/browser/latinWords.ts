/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The functions handed to page.evaluate run in the page: they are typed with the DOM.
import type { Page } from 'playwright-core';

/**
 * Words that must stay in Latin letters, each with its reason:
 * - CSV, GeoJSON, XLSX, PNG, FlatGeobuf: names of file formats, shown on the export buttons as the user's
 *   file manager shows them; they have no Persian names (the Shapefile has one: «شیپ‌فایل»).
 * - English: the language switch names the other language in that language (marked lang="en"), so a
 *   reader of English finds it.
 */
export const allowedLatin = new Set(['CSV', 'GeoJSON', 'XLSX', 'PNG', 'FlatGeobuf', 'English']);

/** Latin-letter words in what the page shows and names, with where each was found. */
export async function latinWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const latin = /[A-Za-z]{2,}/g;
    const seen = (text: string, where: string) => {
      for (const word of text.match(latin) ?? []) found.push(`${word} (${where})`);
    };
    // Names as people typed them (marked translate="no": an organisation's, which another test may have
    // written in Latin letters) are data, not the UI's words.
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is wanted (not hidden nodes).
    let text = document.body.innerText;
    for (const el of document.querySelectorAll<HTMLElement>('[translate="no"]')) {
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, as above.
      text = text.replace(el.innerText, ' ');
    }
    seen(text, 'text');
    for (const el of document.querySelectorAll<HTMLElement>('[aria-label], [title], [placeholder], [alt]')) {
      // Only what is shown: a hidden element's name is not read either.
      if (el.closest('[hidden], [aria-hidden="true"]') || el.getClientRects().length === 0) continue;
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = el.getAttribute(attr);
        if (value) seen(value, `${el.tagName.toLowerCase()}[${attr}]`);
      }
    }
    seen(document.title, 'title');
    return found;
  });
}
