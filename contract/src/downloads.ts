import { z } from 'zod';
import { exportFormats, tableFormats } from './enums.ts';
import { periodParam, setParam } from './params.ts';

// The open-data page: what can be downloaded, in which formats, under which licence, and of when.

export const countyTableQuery = z.object({
  format: z.enum(tableFormats, { message: 'must be csv, geojson or xlsx' }),
  set: setParam,
  period: periodParam,
});

export const downloadKinds = ['counties', 'projects', 'suggestions'] as const;
export type DownloadKind = (typeof downloadKinds)[number];

export const download = z.object({
  kind: z.enum(downloadKinds),
  /** The boundary set and period of a county table; null for the others. */
  set: z.string().nullable(),
  period: z.string().nullable(),
  title_fa: z.string(),
  title_en: z.string(),
  /** One URL per format, relative to the server. */
  files: z.array(z.object({ format: z.enum(exportFormats), url: z.string() })),
  /** Every licence and attribution that applies (geometry, figures, the registry's sources). */
  sources: z.array(
    z.object({
      what_fa: z.string(),
      what_en: z.string(),
      licence_fa: z.string(),
      licence_en: z.string(),
      attribution_fa: z.string(),
      attribution_en: z.string(),
    }),
  ),
  /** When the data was last loaded or changed (ISO 8601); null when there is none yet. */
  date: z.string().nullable(),
  /** Rows (counties, projects, suggestions) in the file. */
  rows: z.number(),
});
export type Download = z.infer<typeof download>;
export const downloadCatalogue = z.object({ downloads: z.array(download) });
export type DownloadCatalogue = z.infer<typeof downloadCatalogue>;
