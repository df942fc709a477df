import type { PageMeta } from './pageMeta.ts';

const escapeHtml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/**
 * The app shell with a page's own title, description and Open Graph tags, so that a link pasted into a
 * messenger shows what it points to. Everything inserted is escaped: names come from the database.
 */
export function renderPage(shell: string, meta: PageMeta, url: string | null): string {
  const title = escapeHtml(meta.title);
  const description = escapeHtml(meta.description);
  const tags = [
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${description}" />`,
    '<meta property="og:type" content="website" />',
    '<meta property="og:site_name" content="توازن · Tavazon" />',
    '<meta property="og:locale" content="fa_IR" />',
    '<meta name="twitter:card" content="summary" />',
    ...(url
      ? [
          `<meta property="og:url" content="${escapeHtml(url)}" />`,
          `<link rel="canonical" href="${escapeHtml(url)}" />`,
        ]
      : []),
  ];
  // Replacer functions, not strings: a name holding `$&` must not be read as a replacement pattern.
  return shell
    .replace(/<title>[^<]*<\/title>/, () => `<title>${title}</title>`)
    .replace(
      /<meta name="description" content="[^"]*"\s*\/?>/,
      () => `<meta name="description" content="${description}" />`,
    )
    .replace('</head>', () => `    ${tags.join('\n    ')}\n  </head>`);
}
