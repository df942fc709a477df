import type { Messages } from '../i18n/messages.ts';

/** One credit of the map: as text (the PNG export) and as the attribution control's HTML. */
export interface Credit {
  text: string;
  html: string;
}

const osmCopyright = 'https://www.openstreetmap.org/copyright';
const osmServerText = '© OpenStreetMap contributors';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The map's credits in the reader's language. The OpenStreetMap boundaries are under the ODbL, which asks
 * for "© OpenStreetMap contributors" with a link to the copyright page; the OSMF's attribution guidelines
 * accept the credit in the map's own language, so the Persian map reads «© مشارکت‌کنندگان اوپن‌استریت‌مپ»,
 * linked to that page, which names the licence. The census boundaries credit the Statistical Centre of
 * Iran. A credit the server sends that is not one of these (a new boundary set) is shown as it comes.
 */
export function mapCredits(t: Messages, serverCredits: readonly string[]): Credit[] {
  const a = t.access;
  const osm: Credit = {
    text: `© ${a.osmContributors}`,
    html: `<a href="${osmCopyright}" target="_blank" rel="noopener">© ${escapeHtml(a.osmContributors)}</a>`,
  };
  const census: Credit = { text: a.censusSource, html: escapeHtml(a.censusSource) };
  const credits = new Map<string, Credit>();
  for (const credit of serverCredits) {
    if (credit === osmServerText) credits.set('osm', osm);
    else if (credit.includes('Statistical Centre of Iran')) credits.set('census', census);
    else credits.set(credit, { text: credit, html: escapeHtml(credit) });
  }
  if (!credits.has('osm')) credits.set('osm', osm);
  return [...credits.values()];
}
