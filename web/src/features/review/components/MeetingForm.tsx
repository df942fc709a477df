import type { CreateDecisionInput } from '@tavazon/contract';
import { type FormEvent, useState } from 'react';
import { ErrorNotice } from '../../../shared/components/ErrorNotice.tsx';
import { useI18n } from '../../i18n/LanguageProvider.tsx';
import {
  OrganisationMultiSelect,
  OrganisationSelect,
} from '../../organisations/components/OrganisationPicker.tsx';
import { createMeeting } from '../api/review.ts';
import { reviewMessages } from '../messages.ts';
import { typedSolar } from '../solarText.ts';
import { type Option, OptionMultiSelect } from './OptionMultiSelect.tsx';

interface DecisionDraft {
  key: number;
  number: string;
  text: string;
  executing: number | null;
  supporting: number[];
  deadline: string;
  projects: number[];
}

interface Props {
  province: string;
  projects: Option<number>[];
  counties: Option<string>[];
  onSaved: (meetingId: number) => void;
  onCancel: () => void;
}

let nextKey = 1;
const emptyDecision = (n: number): DecisionDraft => ({
  key: nextKey++,
  number: String(n),
  text: '',
  executing: null,
  supporting: [],
  deadline: '',
  projects: [],
});

/** A meeting as the minutes record it: day, body, who came, the agenda, and numbered decisions. */
export function MeetingForm({ province, projects, counties, onSaved, onCancel }: Props) {
  const { lang } = useI18n();
  const m = reviewMessages[lang];
  const [heldOn, setHeldOn] = useState('');
  const [body, setBody] = useState('');
  const [title, setTitle] = useState('');
  const [present, setPresent] = useState<number[]>([]);
  const [absent, setAbsent] = useState<number[]>([]);
  const [agendaProjects, setAgendaProjects] = useState<number[]>([]);
  const [agendaCounties, setAgendaCounties] = useState<string[]>([]);
  const [decisions, setDecisions] = useState<DecisionDraft[]>([emptyDecision(1)]);
  const [error, setError] = useState<unknown>(null);
  const [missingExecuting, setMissingExecuting] = useState(false);
  const [busy, setBusy] = useState(false);

  const patch = (key: number, change: Partial<DecisionDraft>) =>
    setDecisions((all) => all.map((d) => (d.key === key ? { ...d, ...change } : d)));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (decisions.some((d) => d.executing === null)) {
      setMissingExecuting(true);
      return;
    }
    setMissingExecuting(false);
    setBusy(true);
    setError(null);
    try {
      const saved = await createMeeting({
        province,
        held_on: typedSolar(heldOn),
        body: body.trim(),
        title: title.trim() || null,
        present_org_ids: present,
        absent_org_ids: absent,
        agenda_project_ids: agendaProjects,
        agenda_counties: agendaCounties,
        decisions: decisions.map(
          (d): CreateDecisionInput => ({
            number: Number(typedSolar(d.number)),
            text: d.text.trim(),
            executing_org_id: d.executing as number,
            supporting_org_ids: d.supporting,
            deadline: d.deadline.trim() ? typedSolar(d.deadline) : null,
            project_ids: d.projects,
          }),
        ),
      });
      onSaved(saved.id);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="meeting-form" onSubmit={submit} data-testid="meeting-form">
      <div className="field-grid">
        <label className="field">
          <span className="field-label">{m.heldOn}</span>
          <input
            className="input"
            required
            placeholder={m.dayHint}
            data-testid="meeting-held-on"
            value={heldOn}
            onChange={(e) => setHeldOn(e.target.value)}
          />
        </label>
        <label className="field field-wide">
          <span className="field-label">{m.body}</span>
          <input
            className="input"
            required
            placeholder={m.bodyPlaceholder}
            data-testid="meeting-body"
            value={body}
            onChange={(e) => setBody(e.target.value)}
          />
        </label>
        <label className="field field-wide">
          <span className="field-label">{m.meetingTitle}</span>
          <input
            className="input"
            data-testid="meeting-title"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
        <div className="field field-wide">
          <span className="field-label">{m.present}</span>
          <OrganisationMultiSelect
            id="meeting-present"
            label={m.present}
            testId="meeting-present"
            province={province}
            value={present}
            onChange={setPresent}
          />
        </div>
        <div className="field field-wide">
          <span className="field-label">{m.absent}</span>
          <OrganisationMultiSelect
            id="meeting-absent"
            label={m.absent}
            testId="meeting-absent"
            province={province}
            value={absent}
            onChange={setAbsent}
          />
        </div>
        <div className="field field-wide">
          <span className="field-label">{m.agendaProjects}</span>
          <OptionMultiSelect
            id="meeting-agenda-projects"
            label={m.agendaProjects}
            testId="meeting-agenda-projects"
            options={projects}
            value={agendaProjects}
            onChange={setAgendaProjects}
          />
        </div>
        <div className="field field-wide">
          <span className="field-label">{m.agendaCounties}</span>
          <OptionMultiSelect
            id="meeting-agenda-counties"
            label={m.agendaCounties}
            testId="meeting-agenda-counties"
            options={counties}
            value={agendaCounties}
            onChange={setAgendaCounties}
          />
        </div>
      </div>

      {decisions.map((d, i) => (
        <fieldset key={d.key} className="decision-form" data-testid="decision-form">
          <legend>
            {m.decision} {i + 1}
          </legend>
          <div className="field-grid">
            <label className="field">
              <span className="field-label">{m.decisionNumber}</span>
              <input
                className="input"
                inputMode="numeric"
                required
                data-testid="decision-number"
                value={d.number}
                onChange={(e) => patch(d.key, { number: e.target.value })}
              />
            </label>
            <label className="field">
              <span className="field-label">{m.deadline}</span>
              <input
                className="input"
                placeholder={m.dayHint}
                data-testid="decision-deadline"
                value={d.deadline}
                onChange={(e) => patch(d.key, { deadline: e.target.value })}
              />
            </label>
            <label className="field field-wide">
              <span className="field-label">{m.decisionText}</span>
              <textarea
                className="input textarea"
                rows={3}
                required
                data-testid="decision-text"
                value={d.text}
                onChange={(e) => patch(d.key, { text: e.target.value })}
              />
            </label>
            <div className="field field-wide">
              <label className="field-label" htmlFor={`decision-executing-${d.key}`}>
                {m.executing}
              </label>
              <OrganisationSelect
                id={`decision-executing-${d.key}`}
                testId="decision-executing"
                province={province}
                required
                value={d.executing}
                onChange={(id) => patch(d.key, { executing: id })}
              />
            </div>
            <div className="field field-wide">
              <span className="field-label">{m.supporting}</span>
              <OrganisationMultiSelect
                id={`decision-supporting-${d.key}`}
                label={m.supporting}
                testId="decision-supporting"
                province={province}
                value={d.supporting}
                onChange={(ids) => patch(d.key, { supporting: ids })}
              />
            </div>
            <div className="field field-wide">
              <span className="field-label">{m.linkedProjects}</span>
              <OptionMultiSelect
                id={`decision-projects-${d.key}`}
                label={m.linkedProjects}
                testId="decision-projects"
                options={projects}
                value={d.projects}
                onChange={(ids) => patch(d.key, { projects: ids })}
              />
            </div>
          </div>
          {decisions.length > 1 ? (
            <button
              type="button"
              className="button button-small"
              onClick={() => setDecisions((all) => all.filter((x) => x.key !== d.key))}
            >
              {m.removeDecision}
            </button>
          ) : null}
        </fieldset>
      ))}
      <button
        type="button"
        className="button"
        data-testid="decision-add"
        onClick={() => setDecisions((all) => [...all, emptyDecision(all.length + 1)])}
      >
        {m.addDecision}
      </button>
      {missingExecuting ? (
        <p className="field-error" role="alert" data-testid="meeting-form-problem">
          {m.needExecuting}
        </p>
      ) : null}
      {error ? <ErrorNotice what={m.meeting} error={error} /> : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy} data-testid="meeting-save">
          {busy ? m.saving : m.saveMeeting}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {m.cancel}
        </button>
      </div>
    </form>
  );
}
