import {
  Button, ButtonGroup, Heading3, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api, type CaseMember, type Consent } from '../../api/client';
import type { FormErrors } from '../../api/problem';
import { send } from '../../api/send';
import { decisionLabel, DOMAINS, domainLabel, recipientKindLabel, standingLabel } from '../../caseLabels';
import {
  CONSENT_FIELDS, CONSENT_LABELS, consentInputId, consentViolations, emptyConsent, inOrder, toNewConsent,
  type ConsentInput,
} from '../../caseForms';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Section } from '../../components/Section';
import { SelectField } from '../../components/SelectField';
import { TextareaField } from '../../components/TextareaField';
import { TextField } from '../../components/TextField';
import { formatDate, fullName, memberName, today } from '../../format';
import { useLoad } from '../../useLoad';
import { OkMessage, ProblemAlert, type Problem } from './common';
import { DateField } from '../../components/DateField';
import { todayDutch } from '../../dutchDate';

interface ConsentsSectionProps {
  caseId: string;
  members: CaseMember[];
  canWrite: boolean;
  onChanged: () => void;
}

/** Consents and objections of the members, with how each stands today. */
export function ConsentsSection({ caseId, members, canWrite, onChanged }: ConsentsSectionProps) {
  const [loaded, reload] = useLoad(() => api.GET('/api/v1/cases/{id}/consents', { params: { path: { id: caseId } } }),
    [caseId]);
  const [done, setDone] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);

  async function withdraw(consent: Consent) {
    setBusy(consent.id ?? '');
    setDone(null);
    setProblem(null);
    const sent = await send(() => api.POST('/api/v1/cases/{id}/consents/{consentId}/withdrawal', {
      params: { path: { id: caseId, consentId: consent.id ?? '' } },
      body: { version: consent.version ?? 0, withdrawnOn: today() },
    }));
    setBusy(null);
    if (sent.ok) {
      const recipient = consent.recipientKind === 'DOMAIN' ? domainLabel(consent.recipient) : consent.recipient;
      setDone(`De toestemming van ${memberName(members, consent.memberId)} voor ${recipient} is ingetrokken.`);
      onChanged();
    } else {
      setProblem({ message: sent.errors.message, status: sent.status });
    }
    reload();
  }

  return (
    <Section id="toestemmingen" title="Toestemmingen">
      <div aria-live="polite">
        {done && <OkMessage>{done}</OkMessage>}
        {problem && <ProblemAlert message={problem.message} status={problem.status} onReload={reload} />}
      </div>
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' && <ErrorMessage message={loaded.message} />}
      {loaded.state === 'done' && (
        <ConsentTable consents={loaded.data} members={members} canWrite={canWrite} busy={busy} onWithdraw={withdraw} />
      )}
      {canWrite && (
        <Button appearance="secondary-action-button" aria-expanded={adding} aria-controls="consent-form"
                onClick={() => {
                  setAdding(!adding);
                  setDone(null);
                }}>
          Toestemming of bezwaar vastleggen
        </Button>
      )}
      {canWrite && adding && (
        <ConsentForm caseId={caseId} members={members} onSaved={(consent) => {
          setAdding(false);
          setDone(`${decisionLabel(consent.decision)} van ${memberName(members, consent.memberId)} is vastgelegd.`);
          reload();
          onChanged();
        }} />
      )}
    </Section>
  );
}

function ConsentTable({ consents, members, canWrite, busy, onWithdraw }: {
  consents: Consent[]; members: CaseMember[]; canWrite: boolean; busy: string | null;
  onWithdraw: (consent: Consent) => void;
}) {
  if (consents.length === 0) return <Paragraph>Nog geen toestemmingen of bezwaren vastgelegd.</Paragraph>;
  return (
    <div className="wr-table-container" role="region" aria-labelledby="consents-caption" tabIndex={0}>
      <Table>
        <TableCaption id="consents-caption">Toestemmingen en bezwaren van de leden</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Lid</TableHeaderCell>
            <TableHeaderCell scope="col">Besluit</TableHeaderCell>
            <TableHeaderCell scope="col">Delen met</TableHeaderCell>
            <TableHeaderCell scope="col">Doel</TableHeaderCell>
            <TableHeaderCell scope="col">Vastgelegd</TableHeaderCell>
            <TableHeaderCell scope="col">Geldig tot</TableHeaderCell>
            <TableHeaderCell scope="col">Stand</TableHeaderCell>
            {canWrite && <TableHeaderCell scope="col"><span className="wr-visually-hidden">Actie</span></TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {consents.map((consent) => {
            const recipient = consent.recipientKind === 'DOMAIN' ? domainLabel(consent.recipient) : consent.recipient;
            const who = memberName(members, consent.memberId);
            return (
              <TableRow key={consent.id}>
                <TableCell>{who}</TableCell>
                <TableCell>{decisionLabel(consent.decision)}</TableCell>
                <TableCell>{recipientKindLabel(consent.recipientKind)}: {recipient}</TableCell>
                <TableCell>{consent.purpose}</TableCell>
                <TableCell>{formatDate(consent.recordedOn)}</TableCell>
                <TableCell>{consent.expiresOn ? formatDate(consent.expiresOn) : 'Onbepaald'}</TableCell>
                <TableCell>
                  {standingLabel(consent.standing)}
                  {consent.withdrawnOn && ` op ${formatDate(consent.withdrawnOn)}`}
                </TableCell>
                {canWrite && (
                  <TableCell>
                    {consent.decision === 'GIVEN' && consent.standing === 'GELDIG' && (
                      <Button appearance="secondary-action-button" busy={busy === consent.id}
                              disabled={busy !== null} onClick={() => onWithdraw(consent)}>
                        Intrekken<span className="wr-visually-hidden">: toestemming van {who} voor {recipient}</span>
                      </Button>
                    )}
                  </TableCell>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}

function ConsentForm({ caseId, members, onSaved }: {
  caseId: string; members: CaseMember[]; onSaved: (consent: Consent) => void;
}) {
  const [input, setInput] = useState<ConsentInput>(() => emptyConsent(todayDutch()));
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [saving, setSaving] = useState(false);
  const errorOf = (field: string) => errors?.fieldErrors[field];
  const set = (key: keyof ConsentInput) => (value: string) => setInput((current) => ({ ...current, [key]: value }));
  const current = members.filter((member) => !member.leftOn);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local = consentViolations(input);
    if (Object.keys(local).length > 0) {
      setErrors({ message: 'Controleer de gemarkeerde velden.', fieldErrors: local });
      return;
    }
    setSaving(true);
    const sent = await send(() => api.POST('/api/v1/cases/{id}/consents', {
      params: { path: { id: caseId } }, body: toNewConsent(input),
    }));
    setSaving(false);
    if (sent.ok) onSaved(sent.data);
    else setErrors(sent.errors);
  }

  return (
    <form id="consent-form" onSubmit={submit} noValidate aria-labelledby="consent-form-heading" className="wr-subform">
      <Heading3 id="consent-form-heading">Toestemming of bezwaar vastleggen</Heading3>
      {errors && (
        <ErrorSummary title="De toestemming is nog niet vastgelegd" errors={errors}
                      labelFor={(field) => CONSENT_LABELS[field] ?? field} inputIdFor={consentInputId}
                      order={inOrder(CONSENT_FIELDS)} />
      )}
      <div className="wr-field-grid">
        <SelectField id="consent-memberId" label="Lid" value={input.memberId} emptyLabel="Kies een lid"
                     options={current.map((member) => ({ value: member.id ?? '', label: fullName(member) }))}
                     onChange={set('memberId')} error={errorOf('memberId')} />
        <SelectField id="consent-decision" label="Besluit" value={input.decision} onChange={set('decision')}
                     options={[{ value: 'GIVEN', label: 'Toestemming' }, { value: 'OBJECTED', label: 'Bezwaar' }]}
                     error={errorOf('decision')} />
        <SelectField id="consent-recipientKind" label="Delen met" value={input.recipientKind}
                     options={[{ value: 'DOMAIN', label: 'Een domein' }, { value: 'ORGANISATION', label: 'Een organisatie' }]}
                     onChange={(recipientKind) => setInput({ ...input, recipientKind, recipient: '' })}
                     error={errorOf('recipientKind')} />
        {input.recipientKind === 'DOMAIN' ? (
          <SelectField id="consent-recipient" label="Domein" value={input.recipient} emptyLabel="Kies een domein"
                       options={DOMAINS.map((domain) => ({ value: domain, label: domainLabel(domain) }))}
                       onChange={set('recipient')} error={errorOf('recipient')} />
        ) : (
          <TextField id="consent-recipient" label="Organisatie" value={input.recipient} maxLength={200}
                     onChange={set('recipient')} error={errorOf('recipient')} />
        )}
        <DateField id="consent-recordedOn" label="Vastgelegd op" value={input.recordedOn}
                   onChange={set('recordedOn')} error={errorOf('recordedOn')} />
        <DateField id="consent-expiresOn" label="Geldig tot" optional value={input.expiresOn}
                   onChange={set('expiresOn')} error={errorOf('expiresOn')} />
      </div>
      <TextareaField id="consent-purpose" label="Doel" optional value={input.purpose} maxLength={500} rows={3}
                     onChange={set('purpose')} error={errorOf('purpose')} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={saving} disabled={saving}>Vastleggen</Button>
      </ButtonGroup>
    </form>
  );
}
