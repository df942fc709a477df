import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { cssColour } from '../../indicators/classify/palette.ts';
import type { ProjectStatus } from '../api/types.ts';
import { statusColour } from '../layers/statusColours.ts';

export function StatusBadge({ status }: { status: ProjectStatus }) {
  const { t } = useI18n();
  return (
    <span className="status-badge" data-status={status}>
      <span
        className="status-dot"
        style={{ background: cssColour(statusColour(status)) }}
        aria-hidden="true"
      />
      {t.statuses[status] ?? status}
    </span>
  );
}
