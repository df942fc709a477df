import type { ReactNode } from 'react';
import { formatDate, formatNumber, formatSolarHijriText, localName } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import type { Sector } from '../../meta/api/meta.ts';
import type { ProjectFeature } from '../api/types.ts';
import { sectorName } from '../sectorName.ts';
import { sourceDocumentTitle, sourceStatusText } from '../sourceTerms.ts';
import { ProjectTimeline } from '../timeline/ProjectTimeline.tsx';
import { StatusBadge } from './StatusBadge.tsx';

interface ProjectDetailsProps {
  project: ProjectFeature;
  sectors: Sector[];
  /** The signed-in user may edit this project (admin, or planner of its province). */
  canEdit: boolean;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="detail-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function ProjectDetails({ project, sectors, canEdit }: ProjectDetailsProps) {
  const { t, lang } = useI18n();
  const p = project.properties;
  const approximate = p.location_precision === 'county' || p.location_precision === 'province';
  const number = (v: number | string, decimals = 0) => formatNumber(lang, Number(v), decimals);
  const title = lang === 'en' && p.title_en ? p.title_en : p.title_fa;
  return (
    <article className="project-details" data-testid="project-details">
      <h3 className="project-details-title">{title}</h3>
      {lang === 'en' && p.title_en ? (
        <p className="muted" lang="fa">
          {p.title_fa}
        </p>
      ) : null}
      {p.description ? <p>{p.description}</p> : null}
      <dl className="detail-list">
        <Row label={t.status}>
          <StatusBadge status={p.status} />
          {p.source_status && p.source_status !== p.status ? (
            <span className="muted"> ({sourceStatusText(t, p.source_status)})</span>
          ) : null}
        </Row>
        <Row label={t.sector}>{sectorName(lang, sectors, p.sector)}</Row>
        <Row label={t.county}>
          {localName(lang, { name_fa: p.county_name_fa, name_en: p.county_name_en })}
        </Row>
        <Row label={t.locationPrecision}>
          <span data-testid="project-precision">{t.precisions[p.location_precision]}</span>
          {approximate ? <p className="note">{t.approximateNote}</p> : null}
        </Row>
        {p.progress !== null ? <Row label={t.progress}>{`${number(p.progress)}${t.percentSign}`}</Row> : null}
        {p.executing_agency ? (
          <Row label={t.executingAgency}>
            <bdi>{p.executing_agency}</bdi>
          </Row>
        ) : null}
        {p.supporting_agencies.length > 0 ? (
          <Row label={t.supportingAgencies}>{p.supporting_agencies.join(t.listSeparator)}</Row>
        ) : null}
        {p.investment !== null && p.investment !== undefined ? (
          <Row label={t.investment}>
            {number(p.investment, 0)}{' '}
            {p.investment_unit ? (t.investmentUnits[p.investment_unit] ?? p.investment_unit) : ''}
          </Row>
        ) : null}
        {p.private_share !== null && p.private_share !== undefined ? (
          <Row label={t.privateShare}>{`${number(p.private_share)}${t.percentSign}`}</Row>
        ) : null}
        {p.expected_jobs !== null && p.expected_jobs !== undefined ? (
          <Row label={t.expectedJobs}>{number(p.expected_jobs)}</Row>
        ) : null}
        {p.start_date ? <Row label={t.startDate}>{formatDate(lang, p.start_date)}</Row> : null}
        {p.end_date ? <Row label={t.endDate}>{formatDate(lang, p.end_date)}</Row> : null}
        <Row label={t.sourceDocument}>
          {p.source_document ? <bdi>{sourceDocumentTitle(lang, p.source_document)}</bdi> : t.noValue}
        </Row>
        <Row label={t.sourceDate}>
          {p.source_date ? formatSolarHijriText(lang, p.source_date, t.solarHijri) : t.noValue}
        </Row>
        <Row label={t.updatedAt}>{formatDate(lang, p.updated_at)}</Row>
      </dl>
      <ProjectTimeline project={project} canEdit={canEdit} />
    </article>
  );
}
