import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { apiErrorText } from '../../i18n/errors/errorText.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { type Band, setBand } from '../api/workspace.ts';

/** The province's band in words; an admin may change it here. */
export function BandLine({ province, band, isAdmin }: { province: string; band: Band; isAdmin: boolean }) {
  const { t, lang } = useI18n();
  const w = t.workspace;
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [min, setMin] = useState(String(band.min));
  const [max, setMax] = useState(String(band.max));
  const [failure, setFailure] = useState<unknown>(null);
  const save = async () => {
    try {
      await setBand(province, Number(min), Number(max));
      setEditing(false);
      setFailure(null);
      for (const key of ['coverage', 'need-gap', 'scenario-figures', 'scenario-comparison'])
        await queryClient.invalidateQueries({ queryKey: [key] });
    } catch (error) {
      setFailure(error);
    }
  };
  return (
    <div className="band-line" data-testid="band-line" data-min={band.min} data-max={band.max}>
      <span>{w.band(formatNumber(lang, band.min), formatNumber(lang, band.max))}</span>
      {isAdmin && !editing ? (
        <button type="button" className="button button-small button-ghost" onClick={() => setEditing(true)}>
          {w.setBand}
        </button>
      ) : null}
      {editing ? (
        <span className="band-editor">
          <label>
            {w.bandMin}{' '}
            <input
              className="input input-number"
              type="number"
              min={0}
              value={min}
              onChange={(e) => setMin(e.target.value)}
            />
          </label>
          <label>
            {w.bandMax}{' '}
            <input
              className="input input-number"
              type="number"
              min={0}
              value={max}
              onChange={(e) => setMax(e.target.value)}
            />
          </label>
          <button type="button" className="button button-small button-primary" onClick={() => void save()}>
            {w.saveBand}
          </button>
          {failure ? (
            <span className="field-error">{apiErrorText(lang, failure, t.networkError)}</span>
          ) : null}
        </span>
      ) : null}
    </div>
  );
}
