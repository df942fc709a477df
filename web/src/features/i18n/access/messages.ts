// Words of the phone layout (folding header, legend and period chips, bottom sheet), of the map's text
// alternative and of the map's credits and scale, in both languages. Wired into fa.ts/en.ts as `access`.

export interface AccessMessages {
  menu: string;
  closeMenu: string;
  /** The chip that opens the legends on a phone. */
  legendChip: string;
  /** The chip that opens the period control on a phone, with the period shown. */
  periodChip: (period: string) => string;
  sheetExpand: string;
  sheetCollapse: string;
  sheetShow: string;
  /** The map's text alternative: a table of the counties with what colours them. */
  tableToggle: string;
  tableHide: string;
  tableCaption: (what: string, scope: string) => string;
  tableNoIndicator: string;
  tableCounty: string;
  tableProvince: string;
  tableValue: string;
  tableClass: string;
  tableProjects: string;
  /** Read after a name the source has only in Persian, transliterated (en only). */
  transliterated: string;
  /** The map's credits. */
  osmContributors: string;
  censusSource: string;
  licenceWord: string;
  /** MapLibre's own words (the scale's units, the zoom buttons, the map's name for screen readers). */
  mapLocale: Record<string, string>;
}

export const accessFa: AccessMessages = {
  menu: 'منو',
  closeMenu: 'بستن منو',
  legendChip: 'راهنمای نقشه',
  periodChip: (period) => `دوره: ${period}`,
  sheetExpand: 'بزرگ‌تر کردن پنل',
  sheetCollapse: 'کوچک کردن پنل',
  sheetShow: 'باز کردن پنل',
  tableToggle: 'جدول نقشه',
  tableHide: 'بستن جدول',
  tableCaption: (what, scope) => `${what} · ${scope}`,
  tableNoIndicator: 'شهرستان‌های روی نقشه (شاخصی برگزیده نشده است)',
  tableCounty: 'شهرستان',
  tableProvince: 'استان',
  tableValue: 'مقدار',
  tableClass: 'طبقه',
  tableProjects: 'پروژه‌ها',
  transliterated: '',
  osmContributors: 'مشارکت‌کنندگان اوپن‌استریت‌مپ',
  censusSource: 'آمار: مرکز آمار ایران',
  licenceWord: 'پروانه',
  mapLocale: {
    'Map.Title': 'نقشه',
    'NavigationControl.ZoomIn': 'بزرگ‌نمایی',
    'NavigationControl.ZoomOut': 'کوچک‌نمایی',
    'NavigationControl.ResetBearing': 'بازگرداندن به شمال',
    'AttributionControl.ToggleAttribution': 'نمایش منابع نقشه',
    'Marker.Title': 'نشانگر',
    'ScaleControl.Meters': 'متر',
    'ScaleControl.Kilometers': 'کیلومتر',
  },
};

export const accessEn: AccessMessages = {
  menu: 'Menu',
  closeMenu: 'Close menu',
  legendChip: 'Map legend',
  periodChip: (period) => `Period: ${period}`,
  sheetExpand: 'Enlarge the panel',
  sheetCollapse: 'Shrink the panel',
  sheetShow: 'Open the panel',
  tableToggle: 'Map as a table',
  tableHide: 'Close the table',
  tableCaption: (what, scope) => `${what} · ${scope}`,
  tableNoIndicator: 'Counties on the map (no indicator chosen)',
  tableCounty: 'County',
  tableProvince: 'Province',
  tableValue: 'Value',
  tableClass: 'Class',
  tableProjects: 'Projects',
  transliterated: 'transliterated from Persian: the source has no English name',
  osmContributors: 'OpenStreetMap contributors',
  censusSource: 'Census: Statistical Centre of Iran',
  licenceWord: 'licence',
  mapLocale: {
    'Map.Title': 'Map',
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
    'NavigationControl.ResetBearing': 'Reset north',
    'AttributionControl.ToggleAttribution': 'Show map credits',
    'Marker.Title': 'Marker',
    'ScaleControl.Meters': 'm',
    'ScaleControl.Kilometers': 'km',
  },
};
