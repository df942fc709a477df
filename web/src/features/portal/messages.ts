/** Strings of the public portal's pages: links, the province page, a county's coverage, the page links. */
export interface PortalMessages {
  copyLink: string;
  copied: string;
  copyFailed: string;
  province: string;
  counties: (n: string) => string;
  coverage: string;
  coverageNone: string;
  publishedSuggestions: (n: string) => string;
  openData: string;
  moderation: string;
  pages: string;
  /** A county's active published driver projects against its province's band, in words. */
  coverageBand: (active: string, min: string, max: string, position: 'below' | 'within' | 'above') => string;
}

export const portalFa: PortalMessages = {
  copyLink: 'رونوشت پیوند این صفحه',
  copied: 'پیوند رونوشت شد.',
  copyFailed: 'رونوشت نشد؛ پیوند را از نوار نشانی بردارید.',
  province: 'استان',
  counties: (n) => `${n} شهرستان`,
  coverage: 'پروژه‌های پیشران بر پایهٔ وضعیت',
  coverageNone: 'پروژهٔ منتشرشده‌ای ندارد.',
  publishedSuggestions: (n) => `${n} پیشنهاد منتشرشده`,
  openData: 'داده‌های باز',
  moderation: 'بررسی پیشنهادها',
  pages: 'صفحه‌های دیگر',
  coverageBand: (active, min, max, position) =>
    `${active} پروژهٔ پیشرانِ فعالِ منتشرشده: ${
      { below: 'کمتر از', within: 'در', above: 'بیشتر از' }[position]
    } بازهٔ ${min} تا ${max} پروژه که استان برای هر شهرستان هدف گرفته است.`,
};

export const portalEn: PortalMessages = {
  copyLink: 'Copy the link to this page',
  copied: 'Link copied.',
  copyFailed: 'Could not copy; take the link from the address bar.',
  province: 'Province',
  counties: (n) => `${n} counties`,
  coverage: 'Driver projects by status',
  coverageNone: 'No published project.',
  publishedSuggestions: (n) => `${n} published suggestions`,
  openData: 'Open data',
  moderation: 'Suggestions to moderate',
  pages: 'Other pages',
  coverageBand: (active, min, max, position) =>
    `${active} active published driver ${active === '1' ? 'project' : 'projects'}: ${
      { below: 'below', within: 'within', above: 'above' }[position]
    } the province's band of ${min} to ${max} projects a county.`,
};
