import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';

interface ProgressBarProps {
  /** 0–100. */
  percent: number;
  /** What the bar measures, for screen readers (the visible text shows only the figure). */
  label: string;
  size?: 'large' | 'small';
}

/** A percentage as a bar that fills from the inline start (right in fa), with the figure beside it. */
export function ProgressBar({ percent, label, size = 'large' }: ProgressBarProps) {
  const { t, lang } = useI18n();
  const clamped = Math.min(100, Math.max(0, percent));
  const text = `${formatNumber(lang, clamped)}${t.percentSign}`;
  return (
    <div className={`progress-bar progress-bar-${size}`}>
      <div
        className="progress-bar-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={clamped}
        aria-valuetext={text}
      >
        <div className="progress-bar-fill" style={{ inlineSize: `${clamped}%` }} />
      </div>
      <span className="progress-bar-figure">{text}</span>
    </div>
  );
}
