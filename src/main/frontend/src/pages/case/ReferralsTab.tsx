import {
  Button, ButtonGroup, Heading3, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api, type CaseMember } from '../../api/client';
import { send } from '../../api/send';
import { DateField } from '../../components/DateField';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { OutcomeAlert, type Outcome } from '../../components/OutcomeAlert';
import { Section } from '../../components/Section';
import { SelectField } from '../../components/SelectField';
import { dutchDateError, isoDate, todayDutch } from '../../dutchDate';
import { formatDate, fullName } from '../../format';
import { useLoad } from '../../useLoad';
import { CheckInForm, CheckInHistory } from './CheckInForm';
import {
  daysLeftText, DOMAIN_LABELS, PAUSE_REASONS, referralStatusLabel, stepLabel, STEPS, WITHDRAWAL_REASONS,
} from '../../waitingList';

interface ReferralsTabProps {
  caseId: string;
  members: CaseMember[];
  canWrite: boolean;
}

/**
 * The case's referrals (verwijzingen): per member, product and provider the chain of dates with where each came from
 * (by hand or a message), the waiting time against the norm, pauses; a professional refers and records steps.
 */
export function ReferralsTab({ caseId, members, canWrite }: ReferralsTabProps) {
  const [loaded, reload] = useLoad(() => api.GET('/api/v1/cases/{id}/referrals', { params: { path: { id: caseId } } }),
    [caseId]);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const done = (message: string) => {
    setOutcome({ type: 'ok', message });
    reload();
  };
  const failed = (message: string) => setOutcome({ type: 'error', message });
  return (
    <Section id="verwijzingen" title="Verwijzingen">
      <OutcomeAlert outcome={outcome} />
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' && <ErrorMessage message={loaded.message} />}
      {loaded.state === 'done' && loaded.data.length === 0 && <Paragraph>Nog geen verwijzingen.</Paragraph>}
      {loaded.state === 'done' && loaded.data.map((referral) => (
        <article key={`${referral.id}-${referral.version}`} className="wr-referral" aria-labelledby={`ref-${referral.id}`}>
          <Heading3 id={`ref-${referral.id}`}>
            {referral.memberName}: {referral.productName} bij {referral.providerName}
          </Heading3>
          <Paragraph>
            {DOMAIN_LABELS[referral.domain ?? ''] ?? referral.domain} · {referralStatusLabel(referral.status)}
            {referral.urgency === 'URGENT' && ' · urgent'}
            {referral.normDays !== undefined && referral.normDays !== null && (
              <> · norm {referral.normDays} dagen, {referral.waitingTime?.countedDays ?? 0} dagen gewacht
                {referral.status === 'WAITING' || referral.status === 'PAUSED' ? ` (${daysLeftText(referral.daysLeft)})` : ''}
                {(referral.waitingTime?.residentWishDays ?? 0) > 0
                  && `, waarvan apart: ${referral.waitingTime?.residentWishDays} dagen op eigen verzoek`}</>
            )}
          </Paragraph>
          <Table>
            <TableCaption>Stappen</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Stap</TableHeaderCell>
                <TableHeaderCell scope="col">Datum</TableHeaderCell>
                <TableHeaderCell scope="col">Bron</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {(referral.steps ?? []).map((step) => (
                <TableRow key={step.step}>
                  <TableCell>{stepLabel(step.step)}</TableCell>
                  <TableCell>{step.on ? formatDate(step.on) : '–'}</TableCell>
                  <TableCell>{step.source === 'MESSAGE' ? 'bericht' : step.source === 'HAND' ? 'handmatig' : ''}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {(referral.pauses ?? []).length > 0 && (
            <Paragraph>
              Pauzes: {(referral.pauses ?? []).map((p) => `${formatDate(p.from)} – ${p.until ? formatDate(p.until) : 'nu'}`
                + ` (${PAUSE_REASONS[p.reason ?? ''] ?? p.reason})`).join('; ')}
            </Paragraph>
          )}
          <CheckInHistory checkIns={referral.checkIns ?? []} />
          {canWrite && (referral.status === 'WAITING' || referral.status === 'PAUSED') && (
            <CheckInForm referralId={referral.id ?? ''} onDone={done} onFailed={failed} />
          )}
          {canWrite && (referral.status === 'WAITING' || referral.status === 'PAUSED' || referral.status === 'DRAFT'
            || referral.status === 'IN_CARE') && (
            <ReferralActions referralId={referral.id ?? ''} status={referral.status ?? ''} onDone={done}
                             onFailed={failed} />
          )}
        </article>
      ))}
      {canWrite && <NewReferralForm caseId={caseId} members={members} onDone={done} />}
    </Section>
  );
}

function ReferralActions({ referralId, status, onDone, onFailed }: {
  referralId: string; status: string; onDone: (message: string) => void; onFailed: (message: string) => void;
}) {
  const [step, setStep] = useState('REQUEST_SENT');
  const [on, setOn] = useState(todayDutch());
  const [reason, setReason] = useState('RESIDENT_WISH');
  const [error, setError] = useState<string | undefined>();
  const id = `ref-${referralId}`;
  const path = { params: { path: { id: referralId } } };

  async function record(event: FormEvent) {
    event.preventDefault();
    const dateError = dutchDateError(on);
    setError(dateError);
    if (dateError) return;
    const sent = await send(() => api.POST('/api/v1/referrals/{id}/steps', { ...path, body: { step, on: isoDate(on) } }));
    if (sent.ok) onDone(`${stepLabel(step)} is vastgelegd.`);
    else {
      setError(sent.errors.fieldErrors.on);
      onFailed(sent.errors.message);
    }
  }

  async function pauseOrResume() {
    const sent = status === 'PAUSED'
      ? await send(() => api.POST('/api/v1/referrals/{id}/resume', { ...path, body: {} }))
      : await send(() => api.POST('/api/v1/referrals/{id}/pause', { ...path, body: { reason } }));
    if (sent.ok) onDone(status === 'PAUSED' ? 'De wachttijd loopt weer.' : 'De wachttijd is gepauzeerd.');
    else onFailed(sent.errors.message);
  }

  async function withdraw() {
    const sent = await send(() => api.POST('/api/v1/referrals/{id}/withdraw',
      { ...path, body: { reason: 'NO_LONGER_NEEDED' } }));
    if (sent.ok) onDone('De verwijzing is ingetrokken.');
    else onFailed(sent.errors.message);
  }

  return (
    <>
      <form onSubmit={record} noValidate aria-label="Stap vastleggen" className="wr-inline-form">
        <SelectField id={`${id}-step`} label="Stap" value={step} onChange={setStep}
                     options={STEPS.map((value) => ({ value, label: stepLabel(value) }))} />
        <DateField id={`${id}-on`} label="Datum" value={on} onChange={setOn} error={error} />
        <Button type="submit" appearance="secondary-action-button">Stap vastleggen</Button>
      </form>
      {(status === 'WAITING' || status === 'PAUSED') && (
        <ButtonGroup>
          {status === 'WAITING' && (
            <SelectField id={`${id}-pause-reason`} label="Reden van pauze" value={reason} onChange={setReason}
                         options={Object.entries(PAUSE_REASONS).map(([value, label]) => ({ value, label }))} />
          )}
          <Button appearance="secondary-action-button" onClick={pauseOrResume}>
            {status === 'PAUSED' ? 'Pauze beëindigen' : 'Wachttijd pauzeren'}
          </Button>
          <Button appearance="subtle-button" onClick={withdraw}>
            Intrekken ({WITHDRAWAL_REASONS.NO_LONGER_NEEDED.toLowerCase()})
          </Button>
        </ButtonGroup>
      )}
    </>
  );
}

function NewReferralForm({ caseId, members, onDone }: {
  caseId: string; members: CaseMember[]; onDone: (message: string) => void;
}) {
  const [products] = useLoad(() => api.GET('/api/v1/referral-products'), []);
  const [providers] = useLoad(() => api.GET('/api/v1/referral-providers'), []);
  const [memberId, setMemberId] = useState('');
  const [domain, setDomain] = useState('');
  const [productCode, setProductCode] = useState('');
  const [providerId, setProviderId] = useState('');
  const [urgent, setUrgent] = useState('REGULAR');
  const [requestSent, setRequestSent] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const requestError = dutchDateError(requestSent, true);
    if (requestError) {
      setErrors({ requestSentOn: requestError });
      return;
    }
    const sent = await send(() => api.POST('/api/v1/cases/{id}/referrals', {
      params: { path: { id: caseId } },
      body: {
        memberId, domain, productCode, providerId, urgency: urgent,
        requestSentOn: requestSent ? isoDate(requestSent) : undefined,
      },
    }));
    if (sent.ok) {
      setErrors({});
      setMessage(undefined);
      setProductCode('');
      onDone('De verwijzing is vastgelegd.');
    } else {
      setErrors(sent.errors.fieldErrors);
      setMessage(sent.errors.message);
    }
  }

  const productOptions = products.state === 'done'
    ? products.data.filter((p) => !domain || p.domain === domain)
      .map((p) => ({ value: p.code ?? '', label: `${p.code} ${p.name}` })) : [];
  const providerOptions = providers.state === 'done'
    ? providers.data.filter((p) => p.active).map((p) => ({ value: p.id ?? '', label: p.name ?? '' })) : [];
  return (
    <form onSubmit={submit} noValidate aria-labelledby="nieuwe-verwijzing">
      <Heading3 id="nieuwe-verwijzing">Nieuwe verwijzing</Heading3>
      {message && <ErrorMessage message={message} />}
      <SelectField id="referral-member" label="Gezinslid" value={memberId} onChange={setMemberId} emptyLabel="Kies…"
                   error={errors.memberId}
                   options={members.map((m) => ({ value: m.id ?? '', label: fullName(m) }))} />
      <SelectField id="referral-domain" label="Domein" value={domain} onChange={setDomain} emptyLabel="Kies…"
                   error={errors.domain}
                   options={Object.entries(DOMAIN_LABELS).map(([value, label]) => ({ value, label }))} />
      <SelectField id="referral-product" label="Product" value={productCode} onChange={setProductCode}
                   emptyLabel="Kies…" error={errors.productCode} options={productOptions} />
      <SelectField id="referral-provider" label="Aanbieder" value={providerId} onChange={setProviderId}
                   emptyLabel="Kies…" error={errors.providerId} options={providerOptions} />
      <SelectField id="referral-urgency" label="Urgentie" value={urgent} onChange={setUrgent}
                   options={[{ value: 'REGULAR', label: 'Regulier' }, { value: 'URGENT', label: 'Urgent' }]} />
      <DateField id="referral-request" label="Aanvraag verstuurd op" value={requestSent} onChange={setRequestSent}
                 error={errors.requestSentOn} optional
                 description="Laat leeg als de aanvraag (315) later volgt" />
      <Button type="submit" appearance="primary-action-button">Verwijzing vastleggen</Button>
    </form>
  );
}
