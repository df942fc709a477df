import { useI18n } from '../../i18n/LanguageProvider.tsx';

// The columns the server demands (server/src/imports/importColumns.ts, requiredColumns).
const required = ['title_fa', 'sector', 'status', 'lat', 'lng'];

/** What a file must hold, said before the upload so the first preview is not the first explanation. */
export function ImportHelp() {
  const { t } = useI18n();
  const m = t.imports;
  return (
    <div className="import-help">
      <p>{m.intro}</p>
      <p>
        {m.requiredColumns}{' '}
        <span className="import-columns">
          {required.map((c) => (
            <code key={c} dir="ltr">
              {c}
            </code>
          ))}
        </span>
      </p>
      <p>{m.digitsAndDates}</p>
      <p className="muted">{m.allOrNothing}</p>
    </div>
  );
}
