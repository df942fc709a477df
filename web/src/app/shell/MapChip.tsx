import { type ReactNode, useId, useState } from 'react';

interface MapChipProps {
  /** The chip's words on a phone (it is hidden on wider screens, where the content is always shown). */
  label: string;
  className: string;
  testId: string;
  children: ReactNode;
}

/**
 * What lies over the map (legends, the period control) folds into a chip on a phone (phone.css), so the
 * small map is not covered until the user asks; a tap opens it, another closes it. On wider screens the
 * chip is hidden and the content shows as it always did.
 */
export function MapChip({ label, className, testId, children }: MapChipProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <div className={`map-chip-host ${className}`} data-open={open ? 'true' : 'false'} data-testid={testId}>
      <button
        type="button"
        className="map-chip"
        aria-expanded={open}
        aria-controls={id}
        data-testid={`${testId}-chip`}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
      </button>
      <div className="map-chip-body" id={id}>
        {children}
      </div>
    </div>
  );
}
