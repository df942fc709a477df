import { formatNumber } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import { type ChangeContext, fieldLabel, fieldOrder, formatValue } from '../formatField.ts';

interface ChangeListProps {
  changes: Record<string, { old: unknown; new: unknown }>;
  context: ChangeContext;
}

// A creation (or the loader's first record) lists every field it set, often twenty: folded away beyond
// this many, so one event does not push the rest of the timeline out of the panel.
const foldAfter = 3;

/** The fields one version changed, `old ← new` in fa (`old → new` in en); a first record only `new`. */
export function ChangeList({ changes, context }: ChangeListProps) {
  const { t, lang } = useI18n();
  const all = Object.keys(changes).sort(fieldOrder);
  const initial = all.every((f) => changes[f]?.old === null || changes[f]?.old === undefined);
  // A first record lists what was set; an empty list of agencies was not "set" to anything worth a line.
  const fields = initial ? all.filter((f) => formatValue(f, changes[f]?.new, context) !== t.noValue) : all;
  if (fields.length === 0) return null;
  const list = (
    <dl className="timeline-changes">
      {fields.map((field) => {
        const change = changes[field];
        return (
          <div className="timeline-change" key={field} data-field={field}>
            <dt>{fieldLabel(field, t)}</dt>
            <dd>
              {initial ? null : (
                <>
                  <bdi className="timeline-old">{formatValue(field, change?.old, context)}</bdi>
                  <span className="timeline-arrow">{` ${t.timeline.arrow} `}</span>
                </>
              )}
              <bdi className="timeline-new">{formatValue(field, change?.new, context)}</bdi>
            </dd>
          </div>
        );
      })}
    </dl>
  );
  if (!initial || fields.length <= foldAfter) return list;
  return (
    <details className="timeline-fold">
      <summary>{t.timeline.fieldsSet(formatNumber(lang, fields.length))}</summary>
      {list}
    </details>
  );
}
