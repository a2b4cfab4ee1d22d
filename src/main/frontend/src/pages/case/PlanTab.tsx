import {
  Alert, Button, ButtonGroup, Fieldset, FieldsetLegend, Heading3, Heading4, Link, Paragraph, UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { api, type Plan, type PlanVersion } from '../../api/client';
import type { FormErrors } from '../../api/problem';
import { send } from '../../api/send';
import { DateField } from '../../components/DateField';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Section } from '../../components/Section';
import { SelectField } from '../../components/SelectField';
import { TextareaField } from '../../components/TextareaField';
import { TextField } from '../../components/TextField';
import { isoDate, toDutchDate, todayDutch } from '../../dutchDate';
import { useLoad } from '../../useLoad';
import { OkMessage } from './common';
import {
  ACTION_STATUSES, actionsByCarrier, agreementStatus, changeText, CHANNELS, countdown, draftFrom, emptyAction,
  emptyGoal, GOAL_RESULTS, labelOf, OFFER_OUTCOMES, PERSON_KINDS, phaseLabel, planFieldLabel, planInputId,
  toDraftRequest, type ActionStatusCode, type Channel, type Decision, type DraftInput, type GoalResultCode,
  type OfferOutcome, type PersonInput,
} from './plan';

interface PlanTabProps {
  caseId: string;
  canWrite: boolean;
  onChanged: () => void;
}

type Answer = { ok: true; data: Plan } | { ok: false; errors: FormErrors };

/**
 * Het plan: the household's eigen regie plan — its phase and next evaluation with a countdown, the familiegroepsplan
 * offer, the plan in force with its actions grouped by who carries them, the draft with each member's agreement,
 * the evaluation form, and the version history with what changed. The PDF is the household's own copy.
 */
export function PlanTab({ caseId, canWrite, onChanged }: PlanTabProps) {
  const [loaded, reload] = useLoad(() => api.GET('/api/v1/cases/{id}/plan', { params: { path: { id: caseId } } }),
    [caseId]);
  const [catalogue] = useLoad(() => api.GET('/api/v1/assessment-catalogue'), []);
  const [done, setDone] = useState<string | null>(null);
  const [writing, setWriting] = useState(false);

  const saved = (message: string) => {
    setDone(message);
    setWriting(false);
    reload();
    onChanged();
  };

  return (
    <Section id="plan" title="Plan">
      <div aria-live="polite">{done && <OkMessage>{done}</OkMessage>}</div>
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' && <ErrorMessage message={loaded.message} />}
      {loaded.state === 'done' && (() => {
        const plan = loaded.data;
        const versions = plan.versions ?? [];
        const current = versions.find((v) => v.number === plan.currentVersion);
        const latest = versions[versions.length - 1];
        const draft = latest && !latest.established ? latest : undefined;
        const domains = (catalogue.state === 'done' ? catalogue.data.domains ?? [] : [])
          .map((d) => ({ value: d.code ?? '', label: d.label ?? '' }));
        const open = Boolean(canWrite && plan.caseOpen && plan.phase !== 'CLOSED');
        const offerFirst = plan.offerRequired && !plan.familyGroupOffer;
        return (
          <>
            <PlanSummary plan={plan} caseId={caseId} />
            {offerFirst && open && <OfferForm caseId={caseId} onSaved={() => saved('De uitkomst van het aanbod is vastgelegd.')} />}
            {plan.familyGroupOffer && (
              <Paragraph>Familiegroepsplan: {labelOf(OFFER_OUTCOMES, plan.familyGroupOffer)}.</Paragraph>
            )}
            {plan.phase === 'EVALUATION' && open && current && (
              <EvaluationForm caseId={caseId} plan={plan} version={current}
                              onSaved={(closing) => saved(closing ? 'De evaluatie is vastgelegd en de zaak is afgesloten.'
                                : 'De evaluatie is vastgelegd. Het plan gaat een nieuwe ronde in.')} />
            )}
            {current && (
              <VersionView title={`Het plan (versie ${current.number}, vastgesteld)`} plan={plan} version={current}
                           caseId={caseId} canMove={open} onMoved={() => saved('De stand van de actie is bijgewerkt.')} />
            )}
            {draft && (
              <>
                <VersionView title={`Concept (versie ${draft.number}, nog niet vastgesteld)`} plan={plan} version={draft}
                             caseId={caseId} canMove={false} onMoved={() => undefined} />
                {open && <AgreementForm caseId={caseId} plan={plan}
                                        onSaved={(p) => saved(p.currentVersion === draft.number
                                          ? `Versie ${draft.number} is vastgesteld: iedereen van 12 jaar of ouder heeft gereageerd.`
                                          : 'Het akkoord is vastgelegd.')} />}
              </>
            )}
            {!latest && !offerFirst && <Paragraph>Er is nog geen plan geschreven.</Paragraph>}
            {open && !offerFirst && (
              <Button appearance="secondary-action-button" aria-expanded={writing} aria-controls="plan-form"
                      onClick={() => {
                        setWriting(!writing);
                        setDone(null);
                      }}>
                {!latest ? 'Plan schrijven' : draft ? 'Concept bewerken' : 'Plan wijzigen (nieuwe versie)'}
              </Button>
            )}
            {open && writing && (
              <DraftForm caseId={caseId} plan={plan} from={latest} domains={domains}
                         onSaved={() => saved('Het plan is opgeslagen. Vraag nu ieder lid van 12 jaar of ouder om akkoord.')} />
            )}
            <History plan={plan} />
          </>
        );
      })()}
    </Section>
  );
}

function PlanSummary({ plan, caseId }: { plan: Plan; caseId: string }) {
  return (
    <>
      <dl className="wr-plan-summary">
        <dt>Fase</dt>
        <dd>{phaseLabel(plan.phase)}</dd>
        {plan.nextEvaluationOn && (
          <>
            <dt>Volgende evaluatie</dt>
            <dd>{toDutchDate(plan.nextEvaluationOn)} ({countdown(plan.today ?? '', plan.nextEvaluationOn)})</dd>
          </>
        )}
      </dl>
      {plan.escalatedAt && (
        <Alert type="warning"><Paragraph>De evaluatie is te laat en is gemeld bij de teamleider.</Paragraph></Alert>
      )}
      {(plan.versions ?? []).length > 0 && (
        <Paragraph>
          <Link href={`/api/v1/cases/${caseId}/plan/pdf`} download="ons-plan.pdf">Plan als PDF voor het huishouden</Link>
        </Paragraph>
      )}
    </>
  );
}

function VersionView({ title, plan, version, caseId, canMove, onMoved }: {
  title: string; plan: Plan; version: PlanVersion; caseId: string; canMove: boolean; onMoved: () => void;
}) {
  const [error, setError] = useState<string | null>(null);
  async function move(key: string, status: string) {
    const answer = await send(() => api.POST('/api/v1/cases/{id}/plan/actions/{key}/status', {
      params: { path: { id: caseId, key } }, body: { status: status as ActionStatusCode },
    }));
    if (answer.ok) onMoved();
    else setError(answer.errors.message);
  }
  const groups = actionsByCarrier(version.actions);
  return (
    <div className="wr-plan-version">
      <Heading3>{title}</Heading3>
      {error && <ErrorMessage message={error} />}
      <Paragraph>Regisseur: {version.regisseur?.label}</Paragraph>
      {version.strengths && <><Heading4>Wat goed gaat</Heading4><Paragraph>{version.strengths}</Paragraph></>}
      {version.concerns && <><Heading4>Zorgen</Heading4><Paragraph>{version.concerns}</Paragraph></>}
      <Heading4>Doelen</Heading4>
      <UnorderedList>
        {(version.goals ?? []).map((goal) => (
          <UnorderedListItem key={goal.key}>
            {goal.text}
            {goal.targetScore && <> — doelscore {goal.targetScore}{goal.baselineScore && <> (nu {goal.baselineScore})</>}</>}
            {goal.targetDate && <> — voor {toDutchDate(goal.targetDate)}</>}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      {groups.length === 0 && <Paragraph>Nog geen acties.</Paragraph>}
      {groups.map((group) => (
        <div key={group.title}>
          <Heading4>{group.title}</Heading4>
          <UnorderedList>
            {group.actions.map((action) => (
              <UnorderedListItem key={action.key}>
                {action.text} — {action.carrier?.label}
                {action.dueOn && <> — uiterlijk {toDutchDate(action.dueOn)}</>}
                {canMove ? (
                  <SelectField id={`plan-action-status-${action.key}`} label={`Stand van "${action.text}"`}
                               value={action.status ?? ''} options={ACTION_STATUSES}
                               onChange={(status) => move(action.key ?? '', status)} className="wr-plan-action-status" />
                ) : <> — {labelOf(ACTION_STATUSES, action.status)}</>}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </div>
      ))}
      <Heading4>Akkoord</Heading4>
      <UnorderedList>
        {agreementStatus(plan.members, version).map((member) => (
          <UnorderedListItem key={member.id}>{member.name}: {member.status}</UnorderedListItem>
        ))}
      </UnorderedList>
      {(version.agreements ?? []).filter((a) => a.statement).map((a) => (
        <Paragraph key={a.memberId}>
          In eigen woorden van {plan.members?.find((m) => m.id === a.memberId)?.name}: “{a.statement}”
        </Paragraph>
      ))}
    </div>
  );
}

function FormShell({ id, title, errors, children, submit, busy, label }: {
  id: string; title: string; errors: FormErrors | null; children: ReactNode; submit: (e: FormEvent) => void;
  busy: boolean; label: string;
}) {
  return (
    <form id={id} onSubmit={submit} noValidate aria-labelledby={`${id}-heading`} className="wr-subform">
      <Heading3 id={`${id}-heading`}>{title}</Heading3>
      {errors && (
        <ErrorSummary title="Nog niet vastgelegd" errors={errors} labelFor={planFieldLabel}
                      inputIdFor={(field) => (document.getElementById(planInputId(field)) ? planInputId(field) : undefined)} />
      )}
      {children}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>{label}</Button>
      </ButtonGroup>
    </form>
  );
}

function useSubmit(call: () => Promise<Answer>, onSaved: (plan: Plan) => void) {
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const answer = await call();
    setBusy(false);
    if (answer.ok) onSaved(answer.data);
    else setErrors(answer.errors);
  }
  return { errors, busy, submit, errorOf: (field: string) => errors?.fieldErrors[field] };
}

function OfferForm({ caseId, onSaved }: { caseId: string; onSaved: () => void }) {
  const [outcome, setOutcome] = useState('');
  const form = useSubmit(() => send(() => api.POST('/api/v1/cases/{id}/plan/offer', {
    params: { path: { id: caseId } }, body: { outcome: outcome as OfferOutcome },
  })), onSaved);
  return (
    <FormShell id="plan-offer-form" title="Familiegroepsplan aanbieden" errors={form.errors} submit={form.submit}
               busy={form.busy} label="Uitkomst vastleggen">
      <Paragraph>
        Deze zaak gaat over jeugd. Bied de ouders eerst aan om zelf, met familie en netwerk, een plan te schrijven.
      </Paragraph>
      <SelectField id="plan-outcome" label="Uitkomst van het aanbod" value={outcome} options={OFFER_OUTCOMES}
                   emptyLabel="Kies de uitkomst" onChange={setOutcome} error={form.errorOf('outcome')} />
    </FormShell>
  );
}

function AgreementForm({ caseId, plan, onSaved }: { caseId: string; plan: Plan; onSaved: (plan: Plan) => void }) {
  const asked = (plan.members ?? []).filter((m) => m.asked);
  const [input, setInput] = useState({ memberId: '', agrees: '', answeredOn: todayDutch(), channel: 'IN_PERSON', statement: '' });
  const set = (key: keyof typeof input) => (value: string) => setInput((now) => ({ ...now, [key]: value }));
  const form = useSubmit(() => send(() => api.POST('/api/v1/cases/{id}/plan/agreements', {
    params: { path: { id: caseId } },
    body: {
      memberId: input.memberId, agrees: input.agrees === '' ? (undefined as unknown as boolean) : input.agrees === 'ja',
      answeredOn: isoDate(input.answeredOn), channel: input.channel as Channel, statement: input.statement.trim() || undefined,
    },
  })), onSaved);
  return (
    <FormShell id="plan-agreement-form" title="Akkoord vastleggen" errors={form.errors} submit={form.submit}
               busy={form.busy} label="Akkoord vastleggen">
      <Paragraph>Kinderen jonger dan 12 jaar worden niet gevraagd.</Paragraph>
      <div className="wr-field-grid">
        <SelectField id="plan-memberId" label="Lid" value={input.memberId} emptyLabel="Kies een lid"
                     options={asked.map((m) => ({ value: m.id ?? '', label: m.name ?? '' }))}
                     onChange={set('memberId')} error={form.errorOf('memberId')} />
        <SelectField id="plan-agrees" label="Akkoord met dit plan?" value={input.agrees} emptyLabel="Kies"
                     options={[{ value: 'ja', label: 'Ja, akkoord' }, { value: 'nee', label: 'Nee, niet akkoord' }]}
                     onChange={set('agrees')} error={form.errorOf('agrees')} />
        <DateField id="plan-answeredOn" label="Datum" value={input.answeredOn} onChange={set('answeredOn')}
                   error={form.errorOf('answeredOn')} />
        <SelectField id="plan-channel" label="Hoe" value={input.channel} options={CHANNELS}
                     onChange={set('channel')} error={form.errorOf('channel')} />
      </div>
      <TextareaField id="plan-statement" label="In eigen woorden" optional value={input.statement} maxLength={2000}
                     rows={2} onChange={set('statement')} error={form.errorOf('statement')}
                     description="Wat het lid zelf over het plan zegt, precies zoals hij of zij het zegt" />
    </FormShell>
  );
}

function PersonFields({ id, person, onChange, plan, errorOf, kinds }: {
  id: string; person: PersonInput; onChange: (person: PersonInput) => void; plan: Plan;
  errorOf: (field: string) => string | undefined; kinds: { value: string; label: string }[];
}) {
  const set = (key: keyof PersonInput) => (value: string) => onChange({ ...person, [key]: value });
  const field = (name: string) => `${id}.${name}`;
  return (
    <div className="wr-field-grid">
      <SelectField id={planInputId(field('kind'))} label="Wie" value={person.kind} options={kinds} emptyLabel="Kies"
                   onChange={set('kind')} error={errorOf(field('kind'))} />
      {person.kind === 'MEMBER' && (
        <SelectField id={planInputId(field('memberId'))} label="Lid" value={person.memberId} emptyLabel="Kies een lid"
                     options={(plan.members ?? []).map((m) => ({ value: m.id ?? '', label: m.name ?? '' }))}
                     onChange={set('memberId')} error={errorOf(field('memberId'))} />
      )}
      {person.kind === 'PROFESSIONAL' && (
        <SelectField id={planInputId(field('userId'))} label="Professional" value={person.userId}
                     emptyLabel="Kies een professional"
                     options={(plan.professionals ?? []).map((p) => ({ value: p.userId ?? '', label: p.name ?? '' }))}
                     onChange={set('userId')} error={errorOf(field('userId'))} />
      )}
      {(person.kind === 'NETWORK' || person.kind === 'PROVIDER') && (
        <TextField id={planInputId(field('name'))} label={person.kind === 'NETWORK' ? 'Naam' : 'Naam van de aanbieder'}
                   value={person.name} maxLength={200} onChange={set('name')} error={errorOf(field('name'))} />
      )}
      {person.kind === 'NETWORK' && (
        <TextField id={planInputId(field('relation'))} label="Relatie" value={person.relation} maxLength={100}
                   description="Bijvoorbeeld buurvrouw, oom, vriend" onChange={set('relation')}
                   error={errorOf(field('relation'))} />
      )}
    </div>
  );
}

function DraftForm({ caseId, plan, from, domains, onSaved }: {
  caseId: string; plan: Plan; from: PlanVersion | undefined; domains: { value: string; label: string }[];
  onSaved: () => void;
}) {
  const [input, setInput] = useState<DraftInput>(() => draftFrom(from, plan.defaultNextEvaluationOn));
  const form = useSubmit(() => send(() => api.PUT('/api/v1/cases/{id}/plan/draft', {
    params: { path: { id: caseId } }, body: toDraftRequest(input, plan.version ?? 0),
  })), onSaved);
  const set = <K extends keyof DraftInput>(key: K) => (value: DraftInput[K]) => setInput((now) => ({ ...now, [key]: value }));
  const setGoal = (index: number, key: string) => (value: string) => setInput((now) => ({
    ...now, goals: now.goals.map((g, i) => (i === index ? { ...g, [key]: value } : g)),
  }));
  const setAction = (index: number, key: string) => (value: unknown) => setInput((now) => ({
    ...now, actions: now.actions.map((a, i) => (i === index ? { ...a, [key]: value } : a)),
  }));
  const members = (plan.members ?? []).map((m) => ({ value: m.id ?? '', label: m.name ?? '' }));
  return (
    <FormShell id="plan-form" title="Plan schrijven" errors={form.errors} submit={form.submit} busy={form.busy}
               label="Plan opslaan">
      <Paragraph>Schrijf de doelen in de woorden van het huishouden.</Paragraph>
      <TextareaField id="plan-strengths" label="Wat goed gaat" optional value={input.strengths} maxLength={4000} rows={2}
                     onChange={set('strengths')} error={form.errorOf('strengths')} />
      <TextareaField id="plan-concerns" label="Zorgen" optional value={input.concerns} maxLength={4000} rows={2}
                     onChange={set('concerns')} error={form.errorOf('concerns')} />
      <Fieldset>
        <FieldsetLegend>Regisseur</FieldsetLegend>
        <PersonFields id="regisseur" person={input.regisseur} onChange={set('regisseur')} plan={plan}
                      errorOf={form.errorOf} kinds={PERSON_KINDS.filter((k) => k.value !== 'PROVIDER')} />
      </Fieldset>
      {input.goals.map((goal, index) => (
        <Fieldset key={`goal-${index}`}>
          <FieldsetLegend>Doel {index + 1}</FieldsetLegend>
          <TextareaField id={planInputId(`goals[${index}].text`)} label="Doel" value={goal.text} maxLength={1000} rows={2}
                         onChange={setGoal(index, 'text')} error={form.errorOf(`goals[${index}].text`)} />
          <div className="wr-field-grid">
            <SelectField id={planInputId(`goals[${index}].domain`)} label="Leefgebied" optional value={goal.domain}
                         emptyLabel="Geen leefgebied" options={domains} onChange={setGoal(index, 'domain')}
                         error={form.errorOf(`goals[${index}].domain`)} />
            {goal.domain && (
              <SelectField id={planInputId(`goals[${index}].memberId`)} label="Van wie (startscore)" optional
                           value={goal.memberId} emptyLabel="Kies een lid" options={members}
                           onChange={setGoal(index, 'memberId')} error={form.errorOf(`goals[${index}].memberId`)} />
            )}
            {goal.domain && (
              <SelectField id={planInputId(`goals[${index}].targetScore`)} label="Doelscore" optional
                           value={goal.targetScore} emptyLabel="Geen"
                           options={[1, 2, 3, 4, 5].map((s) => ({ value: String(s), label: String(s) }))}
                           onChange={setGoal(index, 'targetScore')} error={form.errorOf(`goals[${index}].targetScore`)} />
            )}
            <DateField id={planInputId(`goals[${index}].targetDate`)} label="Streefdatum" optional value={goal.targetDate}
                       onChange={setGoal(index, 'targetDate')} error={form.errorOf(`goals[${index}].targetDate`)} />
          </div>
          {input.goals.length > 1 && (
            <Button appearance="subtle-button" onClick={() => set('goals')(input.goals.filter((_, i) => i !== index))}>
              Doel {index + 1} schrappen
            </Button>
          )}
        </Fieldset>
      ))}
      <Button appearance="secondary-action-button" onClick={() => set('goals')([...input.goals, emptyGoal()])}>
        Doel toevoegen
      </Button>
      {input.actions.map((action, index) => (
        <Fieldset key={`action-${index}`}>
          <FieldsetLegend>Actie {index + 1}</FieldsetLegend>
          <TextField id={planInputId(`actions[${index}].text`)} label="Wat gebeurt er" value={action.text}
                     maxLength={1000} onChange={setAction(index, 'text')} error={form.errorOf(`actions[${index}].text`)} />
          <PersonFields id={`actions[${index}].carrier`} person={action.carrier} plan={plan} errorOf={form.errorOf}
                        onChange={setAction(index, 'carrier')} kinds={PERSON_KINDS} />
          <div className="wr-field-grid">
            <DateField id={planInputId(`actions[${index}].dueOn`)} label="Uiterlijk" optional value={action.dueOn}
                       onChange={setAction(index, 'dueOn')} error={form.errorOf(`actions[${index}].dueOn`)} />
            <SelectField id={planInputId(`actions[${index}].status`)} label="Stand" value={action.status}
                         options={ACTION_STATUSES} onChange={setAction(index, 'status')}
                         error={form.errorOf(`actions[${index}].status`)} />
          </div>
          <Button appearance="subtle-button" onClick={() => set('actions')(input.actions.filter((_, i) => i !== index))}>
            Actie {index + 1} schrappen
          </Button>
        </Fieldset>
      ))}
      <Button appearance="secondary-action-button" onClick={() => set('actions')([...input.actions, emptyAction()])}>
        Actie toevoegen
      </Button>
      <DateField id="plan-nextEvaluationOn" label="Volgende evaluatie" value={input.nextEvaluationOn}
                 description="Standaard over drie maanden" onChange={set('nextEvaluationOn')}
                 error={form.errorOf('nextEvaluationOn')} />
    </FormShell>
  );
}

function EvaluationForm({ caseId, plan, version, onSaved }: {
  caseId: string; plan: Plan; version: PlanVersion; onSaved: (closing: boolean) => void;
}) {
  const [results, setResults] = useState<Record<string, string>>({});
  const [answers, setAnswers] = useState({ withoutHelp: '', problemsReduced: '', goalsReached: '' });
  const [decision, setDecision] = useState('');
  const [next, setNext] = useState(toDutchDate(plan.defaultNextEvaluationOn));
  const [summary, setSummary] = useState('');
  const yesNo = (value: string) => (value === '' ? (undefined as unknown as boolean) : value === 'ja');
  const form = useSubmit(() => send(() => api.POST('/api/v1/cases/{id}/plan/evaluations', {
    params: { path: { id: caseId } },
    body: {
      evaluatedOn: plan.today ?? '',
      goals: (version.goals ?? []).filter((g) => results[g.key ?? ''])
        .map((g) => ({ key: g.key ?? '', result: results[g.key ?? ''] as GoalResultCode })),
      withoutHelp: yesNo(answers.withoutHelp), problemsReduced: yesNo(answers.problemsReduced),
      goalsReached: yesNo(answers.goalsReached), decision: decision as Decision,
      nextEvaluationOn: decision === 'CONTINUE' ? isoDate(next) : undefined,
      outcomeSummary: decision === 'CLOSE' ? summary : undefined,
    },
  })), () => onSaved(decision === 'CLOSE'));
  const options = [{ value: 'ja', label: 'Ja' }, { value: 'nee', label: 'Nee' }];
  const question = (key: keyof typeof answers, label: string) => (
    <SelectField id={`plan-${key}`} label={label} value={answers[key]} options={options} emptyLabel="Kies"
                 onChange={(value) => setAnswers((now) => ({ ...now, [key]: value }))} error={form.errorOf(key)} />
  );
  return (
    <FormShell id="plan-evaluation-form" title="Plan evalueren" errors={form.errors} submit={form.submit}
               busy={form.busy} label="Evaluatie vastleggen">
      <div id="plan-goals" tabIndex={-1}>
        {(version.goals ?? []).map((goal, index) => (
          <SelectField key={goal.key} id={`plan-result-${index}`} label={`Doel: ${goal.text}`}
                       value={results[goal.key ?? ''] ?? ''} options={GOAL_RESULTS} emptyLabel="Kies"
                       onChange={(value) => setResults((now) => ({ ...now, [goal.key ?? '']: value }))} />
        ))}
      </div>
      {question('withoutHelp', 'Kan het huishouden verder zonder hulp?')}
      {question('problemsReduced', 'Zijn de problemen verminderd?')}
      {question('goalsReached', 'Zijn de afgesproken doelen bereikt?')}
      <SelectField id="plan-decision" label="Hoe verder" value={decision} emptyLabel="Kies"
                   options={[{ value: 'CONTINUE', label: 'Nog een ronde' }, { value: 'CLOSE', label: 'Zaak afsluiten' }]}
                   onChange={setDecision} error={form.errorOf('decision')} />
      {decision === 'CONTINUE' && (
        <DateField id="plan-nextEvaluationOn" label="Volgende evaluatie" value={next} onChange={setNext}
                   error={form.errorOf('nextEvaluationOn')} />
      )}
      {decision === 'CLOSE' && (
        <TextareaField id="plan-outcomeSummary" label="Samenvatting van de uitkomst" value={summary} maxLength={2000}
                       rows={2} onChange={setSummary} error={form.errorOf('outcomeSummary')} />
      )}
    </FormShell>
  );
}

function History({ plan }: { plan: Plan }) {
  const versions = [...(plan.versions ?? [])].reverse();
  if (versions.length === 0 && (plan.evaluations ?? []).length === 0) return null;
  return (
    <div className="wr-plan-history">
      <Heading3>Versies en evaluaties</Heading3>
      <UnorderedList>
        {versions.map((version) => (
          <UnorderedListItem key={version.number}>
            Versie {version.number}{version.established ? ', vastgesteld' : ', concept'}
            {version.writtenByName && <> — geschreven door {version.writtenByName}</>}
            {(version.changes ?? []).length > 0 && (
              <UnorderedList>
                {(version.changes ?? []).map((change, i) => <UnorderedListItem key={i}>{changeText(change)}</UnorderedListItem>)}
              </UnorderedList>
            )}
          </UnorderedListItem>
        ))}
        {(plan.evaluations ?? []).map((evaluation) => (
          <UnorderedListItem key={`e${evaluation.cycle}`}>
            Evaluatie {evaluation.cycle} op {toDutchDate(evaluation.evaluatedOn)}:{' '}
            {(evaluation.goals ?? []).map((g) => labelOf(GOAL_RESULTS, g.result).toLowerCase()).join(', ')};
            {evaluation.decision === 'CLOSE' ? ' zaak afgesloten' : ` volgende evaluatie ${toDutchDate(evaluation.nextEvaluationOn)}`}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </div>
  );
}
