import { type Download, type ExportFormat, exportFormats, tableFormats } from '@tavazon/contract';
import type { Sql } from '@tavazon/data';
import { projectVisible } from '../queries/projectFeatures.ts';

const toPersianDigits = (s: string) => s.replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);

// The projects' export also writes the GIS formats; the tables (counties, suggestions) are CSV, GeoJSON, XLSX.
const files = (path: string, query: Record<string, string>, formats: readonly ExportFormat[]) =>
  formats.map((format) => ({
    format,
    url: `${path}?${new URLSearchParams({ ...query, format }).toString()}`,
  }));

// Each source in both languages: the Persian page shows no English words (the licence's name included).
const census = {
  what_fa: 'ارقام سرشماری',
  what_en: 'census figures',
  attribution_fa: 'مرکز آمار ایران، سرشماری عمومی نفوس و مسکن',
  attribution_en: 'Statistical Centre of Iran, general population and housing census',
};
const osm = {
  licence_fa: 'مجوز پایگاه دادهٔ باز، نسخهٔ ۱٫۰',
  licence_en: 'Open Database License (ODbL 1.0)',
  attribution_fa: '© مشارکت‌کنندگان اوپن‌استریت‌مپ',
  attribution_en: '© OpenStreetMap contributors',
};
const censusLicence = {
  licence_fa: 'آمار رسمی منتشرشده برای استفادهٔ همگانی (بی مجوز صریح)',
  licence_en: 'Official statistics published for public use (no explicit licence)',
};

/** A boundary set's own licence and attribution (the database holds them in English). */
const boundarySource = (licence: string, attribution: string) =>
  /ODbL/i.test(licence)
    ? { what_fa: 'مرزها', what_en: 'boundaries', ...osm }
    : {
        what_fa: 'مرزها',
        what_en: 'boundaries',
        ...censusLicence,
        attribution_fa: census.attribution_fa,
        attribution_en: attribution,
      };

/**
 * What the open-data page offers: the counties of every boundary set with every indicator of each
 * period, the published projects and the published suggestions, each in CSV, GeoJSON and XLSX, with
 * every licence and attribution that applies and the date the data was loaded or last changed.
 */
export async function downloadCatalogue(sql: Sql): Promise<Download[]> {
  const tables = await sql<
    {
      set: string;
      set_fa: string;
      set_en: string;
      licence: string;
      attribution: string;
      loaded_at: Date;
      period: string;
      counties: number;
      census: boolean;
      own: { source: string | null; licence: string | null }[];
    }[]
  >`
    WITH periods AS (
      SELECT u.boundary_set AS set, v.period,
             bool_or(i.kind = 'census') AS census,
             coalesce(json_agg(DISTINCT jsonb_build_object('source', i.source, 'licence', i.licence))
                        FILTER (WHERE i.kind = 'user'), '[]') AS own
      FROM indicator_value v
      JOIN admin_unit u ON u.id = v.admin_unit_id
      JOIN indicator i ON i.code = v.indicator
      GROUP BY u.boundary_set, v.period
    )
    SELECT b.code AS set, b.name_fa AS set_fa, b.name_en AS set_en, b.licence, b.attribution, b.loaded_at,
           p.period, p.census, p.own,
           (SELECT count(*)::int FROM admin_unit u WHERE u.boundary_set = b.code AND u.level = 'county') AS counties
    FROM periods p JOIN boundary_set b ON b.code = p.set
    ORDER BY b.code = 'current' DESC, b.code, p.period DESC`;
  const countyDownloads: Download[] = tables.map((t) => ({
    kind: 'counties',
    set: t.set,
    period: t.period,
    title_fa: `شهرستان‌ها با همهٔ شاخص‌های دورهٔ ${toPersianDigits(t.period)}، ${t.set_fa}`,
    title_en: `Counties with every indicator of ${t.period}, ${t.set_en}`,
    files: files('/api/downloads/counties', { set: t.set, period: t.period }, tableFormats),
    sources: [
      boundarySource(t.licence, t.attribution),
      ...(t.census ? [{ ...census, ...censusLicence }] : []),
      // Planners type their indicators' source and licence in one language: shown as typed in both.
      ...t.own.map((o) => ({
        what_fa: 'شاخص‌های برنامه‌ریزان',
        what_en: "planners' own indicators",
        licence_fa: o.licence ?? '—',
        licence_en: o.licence ?? '—',
        attribution_fa: o.source ?? '—',
        attribution_en: o.source ?? '—',
      })),
    ],
    date: new Date(t.loaded_at).toISOString(),
    rows: t.counties,
  }));

  const [projects] = await sql<{ n: number; date: Date | null }[]>`
    SELECT count(*)::int AS n, max(p.updated_at) AS date
    FROM project p WHERE ${projectVisible(sql, {}, { internal: false })}`;
  const [published] = await sql<{ n: number; date: Date | null }[]>`
    SELECT count(*)::int AS n, max(updated_at) AS date FROM suggestion WHERE status = 'published'`;
  const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);

  return [
    ...countyDownloads,
    {
      kind: 'projects',
      set: null,
      period: null,
      title_fa: 'پروژه‌های پیشرانِ منتشرشده',
      title_en: 'Published driver projects',
      files: files('/api/projects/export', {}, exportFormats),
      sources: [
        {
          what_fa: 'پروژه‌ها',
          what_en: 'projects',
          licence_fa: 'اسناد عمومی برنامه‌ریزی (هر پروژه سند منبع خود را نام می‌برد)',
          licence_en: 'Public planning documents (each project names its source document)',
          attribution_fa: 'دفتر پروژه‌های توازن؛ اسناد برنامه‌ریزی استان‌ها',
          attribution_en: 'Tavazon registry; provincial planning documents',
        },
        { what_fa: 'شهرستانِ هر پروژه', what_en: "each project's county", ...osm },
      ],
      date: iso(projects?.date),
      rows: projects?.n ?? 0,
    },
    {
      kind: 'suggestions',
      set: null,
      period: null,
      title_fa: 'پیشنهادهای منتشرشدهٔ مردم',
      title_en: "Visitors' published suggestions",
      files: files('/api/suggestions/export', {}, tableFormats),
      sources: [
        {
          what_fa: 'پیشنهادها',
          what_en: 'suggestions',
          licence_fa: 'با رضایت فرستندگان منتشر شده؛ استفادهٔ دوباره با ذکر منبع آزاد است',
          licence_en: 'Published with the senders’ consent; free to reuse with attribution',
          attribution_fa: 'مردمِ بازدیدکنندهٔ توازن (نام فقط به خواست خودشان)',
          attribution_en: 'Tavazon visitors (named only where they chose to be)',
        },
      ],
      date: iso(published?.date),
      rows: published?.n ?? 0,
    },
  ];
}
