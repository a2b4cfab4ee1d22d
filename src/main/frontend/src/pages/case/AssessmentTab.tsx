import {
  Button, ButtonGroup, Fieldset, FieldsetLegend, Heading3, Paragraph, Table, TableBody, TableCaption, TableCell,
  TableHeader, TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import {
  CartesianGrid, Legend, Line, LineChart, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis,
} from 'recharts';
import { api, type Assessment, type AssessmentCatalogue, type CaseMember } from '../../api/client';
import type { FormErrors } from '../../api/problem';
import { send } from '../../api/send';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Section } from '../../components/Section';
import { SelectField } from '../../components/SelectField';
import { TextareaField } from '../../components/TextareaField';
import { formatDate, fullName, memberName, today } from '../../format';
import { personName, teamPeople } from '../../reference';
import { useLoad } from '../../useLoad';
import {
  ASSESSMENT_FIELDS, assessmentInputId, assessmentLabel, assessmentViolations, changeOn, chartRows, domainsIn,
  emptyAssessment, NOTE_MAX, outdatedBefore, scoredDomains, scoreInputId, toNewAssessment, trendOf,
  type AssessmentInput, type TrendPoint,
} from './assessment';
import { OkMessage } from './common';
import { inOrder } from '../../caseForms';
import { DateField } from '../../components/DateField';

interface AssessmentTabProps {
  caseId: string;
  members: CaseMember[];
  canWrite: boolean;
}

/** Axis ticks: `16 okt 26`, short enough for several assessments side by side on a phone. */
const shortDay = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', year: '2-digit', timeZone: 'UTC' });

/** Tol's qualitative palette, dark enough on white for lines (each line also has its name in the legend and table). */
const COLOURS = ['#332288', '#117733', '#882255', '#0f6e8c', '#8a6d00', '#aa4499', '#44546a', '#b2382b', '#1d6b5f',
  '#6f3fa0', '#5a5a00', '#a0522d', '#234d8c'];

/**
 * Zelfredzaamheid: the scores of each member over time as a chart with a table alternative, the notes per
 * assessment, and the form to record a new one. Outdated scores (older than the server's validity) are marked.
 */
export function AssessmentTab({ caseId, members, canWrite }: AssessmentTabProps) {
  const [catalogue] = useLoad(() => api.GET('/api/v1/assessment-catalogue'), []);
  const [loaded, reload] = useLoad(() => api.GET('/api/v1/cases/{id}/assessments', {
    params: { path: { id: caseId } },
  }), [caseId]);
  const [memberId, setMemberId] = useState(members[0]?.id ?? '');
  const [adding, setAdding] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  return (
    <Section id="zelfredzaamheid" title="Zelfredzaamheid">
      <div aria-live="polite">{done && <OkMessage>{done}</OkMessage>}</div>
      {(loaded.state === 'loading' || catalogue.state === 'loading') && <Loading />}
      {loaded.state === 'failed' && <ErrorMessage message={loaded.message} />}
      {catalogue.state === 'failed' && <ErrorMessage message={catalogue.message} />}
      {loaded.state === 'done' && catalogue.state === 'done' && (
        <>
          <SelectField id="assessment-view-member" label="Lid" value={memberId}
                       options={members.map((m) => ({ value: m.id ?? '', label: fullName(m) }))}
                       onChange={setMemberId} className="wr-assessment-member" />
          <Trend assessments={loaded.data.items ?? []} memberId={memberId} catalogue={catalogue.data}
                 today={loaded.data.today ?? today()} validDays={loaded.data.validDays ?? 30}
                 who={memberName(members, memberId)} />
          {canWrite && (
            <Button appearance="secondary-action-button" aria-expanded={adding} aria-controls="assessment-form"
                    onClick={() => {
                      setAdding(!adding);
                      setDone(null);
                    }}>
              Zelfredzaamheid meten
            </Button>
          )}
          {canWrite && adding && (
            <AssessmentForm caseId={caseId} members={members} memberId={memberId} catalogue={catalogue.data}
                            onSaved={(saved) => {
                              setAdding(false);
                              setMemberId(saved.memberId ?? memberId);
                              setDone(`De meting van ${memberName(members, saved.memberId)} op `
                                + `${formatDate(saved.assessedOn)} is vastgelegd.`);
                              reload();
                            }} />
          )}
        </>
      )}
    </Section>
  );
}

function labelsOf(catalogue: AssessmentCatalogue) {
  const domains = catalogue.domains ?? [];
  const order = domains.map((d) => d.code ?? '');
  const domainLabel = (code: string) => domains.find((d) => d.code === code)?.label ?? code;
  const option = (list: { code?: string; label?: string }[] | undefined) =>
    (code: string | undefined) => list?.find((o) => o.code === code)?.label ?? code ?? '';
  return {
    order, domainLabel, carrierLabel: option(catalogue.carriers), momentLabel: option(catalogue.moments),
  };
}

function Trend({ assessments, memberId, catalogue, today: serverToday, validDays, who }: {
  assessments: Assessment[]; memberId: string; catalogue: AssessmentCatalogue; today: string; validDays: number;
  who: string;
}) {
  const [teams] = useLoad(() => api.GET('/api/v1/teams'), []);
  const people = teamPeople(teams.state === 'done' ? teams.data : []);
  const { order, domainLabel, carrierLabel, momentLabel } = labelsOf(catalogue);
  const points = trendOf(assessments, memberId);
  const mine = assessments.filter((a) => a.memberId === memberId);
  if (points.length === 0) {
    return <Paragraph>Nog geen metingen van zelfredzaamheid voor {who}.</Paragraph>;
  }
  const domains = domainsIn(points, order);
  return (
    <>
      <TrendChart points={points} domains={domains} domainLabel={domainLabel} today={serverToday}
                  validDays={validDays} who={who} />
      <TrendTable points={points} domains={domains} domainLabel={domainLabel} momentOf={(id) =>
        momentLabel(mine.find((a) => a.id === id)?.moment)} carrierOf={(id, domain) =>
        carrierLabel(mine.find((a) => a.id === id)?.scores?.find((s) => s.domain === domain)?.carrier)} who={who}
                  validDays={validDays} />
      <Heading3>Notities bij de metingen</Heading3>
      <ul className="wr-entries wr-assessment-notes">
        {[...mine].reverse().map((a) => (
          <li key={a.id}>
            <Paragraph>
              <strong>{formatDate(a.assessedOn)}, {momentLabel(a.moment)}</strong>
              {a.outdated && <> <span className="wr-outdated">verouderd</span></>}
              {' '}— vastgelegd door {personName(people, a.recordedBy)}
            </Paragraph>
            {a.note && <Paragraph>{a.note}</Paragraph>}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * The scores over time as lines, one per domain; the period in which scores are outdated is shaded. Screen readers
 * get a one-line summary: the table below holds the same figures.
 */
function TrendChart({ points, domains, domainLabel, today: serverToday, validDays, who }: {
  points: TrendPoint[]; domains: string[]; domainLabel: (code: string) => string; today: string; validDays: number;
  who: string;
}) {
  const day = 24 * 60 * 60 * 1000;
  const first = points[0].time - day;
  const last = points[points.length - 1].time + day;
  const boundary = outdatedBefore(serverToday, validDays);
  const isoOf = (time: number) => new Date(time).toISOString().slice(0, 10);
  return (
    <figure className="wr-assessment-chart" aria-labelledby="assessment-chart-caption">
      <figcaption id="assessment-chart-caption">
        Verloop van de scores van {who} (1 acuut probleem – 5 volledig zelfredzaam). Grijs: verouderd, ouder dan
        {' '}{validDays} dagen. Dezelfde cijfers staan in de tabel hieronder.
      </figcaption>
      <div role="img" aria-label={`Grafiek van de scores van ${who} over de tijd; zie de tabel hieronder.`}
           className="wr-assessment-chart-area">
        <ResponsiveContainer width="100%" height={320}>
          <LineChart data={chartRows(points)} margin={{ top: 16, right: 16, bottom: 8, left: 0 }}
                     accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="time" type="number" scale="time" domain={[first, last]}
                   ticks={points.map((p) => p.time)} interval="preserveStartEnd" minTickGap={8}
                   tickFormatter={(time: number) => shortDay.format(new Date(time))} />
            <YAxis domain={[1, 5]} ticks={[1, 2, 3, 4, 5]} allowDecimals={false} width={32} />
            {boundary > first && (
              <ReferenceArea x1={first} x2={Math.min(boundary, last)} fill="#d0d0d0" fillOpacity={0.5}
                             ifOverflow="hidden" label={{ value: 'Verouderd', position: 'insideTopLeft' }} />
            )}
            <Tooltip labelFormatter={(time) => formatDate(isoOf(Number(time)))} />
            <Legend />
            {domains.map((domain, index) => (
              <Line key={domain} type="linear" dataKey={domain} name={domainLabel(domain)}
                    stroke={COLOURS[index % COLOURS.length]} strokeWidth={2} connectNulls
                    dot={{ r: 4 }} isAnimationActive={false} />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

/** The chart's table alternative: a row per domain, a column per assessment, and the change first → last. */
function TrendTable({ points, domains, domainLabel, momentOf, carrierOf, who, validDays }: {
  points: TrendPoint[]; domains: string[]; domainLabel: (code: string) => string;
  momentOf: (assessmentId: string) => string; carrierOf: (assessmentId: string, domain: string) => string;
  who: string; validDays: number;
}) {
  return (
    <div className="wr-table-container" role="region" aria-labelledby="assessment-table-caption" tabIndex={0}>
      <Table className="wr-assessment-table">
        <TableCaption id="assessment-table-caption">
          Scores van {who} per meting (verouderd: ouder dan {validDays} dagen)
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Leefgebied</TableHeaderCell>
            {points.map((p) => (
              <TableHeaderCell scope="col" key={p.assessmentId} className={p.outdated ? 'wr-outdated-column' : undefined}>
                {formatDate(p.assessedOn)}<br />{momentOf(p.assessmentId)}
                {p.outdated && <><br /><span className="wr-outdated">verouderd</span></>}
              </TableHeaderCell>
            ))}
            <TableHeaderCell scope="col">Verandering</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {domains.map((domain) => (
            <TableRow key={domain}>
              <TableHeaderCell scope="row">{domainLabel(domain)}</TableHeaderCell>
              {points.map((p) => {
                const score = p.scores[domain];
                const carrier = score === undefined ? '' : carrierOf(p.assessmentId, domain);
                return (
                  <TableCell key={p.assessmentId} className={p.outdated ? 'wr-outdated-column' : undefined}>
                    {score === undefined ? <span aria-label="geen score">–</span> : score}
                    {carrier && <span className="wr-carrier"> ({carrier})</span>}
                  </TableCell>
                );
              })}
              <TableCell>{changeOn(points, domain)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function AssessmentForm({ caseId, members, memberId, catalogue, onSaved }: {
  caseId: string; members: CaseMember[]; memberId: string; catalogue: AssessmentCatalogue;
  onSaved: (saved: Assessment) => void;
}) {
  const current = members.filter((m) => !m.leftOn);
  const { order, domainLabel } = labelsOf(catalogue);
  const [input, setInput] = useState<AssessmentInput>(() =>
    emptyAssessment(today(), current.some((m) => m.id === memberId) ? memberId : ''));
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [sent, setSent] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const errorOf = (field: string) => errors?.fieldErrors[field];
  const set = (key: 'memberId' | 'assessedOn' | 'moment' | 'note') => (value: string) =>
    setInput((now) => ({ ...now, [key]: value }));
  const setScore = (domain: string, part: 'score' | 'carrier') => (value: string) =>
    setInput((now) => {
      const before = now.scores[domain] ?? { score: '', carrier: '' };
      return { ...now, scores: { ...now.scores, [domain]: { ...before, [part]: value } } };
    });
  const scoreError = (domain: string) => {
    const index = sent.indexOf(domain);
    return index < 0 ? undefined : errorOf(`scores[${index}].score`) ?? errorOf(`scores[${index}].domain`);
  };
  const carrierError = (domain: string) => {
    const index = sent.indexOf(domain);
    return index < 0 ? undefined : errorOf(`scores[${index}].carrier`);
  };
  const scale = (catalogue.scale ?? []).map((s) => ({ value: String(s.score), label: `${s.score} – ${s.label}` }));
  const carriers = (catalogue.carriers ?? []).map((c) => ({ value: c.code ?? '', label: c.label ?? '' }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const domains = scoredDomains(input, order);
    setSent(domains);
    const local = assessmentViolations(input, today(), order);
    if (Object.keys(local).length > 0) {
      setErrors({ message: 'Controleer de gemarkeerde velden.', fieldErrors: local });
      return;
    }
    setSaving(true);
    const answer = await send(() => api.POST('/api/v1/cases/{id}/assessments', {
      params: { path: { id: caseId } }, body: toNewAssessment(input, order),
    }));
    setSaving(false);
    if (answer.ok) onSaved(answer.data);
    else setErrors(answer.errors);
  }

  return (
    <form id="assessment-form" onSubmit={submit} noValidate aria-labelledby="assessment-form-heading"
          className="wr-subform">
      <Heading3 id="assessment-form-heading">Zelfredzaamheid meten</Heading3>
      <Paragraph>
        Geef alleen een score op de leefgebieden die voor de hulpvraag nodig zijn; geen enkel leefgebied is verplicht.
      </Paragraph>
      {errors && (
        <ErrorSummary title="De meting is nog niet vastgelegd" errors={errors}
                      labelFor={(field) => assessmentLabel(field, sent, domainLabel)}
                      inputIdFor={(field) => assessmentInputId(field, sent)} order={inOrder(ASSESSMENT_FIELDS)} />
      )}
      <div className="wr-field-grid">
        <SelectField id="assessment-memberId" label="Lid" value={input.memberId} emptyLabel="Kies een lid"
                     options={current.map((m) => ({ value: m.id ?? '', label: fullName(m) }))}
                     onChange={set('memberId')} error={errorOf('memberId')} />
        <DateField id="assessment-assessedOn" label="Datum" value={input.assessedOn}
                   onChange={set('assessedOn')} error={errorOf('assessedOn')} />
        <SelectField id="assessment-moment" label="Moment" value={input.moment}
                     options={(catalogue.moments ?? []).map((m) => ({ value: m.code ?? '', label: m.label ?? '' }))}
                     onChange={set('moment')} error={errorOf('moment')} />
      </div>
      {errorOf('scores') && <Paragraph id="assessment-scores" className="wr-error-text" tabIndex={-1}>{errorOf('scores')}</Paragraph>}
      <div className="wr-assessment-domains">
        {(catalogue.domains ?? []).map((domain) => {
          const code = domain.code ?? '';
          const chosen = input.scores[code] ?? { score: '', carrier: '' };
          const criterion = domain.criteria?.find((c) => String(c.score) === chosen.score)?.text;
          return (
            <Fieldset key={code} className="wr-assessment-domain">
              <FieldsetLegend>{domain.label}</FieldsetLegend>
              <div className="wr-field-grid">
                <SelectField id={scoreInputId(code)} label="Score" value={chosen.score} emptyLabel="Geen score"
                             options={scale} onChange={setScore(code, 'score')} optional
                             description={criterion} error={scoreError(code)} />
                <SelectField id={`assessment-carrier-${code}`} label="Wie draagt dit" value={chosen.carrier}
                             emptyLabel="Niet vastgelegd" options={carriers} optional
                             onChange={setScore(code, 'carrier')} error={carrierError(code)} />
              </div>
            </Fieldset>
          );
        })}
      </div>
      <TextareaField id="assessment-note" label="Notitie" optional value={input.note} maxLength={NOTE_MAX} rows={3}
                     onChange={set('note')} error={errorOf('note')} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={saving} disabled={saving}>Meting vastleggen</Button>
      </ButtonGroup>
    </form>
  );
}
