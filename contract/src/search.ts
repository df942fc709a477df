import { z } from 'zod';
import { decimal } from './params.ts';

// The portal's one search box (`GET /api/search?q=`): provinces, counties of every boundary set and
// projects, matched by their Persian or English names in the database's normalised form (search_key).

export const searchKinds = ['province', 'county', 'project'] as const;
export type SearchKind = (typeof searchKinds)[number];

/** How a result matched: the whole name, its start, inside it, or a similar spelling (a typo). */
export const searchMatches = ['exact', 'prefix', 'contains', 'similar'] as const;
export type SearchMatch = (typeof searchMatches)[number];

export const searchLimits = { query: 100, defaultResults: 10, maxResults: 50 } as const;

export const searchQuery = z.object({
  q: z
    .string({ message: 'must be the text to search for' })
    .trim()
    .min(1, 'must be the text to search for')
    .max(searchLimits.query, `must be at most ${searchLimits.query} characters`),
  limit: decimal(
    z.coerce
      .number({ message: `must be a number from 1 to ${searchLimits.maxResults}` })
      .int(`must be a number from 1 to ${searchLimits.maxResults}`)
      .min(1, `must be a number from 1 to ${searchLimits.maxResults}`)
      .max(searchLimits.maxResults, `must be a number from 1 to ${searchLimits.maxResults}`),
    'whole',
  ).default(searchLimits.defaultResults),
});

const named = { name_fa: z.string(), name_en: z.string().nullable() };

export const searchResult = z.object({
  kind: z.enum(searchKinds),
  /** The boundary set of a province or county; null for a project (recorded on the current set). */
  set: z.string().nullable(),
  /** A province's or county's code; null for a project. */
  code: z.string().nullable(),
  /** A project's id; null otherwise. */
  id: z.number().nullable(),
  ...named,
  /** The province a county or project lies in (null for a province). */
  province: z.object({ code: z.string(), ...named }).nullable(),
  /** The county of a project (null otherwise). */
  county: z.object({ code: z.string(), ...named }).nullable(),
  /** The page of the result in the web app. */
  path: z.string(),
  /** [minLng, minLat, maxLng, maxLat]: where the map goes when the result is opened. */
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  match: z.enum(searchMatches),
  /** Trigram similarity of the best-matching name, 0–1. */
  score: z.number(),
});
export type SearchResult = z.infer<typeof searchResult>;

export const searchAnswer = z.object({
  q: z.string(),
  results: z.array(searchResult),
});
export type SearchAnswer = z.infer<typeof searchAnswer>;

/** One province (`GET /api/provinces/:code`): its counties, public projects by status, published suggestions. */
export const provinceDetail = z.object({
  code: z.string(),
  name_fa: z.string(),
  name_en: z.string().nullable(),
  set: z.string(),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  counties: z.array(z.object({ code: z.string(), ...named })),
  projects: z.record(z.string(), z.number()),
  suggestions: z.number(),
});
export type ProvinceDetail = z.infer<typeof provinceDetail>;
