import { Button, ButtonGroup, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, type Case, type Transition } from '../../api/client';
import type { FormErrors } from '../../api/problem';
import { send } from '../../api/send';
import { CLOSING_REASONS, closingReasonLabel, isBackStep, statusLabel, transitionLabel } from '../../caseLabels';
import { formatDate } from '../../format';
import {
  CLOSING_INPUT_IDS, CLOSING_LABELS, closingViolations, inOrder, type ClosingInput,
} from '../../caseForms';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Section } from '../../components/Section';
import { SelectField } from '../../components/SelectField';
import { TextareaField } from '../../components/TextareaField';
import { OkMessage, ProblemAlert, type Problem } from './common';

type To = Transition['to'];

interface StatusSectionProps {
  caseFile: Case;
  canWrite: boolean;
  onChanged: (updated: Case) => void;
  onReload: () => void;
}

export function StatusSection({ caseFile, canWrite, onChanged, onReload }: StatusSectionProps) {
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [closing, setClosing] = useState(false);
  const [confirming, setConfirming] = useState<To | null>(null);
  const transitions = caseFile.allowedTransitions ?? [];

  async function move(to: To, closingInput?: ClosingInput, reason?: string): Promise<FormErrors | null> {
    setBusy(to);
    setProblem(null);
    setDone(null);
    const sent = await send(() => api.POST('/api/v1/cases/{id}/transitions', {
      params: { path: { id: caseFile.id ?? '' } },
      body: {
        version: caseFile.version ?? 0,
        to,
        ...(closingInput ? {
          closingReason: closingInput.closingReason as Transition['closingReason'],
          outcomeSummary: closingInput.outcomeSummary.trim(),
        } : {}),
        ...(reason?.trim() ? { reason: reason.trim() } : {}),
      },
    }));
    setBusy(null);
    if (sent.ok) {
      setClosing(false);
      setConfirming(null);
      setDone(`De status is nu ${statusLabel(sent.data.status).toLowerCase()}.`
        + (sent.data.dueOn && sent.data.dueOn !== caseFile.dueOn ? ` Uiterlijk nu ${formatDate(sent.data.dueOn)}.` : ''));
      onChanged(sent.data);
      return null;
    }
    if ((!closingInput && !reason) || Object.keys(sent.errors.fieldErrors).length === 0) {
      setProblem({ message: sent.errors.message, status: sent.status });
    }
    return sent.errors;
  }

  return (
    <Section id="status" title="Status">
      <Paragraph>
        Status: <strong id="case-status">{statusLabel(caseFile.status)}</strong>
      </Paragraph>
      <div aria-live="polite">
        {problem && <ProblemAlert message={problem.message} status={problem.status} onReload={onReload} />}
        {done && <OkMessage>{done}</OkMessage>}
      </div>
      {canWrite && transitions.length > 0 && (
        <ButtonGroup role="group" aria-label="Status wijzigen">
          {transitions.map((to) => (
            <Button key={to} appearance={to === 'AFGESLOTEN' ? 'secondary-action-button' : 'primary-action-button'}
                    busy={busy === to} disabled={busy !== null}
                    aria-expanded={to === 'AFGESLOTEN' ? closing : confirming === to}
                    aria-controls={to === 'AFGESLOTEN' ? 'close-form' : 'confirm-status-form'}
                    onClick={() => {
                      setDone(null);
                      setProblem(null);
                      if (to === 'AFGESLOTEN') {
                        setConfirming(null);
                        setClosing(!closing);
                      } else {
                        setClosing(false);
                        setConfirming(confirming === to ? null : to as To);
                      }
                    }}>
              {transitionLabel(caseFile.status, to)}
            </Button>
          ))}
        </ButtonGroup>
      )}
      {canWrite && confirming && (
        <ConfirmStatusForm key={confirming} caseFile={caseFile} to={confirming} busy={busy === confirming}
                           onCancel={() => setConfirming(null)}
                           onSubmit={(reason) => move(confirming, undefined, reason)} />
      )}
      {canWrite && closing && (
        <ClosingForm busy={busy === 'AFGESLOTEN'} onCancel={() => setClosing(false)}
                     onSubmit={(input) => move('AFGESLOTEN', input)} />
      )}
    </Section>
  );
}

interface ConfirmStatusFormProps {
  caseFile: Case;
  to: To;
  busy: boolean;
  onCancel: () => void;
  onSubmit: (reason: string) => Promise<FormErrors | null>;
}

/**
 * "Are you sure?" before a status change, saying what happens to the deadline; a step back also asks why (the
 * reason goes into the timeline).
 */
function ConfirmStatusForm({ caseFile, to, busy, onCancel, onSubmit }: ConfirmStatusFormProps) {
  const back = isBackStep(caseFile.status, to);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('textarea, button')?.focus();
  }, []);
  const option = (caseFile.transitions ?? []).find((t) => t.to === to);
  const newDue = option?.dueOn;
  const dueSentence = newDue && newDue !== caseFile.dueOn
    ? `De termijn verandert: uiterlijk ${formatDate(newDue)}${caseFile.dueOn ? ` (nu ${formatDate(caseFile.dueOn)})` : ''}.`
    : newDue ? `De termijn blijft ${formatDate(newDue)}.` : '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (back && !reason.trim()) {
      setErrors({ message: 'Controleer de gemarkeerde velden.', fieldErrors: { reason: 'Geef de reden om terug te gaan' } });
      return;
    }
    const problem = await onSubmit(reason);
    setErrors(problem && Object.keys(problem.fieldErrors).length > 0 ? problem : null);
  }

  return (
    <form id="confirm-status-form" ref={form} onSubmit={submit} noValidate aria-label="Statuswijziging bevestigen"
          className="wr-subform">
      {errors && (
        <ErrorSummary title="De status is nog niet gewijzigd" errors={errors}
                      labelFor={(field) => (field === 'reason' ? 'Reden' : field)}
                      inputIdFor={(field) => (field === 'reason' ? 'status-reason' : undefined)}
                      order={inOrder(['reason'])} />
      )}
      <Fieldset>
        <FieldsetLegend>
          {`${back ? 'Terug' : 'Verder'} van ${statusLabel(caseFile.status).toLowerCase()} naar ${statusLabel(to).toLowerCase()}?`}
        </FieldsetLegend>
        {dueSentence && <Paragraph id="confirm-status-due">{dueSentence}</Paragraph>}
        {back && (
          <TextareaField id="status-reason" label="Reden (komt in de tijdlijn)" value={reason} maxLength={500}
                         onChange={setReason} error={errors?.fieldErrors.reason} />
        )}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {`${transitionLabel(caseFile.status, to)} bevestigen`}
          </Button>
          <Button appearance="secondary-action-button" onClick={onCancel}>Annuleren</Button>
        </ButtonGroup>
      </Fieldset>
    </form>
  );
}

interface ClosingFormProps {
  busy: boolean;
  onCancel: () => void;
  onSubmit: (input: ClosingInput) => Promise<FormErrors | null>;
}

function ClosingForm({ busy, onCancel, onSubmit }: ClosingFormProps) {
  const [input, setInput] = useState<ClosingInput>({ closingReason: '', outcomeSummary: '' });
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const first = useRef<HTMLFormElement>(null);
  useEffect(() => {
    first.current?.querySelector<HTMLElement>('select')?.focus();
  }, []);
  const errorOf = (field: string) => errors?.fieldErrors[field];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local = closingViolations(input);
    if (Object.keys(local).length > 0) {
      setErrors({ message: 'Controleer de gemarkeerde velden.', fieldErrors: local });
      return;
    }
    const problem = await onSubmit(input);
    setErrors(problem && Object.keys(problem.fieldErrors).length > 0 ? problem : null);
  }

  return (
    <form id="close-form" ref={first} onSubmit={submit} noValidate aria-label="Zaak afsluiten">
      {errors && (
        <ErrorSummary title="De zaak is nog niet afgesloten" errors={errors}
                      labelFor={(field) => CLOSING_LABELS[field] ?? field}
                      inputIdFor={(field) => CLOSING_INPUT_IDS[field]}
                      order={inOrder(['closingReason', 'outcomeSummary'])} />
      )}
      <Fieldset>
        <FieldsetLegend>Zaak afsluiten</FieldsetLegend>
        <Paragraph>Een afgesloten zaak verandert niet meer en heeft geen termijn. De reden komt in de tijdlijn.</Paragraph>
        <SelectField id="close-reason" label="Reden" value={input.closingReason} emptyLabel="Kies een reden"
                     options={CLOSING_REASONS.map((reason) => ({ value: reason, label: closingReasonLabel(reason) }))}
                     onChange={(closingReason) => setInput({ ...input, closingReason })}
                     error={errorOf('closingReason')} />
        <TextareaField id="close-summary" label="Samenvatting van de uitkomst" value={input.outcomeSummary}
                       maxLength={2000} onChange={(outcomeSummary) => setInput({ ...input, outcomeSummary })}
                       error={errorOf('outcomeSummary')} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            Afsluiten bevestigen
          </Button>
          <Button appearance="secondary-action-button" onClick={onCancel}>Annuleren</Button>
        </ButtonGroup>
      </Fieldset>
    </form>
  );
}
