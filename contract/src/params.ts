import { z } from 'zod';
import { coded } from './fieldIssue.ts';

// Query-string and body building blocks shared by the requests, each with a message that says what is
// expected (English, for API clients) and an expectation code the web words in its own language.

export const setCode = coded(
  /^[a-z0-9-]{1,40}$/,
  'boundary_set',
  'must be a boundary set code such as current or census-1395',
);
export const setParam = setCode.default('current');

export const provinceParam = coded(/^IR-[0-9]{2}$/, 'province', 'must be an ISO 3166-2 code such as IR-10');

export const countyParam = coded(/^[A-Za-z0-9-]{1,40}$/, 'county', 'must be a county code');

export const sectorParam = coded(/^[a-z0-9-]{1,40}$/, 'sector', 'must be a sector code such as energy');

/**
 * A number of a query string or path, written in decimal: z.coerce.number alone would also read `0x10`
 * as 16, `0b1`, `1e3`, ` 7 ` and the empty string as 0. Anything else fails as "not a number".
 */
export const decimal = <T extends z.ZodType>(number: T, form: 'whole' | 'real' = 'real') => {
  const pattern = form === 'whole' ? /^[0-9]{1,16}$/ : /^-?[0-9]{1,16}(\.[0-9]{1,20})?$/;
  return z.preprocess(
    (value) => (typeof value === 'string' && !pattern.test(value) ? Number.NaN : value),
    number,
  );
};

export const zoomParam = decimal(
  z.coerce
    .number({ message: 'must be a number from 0 to 22' })
    .min(0, 'must be a number from 0 to 22')
    .max(22, 'must be a number from 0 to 22'),
).default(5);

export const indicatorParam = coded(
  /^[a-z0-9_]{1,60}$/,
  'indicator',
  'must be an indicator code such as unemployment_rate',
);

export const periodParam = coded(/^[0-9]{4}(-[0-9]{2})?$/, 'period', 'must be a period such as 1395');

export const idParam = decimal(
  z.coerce
    .number({ message: 'must be a positive whole number' })
    .int('must be a positive whole number')
    .positive('must be a positive whole number')
    .max(Number.MAX_SAFE_INTEGER, 'must be a positive whole number'),
  'whole',
);

/** `a,b,c` → ['a','b','c'], each checked against `item`. */
export const listParam = <T extends z.ZodType<string, string>>(item: T) =>
  z
    .string()
    .max(500, 'is too long')
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item).min(1, 'must list at least one value'));

/** minLng,minLat,maxLng,maxLat in degrees (WGS 84). */
export const bboxParam = z
  .string()
  .max(200, 'is too long')
  .transform((s) => s.split(',').map(Number))
  .refine((a) => a.length === 4 && a.every(Number.isFinite), 'must be minLng,minLat,maxLng,maxLat')
  .refine(
    ([w, s, e, n]) => w! >= -180 && e! <= 180 && s! >= -90 && n! <= 90 && w! < e! && s! < n!,
    'must be minLng,minLat,maxLng,maxLat within -180..180 and -90..90, min below max',
  )
  .transform((a) => a as [number, number, number, number]);

/** `indicator` and `period` come together or not at all. */
export const indicatorPair = {
  indicator: indicatorParam.optional(),
  period: periodParam.optional(),
};

/** `:id` of a route. */
export const idParamObject = z.object({ id: idParam });

/** `true`/`false` in a query string. */
export const flagParam = (name: string) =>
  z.enum(['true', 'false'], { message: `${name}: must be true or false` }).transform((v) => v === 'true');
