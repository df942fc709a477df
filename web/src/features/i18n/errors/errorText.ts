import { isErrorCode } from '@tavazon/contract';
import { ApiError } from '../../../shared/api/fetchJson.ts';
import type { Lang } from '../messages.ts';
import { errorsEn } from './en.ts';
import { errorsFa } from './fa.ts';
import { type ErrorWords, type Wording, wording } from './wording.ts';

const catalogues: Record<Lang, ErrorWords> = { fa: errorsFa, en: errorsEn };

/**
 * A code of the contract's catalogue with its params, in the reader's language; null for a code this
 * build does not know (a newer server), so the caller can show the server's English instead.
 */
export function errorText(lang: Lang, code: string | undefined, params: Record<string, unknown> = {}) {
  if (!isErrorCode(code)) return null;
  const words = catalogues[lang][code] as (p: Record<string, unknown>, w: Wording) => string;
  try {
    return words(params, wording(lang));
  } catch {
    // Params of another shape than this build expects: the server's own words are the better answer.
    return null;
  }
}

/**
 * What to tell the reader about a failed request: the worded code of an API refusal (naming the field of
 * a field rule, as nothing else on screen may), `networkError` when no API answered.
 */
export function apiErrorText(lang: Lang, error: unknown, networkError: string): string {
  if (error instanceof ApiError) {
    if (!error.fromApi) return networkError;
    const text = errorText(lang, error.code, error.params);
    if (text === null) return error.message;
    return error.code === 'field.invalid' && error.field
      ? `${wording(lang).code(error.field)}: ${text}`
      : text;
  }
  return error instanceof Error ? error.message : String(error);
}
