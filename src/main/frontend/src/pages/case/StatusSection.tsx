import { Button, ButtonGroup, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, type Case, type Transition } from '../../api/client';
import type { FormErrors } from '../../api/problem';
import { send } from '../../api/send';
import { CLOSING_REASONS, closingReasonLabel, statusLabel, transitionLabel } from '../../caseLabels';
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
  const transitions = caseFile.allowedTransitions ?? [];

  async function move(to: To, closingInput?: ClosingInput): Promise<FormErrors | null> {
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
      },
    }));
    setBusy(null);
    if (sent.ok) {
      setClosing(false);
      setDone(`De status is nu ${statusLabel(sent.data.status).toLowerCase()}.`);
      onChanged(sent.data);
      return null;
    }
    if (!closingInput || Object.keys(sent.errors.fieldErrors).length === 0) {
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
                    aria-expanded={to === 'AFGESLOTEN' ? closing : undefined}
                    aria-controls={to === 'AFGESLOTEN' ? 'close-form' : undefined}
                    onClick={() => (to === 'AFGESLOTEN' ? setClosing(!closing) : move(to as To))}>
              {transitionLabel(caseFile.status, to)}
            </Button>
          ))}
        </ButtonGroup>
      )}
      {canWrite && closing && (
        <ClosingForm busy={busy === 'AFGESLOTEN'} onCancel={() => setClosing(false)}
                     onSubmit={(input) => move('AFGESLOTEN', input)} />
      )}
    </Section>
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
