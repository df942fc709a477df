import type { ExportFormat } from '@tavazon/contract';
/** Strings of the open-data page. */
export interface DownloadMessages {
  title: string;
  intro: string;
  licence: string;
  attribution: string;
  date: string;
  rows: (n: string) => string;
  noDate: string;
  formats: Record<ExportFormat, string>;
  download: (what: string, format: string) => string;
  odbl: string;
}

export const downloadsFa: DownloadMessages = {
  title: 'داده‌های باز',
  intro:
    'همهٔ داده‌های عمومی توازن برای بارگیری: شهرستان‌ها با همهٔ شاخص‌ها در هر مرزبندی و دوره، پروژه‌های منتشرشده و پیشنهادهای منتشرشدهٔ مردم. پرونده‌های CSV با کدگذاری یونی‌کد (یو‌تی‌اف-۸) ذخیره شده‌اند و در اکسل هم درست خوانده می‌شوند.',
  licence: 'مجوز',
  attribution: 'منبع و انتساب',
  date: 'تاریخ داده',
  rows: (n) => `${n} ردیف`,
  noDate: 'هنوز داده‌ای نیست',
  formats: { csv: 'CSV', geojson: 'GeoJSON', xlsx: 'XLSX (اکسل)', fgb: 'FlatGeobuf', shp: 'شیپ‌فایل (زیپ)' },
  download: (what, format) => `بارگیری ${what} با قالب ${format}`,
  odbl: 'هندسهٔ برگرفته از اوپن‌استریت‌مپ با مجوز پایگاه دادهٔ باز منتشر شده است؛ استفادهٔ دوباره با ذکر منبع و با همین مجوز آزاد است.',
};

export const downloadsEn: DownloadMessages = {
  title: 'Open data',
  intro:
    "Everything public in Tavazon, to download: the counties with every indicator for each boundary set and period, the published projects and the public's published suggestions. CSV files are UTF-8 and open correctly in Excel.",
  licence: 'Licence',
  attribution: 'Source and attribution',
  date: 'Date of the data',
  rows: (n) => `${n} rows`,
  noDate: 'no data yet',
  formats: {
    csv: 'CSV',
    geojson: 'GeoJSON',
    xlsx: 'XLSX (Excel)',
    fgb: 'FlatGeobuf',
    shp: 'Shapefile (zip)',
  },
  download: (what, format) => `Download ${what} as ${format}`,
  odbl: 'Geometry from OpenStreetMap is published under the Open Database License (ODbL): reuse it with attribution and under the same licence.',
};
