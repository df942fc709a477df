import '../workspace.css';
import { useEffect, useMemo } from 'react';
import { ErrorNotice } from '../../../shared/components/ErrorNotice.tsx';
import { canEditProvince, type SessionUser } from '../../auth/api/session.ts';
import { formatNumber, localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { Indicator } from '../../indicators/api/indicators.ts';
import type { MapOverlay } from '../../map/mapOverlay.ts';
import type { Sector } from '../../meta/api/meta.ts';
import type { ProvinceCollection } from '../../provinces/api/provinces.ts';
import { workspaceColouring } from '../layers/workspaceColouring.ts';
import { useWorkspace } from '../useWorkspace.ts';
import { type WorkspaceState, workspaceMaps } from '../workspaceState.ts';
import { BandLine } from './BandLine.tsx';
import { GapScatter } from './GapScatter.tsx';
import { GapTable } from './GapTable.tsx';
import { NeedForm } from './NeedForm.tsx';
import { ScenarioEditor } from './ScenarioEditor.tsx';
import { ScenarioList } from './ScenarioList.tsx';
import { WorkspaceLegend } from './WorkspaceLegend.tsx';

interface WorkspacePanelProps {
  state: WorkspaceState;
  onState: (patch: Partial<WorkspaceState>) => void;
  user: SessionUser | null;
  indicators: Indicator[];
  provinces: ProvinceCollection | undefined;
  sectors: Sector[];
  scopeName: string;
  /** Colours the main map (and gives its legend) while the workspace is shown. */
  onMapOverlay: (overlay: MapOverlay | null) => void;
}

/**
 * The officials' workspace: a need score from chosen criteria, set against each county's driver projects
 * and the band (gap map, ranked table with rank ranges, scatter), and the scenarios of new projects.
 */
export function WorkspacePanel(props: WorkspacePanelProps) {
  const { state, onState, user } = props;
  const { t, lang } = useI18n();
  const w = t.workspace;
  const { gap, stability, coverage, topK } = useWorkspace(state, user !== null, 1404);
  const stabilityByCode = useMemo(
    () => (stability.data ? new Map(stability.data.units.map((u) => [u.code, u])) : undefined),
    [stability.data],
  );

  const { onMapOverlay } = props;
  const colouring = useMemo(
    () => workspaceColouring(state.map, gap.data, coverage.data, stability.data),
    [state.map, gap.data, coverage.data, stability.data],
  );
  const gapByCode = useMemo(() => new Map((gap.data?.units ?? []).map((u) => [u.code, u])), [gap.data]);
  useEffect(() => {
    onMapOverlay({
      ...colouring,
      hoverLinked: true,
      legend: (
        <WorkspaceLegend
          map={state.map}
          gap={gap.data}
          coverage={coverage.data}
          stability={stability.data}
          scopeName={props.scopeName}
        />
      ),
      describeCounty: (p) => {
        const u = gapByCode.get(p.code);
        if (!u) return localName(lang, p);
        return `${localName(lang, p)}\n${w.columns.rank}: ${formatNumber(lang, u.rank)} · ${w.positions[u.coverageClass]} (${formatNumber(lang, u.coverage.active)})`;
      },
    });
  }, [
    onMapOverlay,
    colouring,
    state.map,
    gap.data,
    coverage.data,
    stability.data,
    props.scopeName,
    gapByCode,
    lang,
    w,
  ]);

  if (!user)
    return (
      <p className="analysis-help" data-testid="workspace-sign-in">
        {w.signInNeeded}
      </p>
    );
  const band = coverage.data?.counties[0]?.band;
  const canDraft = state.province !== null && canEditProvince(user, state.province);
  return (
    <div className="workspace-panel" data-testid="workspace-panel">
      <h2 className="analysis-title">{w.title}</h2>
      <p className="analysis-help">{w.intro}</p>
      <NeedForm state={state} onState={onState} indicators={props.indicators} provinces={props.provinces} />
      {state.province && band ? (
        <BandLine province={state.province} band={band} isAdmin={user.role === 'admin'} />
      ) : null}
      <fieldset className="segmented map-modes">
        <legend className="field-label">{w.mapMode}</legend>
        {workspaceMaps.map((m) => (
          <button
            key={m}
            type="button"
            aria-pressed={state.map === m}
            className={`tab ${state.map === m ? 'tab-active' : ''}`}
            data-testid={`workspace-map-${m}`}
            onClick={() => onState({ map: m })}
          >
            {w.maps[m]}
          </button>
        ))}
      </fieldset>
      {gap.error ? <ErrorNotice what={w.bivariateTitle} error={gap.error} onRetry={gap.refetch} /> : null}
      {stability.error ? (
        <ErrorNotice what={w.stabilityTitle} error={stability.error} onRetry={stability.refetch} />
      ) : null}
      {gap.data ? (
        <>
          <p className="analysis-help" data-testid="need-weights">
            {w.weightsUsed}:{' '}
            {Object.entries(gap.data.weights)
              .map(([code, weight]) => {
                const named = props.indicators.find((i) => i.code === code);
                return `${named ? localName(lang, named) : code} ${formatNumber(lang, weight, 3)}`;
              })
              .join(t.listSeparator)}
          </p>
          <GapTable gap={gap.data} stability={stabilityByCode} indicators={props.indicators} topK={topK} />
          <GapScatter gap={gap.data} />
        </>
      ) : gap.isFetching ? (
        <p className="muted">{w.computing}</p>
      ) : null}
      <ScenarioList state={state} onState={onState} canDraft={canDraft} />
      {state.scenario !== null && state.province ? (
        <ScenarioEditor
          key={state.scenario}
          id={state.scenario}
          state={state}
          onState={onState}
          gap={gap.data}
          sectors={props.sectors}
        />
      ) : null}
    </div>
  );
}
