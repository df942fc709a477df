import { useEffect, useMemo, useRef, useState } from 'react';
import { localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { ProvinceCollection } from '../../provinces/api/provinces.ts';
import type { CountyFeature, CountyProperties } from '../api/counties.ts';

interface MapTableProps {
  /** The counties the map draws (of the scope, when one is chosen). */
  counties: CountyFeature[];
  provinces: ProvinceCollection | undefined;
  /** The map's own hover text of a county: its name, then what colours it (value, change, cluster, rank). */
  describe: (properties: CountyProperties) => string;
  /** What colours the map, for the caption. */
  caption: string;
  onOpen: (county: CountyFeature) => void;
}

/**
 * The map's text alternative: every county drawn with what colours it, as a table in a dialog, for screen
 * readers and keyboards (the canvas is one picture to them), and for anyone who would rather read. The
 * value column is the map's own hover text, so the two can never say different things.
 */
export function MapTable({ counties, provinces, describe, caption, onOpen }: MapTableProps) {
  const { t, lang } = useI18n();
  const a = t.access;
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (open) dialog.current?.showModal();
  }, [open]);
  return (
    <>
      <button
        type="button"
        className="button map-table-toggle"
        data-testid="map-table-toggle"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {a.tableToggle}
      </button>
      {open ? (
        <dialog
          ref={dialog}
          className="map-table-dialog"
          data-testid="map-table"
          aria-labelledby="map-table-caption"
          onClose={() => setOpen(false)}
        >
          <div className="map-table-bar">
            <button type="button" className="button" onClick={() => dialog.current?.close()}>
              {a.tableHide}
            </button>
          </div>
          <Rows
            counties={counties}
            provinces={provinces}
            describe={describe}
            caption={caption}
            onOpen={(county) => {
              dialog.current?.close();
              onOpen(county);
            }}
            lang={lang}
            t={t}
          />
        </dialog>
      ) : null}
    </>
  );
}

function Rows({
  counties,
  provinces,
  describe,
  caption,
  onOpen,
  lang,
  t,
}: MapTableProps & { lang: 'fa' | 'en'; t: ReturnType<typeof useI18n>['t'] }) {
  const rows = useMemo(() => {
    const provinceName = new Map(
      provinces?.features.map((p) => [p.properties.code, localName(lang, p.properties)]),
    );
    return counties
      .map((county) => {
        const [, ...shown] = describe(county.properties).split('\n');
        return {
          county,
          name: localName(lang, county.properties),
          province: provinceName.get(county.properties.province) ?? '',
          shown: shown.join(' · '),
        };
      })
      .sort((x, y) => x.province.localeCompare(y.province, lang) || x.name.localeCompare(y.name, lang));
  }, [counties, provinces, describe, lang]);
  const a = t.access;
  return (
    <table className="map-table" data-testid="map-table-rows">
      <caption id="map-table-caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{a.tableCounty}</th>
          <th scope="col">{a.tableProvince}</th>
          <th scope="col">{a.tableValue}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.county.properties.code} data-code={row.county.properties.code}>
            <th scope="row">
              <button type="button" className="link-button" onClick={() => onOpen(row.county)}>
                {row.name}
              </button>
            </th>
            <td>{row.province}</td>
            <td>{row.shown || t.noValue}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
