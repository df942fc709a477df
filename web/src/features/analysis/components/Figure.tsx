import type { ReactNode } from 'react';

/** One headline figure; `data-value` keeps the raw number, since the shown one is localised and rounded. */
export function Figure({
  id,
  label,
  value,
  help,
  raw,
}: {
  id: string;
  label: string;
  value: string;
  help: string;
  raw: number | null;
}) {
  return (
    <div className="figure" data-testid={`figure-${id}`} data-value={raw ?? ''}>
      <dt>{label}</dt>
      <dd className="figure-value" data-testid={`figure-${id}-value`}>
        {value}
      </dd>
      <dd className="figure-help">{help}</dd>
    </div>
  );
}

/** A titled block of the balance tab, shared by the inequality and LISA parts. */
export function Section({ title, children, help }: { title: string; help?: string; children: ReactNode }) {
  return (
    <section className="analysis-section">
      <h3 className="analysis-heading">{title}</h3>
      {help ? <p className="analysis-help">{help}</p> : null}
      {children}
    </section>
  );
}
