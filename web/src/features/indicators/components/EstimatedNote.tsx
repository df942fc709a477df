import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';

/** The legend's line for the dashed outline drawn around counties whose value is an estimate. */
export function EstimatedNote({ count, testId }: { count: number; testId: string }) {
  const { t, lang } = useI18n();
  if (count === 0) return null;
  return (
    <p className="legend-estimated" data-testid={`${testId}-estimated`} data-count={count}>
      <span className="swatch swatch-estimated" aria-hidden="true" />
      <span>
        {t.periods.estimatedOutline} · ≈ <span className="legend-count">{formatNumber(lang, count)}</span>
      </span>
    </p>
  );
}
