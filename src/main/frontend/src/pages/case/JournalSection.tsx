import {
  Button, ButtonGroup, Fieldset, FieldsetLegend, Heading3, Paragraph,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api, type CaseMember, type JournalEntry } from '../../api/client';
import type { FormErrors } from '../../api/problem';
import { send } from '../../api/send';
import { DOMAINS, domainLabel } from '../../caseLabels';
import {
  emptyJournal, inOrder, JOURNAL_LABELS, JOURNAL_MAX, journalInputId, journalViolations, toNewJournalEntry,
  type JournalInput,
} from '../../caseForms';
import { CheckboxField } from '../../components/CheckboxField';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Section } from '../../components/Section';
import { SelectField } from '../../components/SelectField';
import { TextareaField } from '../../components/TextareaField';
import { formatDateTime, formatNumber, fullName, memberName } from '../../format';
import { useLoad } from '../../useLoad';
import { OkMessage } from './common';

const PAGE_SIZE = 20;

interface JournalSectionProps {
  caseId: string;
  members: CaseMember[];
  canWrite: boolean;
  onAdded: () => void;
}

/** The journal: newest first; a professional adds entries (they are never edited). */
export function JournalSection({ caseId, members, canWrite, onAdded }: JournalSectionProps) {
  const [page, setPage] = useState(0);
  const [loaded, reload] = useLoad(
    () => api.GET('/api/v1/cases/{id}/journal', { params: { path: { id: caseId }, query: { page, size: PAGE_SIZE } } }),
    [caseId, page],
  );
  const [done, setDone] = useState<string | null>(null);
  const [writing, setWriting] = useState(false);

  return (
    <Section id="journaal" title="Journaal">
      <div aria-live="polite">{done && <OkMessage>{done}</OkMessage>}</div>
      {canWrite && (
        <Button appearance="secondary-action-button" aria-expanded={writing} aria-controls="journal-form"
                onClick={() => {
                  setWriting(!writing);
                  setDone(null);
                }}>
          Nieuwe notitie
        </Button>
      )}
      {canWrite && writing && (
        <JournalForm caseId={caseId} members={members} onAdded={() => {
          setWriting(false);
          setDone('De notitie is toegevoegd.');
          setPage(0);
          reload();
          onAdded();
        }} onEdit={() => setDone(null)} onCancel={() => setWriting(false)} />
      )}
      <Heading3>Notities, nieuwste eerst</Heading3>
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' && <ErrorMessage message={loaded.message} />}
      {loaded.state === 'done' && (
        <JournalList entries={loaded.data.items ?? []} members={members} page={page} size={PAGE_SIZE}
                     total={loaded.data.totalItems ?? 0} onPage={setPage} />
      )}
    </Section>
  );
}

function JournalList({ entries, members, page, size, total, onPage }: {
  entries: JournalEntry[]; members: CaseMember[]; page: number; size: number; total: number;
  onPage: (page: number) => void;
}) {
  if (entries.length === 0) return <Paragraph>Nog geen notities.</Paragraph>;
  const pageCount = Math.max(1, Math.ceil(total / size));
  return (
    <>
      <ol className="wr-entries" aria-label="Notities, nieuwste eerst">
        {entries.map((entry) => (
          <li key={entry.id} className="wr-entry">
            <Paragraph className="wr-entry-meta">
              <span>{formatDateTime(entry.writtenAt)}</span>
              <span>{entry.authorName || 'Naam onbekend'}</span>
              {entry.domain && <span>{domainLabel(entry.domain)}</span>}
              {entry.confidential && <strong className="wr-confidential">Vertrouwelijk</strong>}
            </Paragraph>
            {(entry.memberIds ?? []).length > 0 && (
              <Paragraph className="wr-entry-members">
                Over: {(entry.memberIds ?? []).map((id) => memberName(members, id)).join(', ')}
              </Paragraph>
            )}
            <Paragraph className="wr-entry-text">{entry.text}</Paragraph>
          </li>
        ))}
      </ol>
      {pageCount > 1 && (
        <nav aria-label="Paginering journaal">
          <Paragraph>{formatNumber(total)} notities, pagina {page + 1} van {pageCount}</Paragraph>
          <ButtonGroup>
            <Button appearance="secondary-action-button" disabled={page === 0} onClick={() => onPage(page - 1)}>
              Nieuwere notities
            </Button>
            <Button appearance="secondary-action-button" disabled={page + 1 >= pageCount}
                    onClick={() => onPage(page + 1)}>
              Oudere notities
            </Button>
          </ButtonGroup>
        </nav>
      )}
    </>
  );
}

function JournalForm({ caseId, members, onAdded, onEdit, onCancel }: {
  caseId: string; members: CaseMember[]; onAdded: () => void; onEdit: () => void; onCancel: () => void;
}) {
  const [input, setInput] = useState<JournalInput>(emptyJournal);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [saving, setSaving] = useState(false);
  const errorOf = (field: string) => errors?.fieldErrors[field];
  const current = members.filter((member) => !member.leftOn);
  const change = (changes: Partial<JournalInput>) => {
    setInput((before) => ({ ...before, ...changes }));
    onEdit();
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local = journalViolations(input);
    if (Object.keys(local).length > 0) {
      setErrors({ message: 'Controleer de gemarkeerde velden.', fieldErrors: local });
      return;
    }
    setSaving(true);
    const sent = await send(() => api.POST('/api/v1/cases/{id}/journal', {
      params: { path: { id: caseId } }, body: toNewJournalEntry(input),
    }));
    setSaving(false);
    if (sent.ok) {
      setInput(emptyJournal);
      setErrors(null);
      onAdded();
    } else {
      setErrors(sent.errors);
    }
  }

  return (
    <form id="journal-form" onSubmit={submit} noValidate aria-labelledby="journal-form-heading" className="wr-subform">
      <Heading3 id="journal-form-heading">Nieuwe notitie</Heading3>
      {errors && (
        <ErrorSummary title="De notitie is nog niet opgeslagen" errors={errors}
                      labelFor={(field) => JOURNAL_LABELS[field.replace(/\[\d+]$/, '')] ?? field}
                      inputIdFor={journalInputId} order={inOrder(['text', 'domain', 'memberIds', 'confidential'])} />
      )}
      <TextareaField id="journal-text" label="Notitie" value={input.text} maxLength={JOURNAL_MAX} rows={5}
                     onChange={(text) => change({ text })} error={errorOf('text')} />
      <SelectField id="journal-domain" label="Domein" optional value={input.domain} emptyLabel="Geen domein"
                   options={DOMAINS.map((domain) => ({ value: domain, label: domainLabel(domain) }))}
                   onChange={(domain) => change({ domain })} error={errorOf('domain')} />
      {current.length > 0 && (
        <Fieldset className="wr-checkbox-group">
          <FieldsetLegend>Over wie <span className="wr-optional">(optioneel)</span></FieldsetLegend>
          {current.map((member) => {
            const id = member.id ?? '';
            return (
              <CheckboxField key={id} id={`journal-member-${id}`} label={fullName(member)}
                             checked={input.memberIds.includes(id)}
                             onChange={(on) => change({
                               memberIds: on ? [...input.memberIds.filter((m) => m !== id), id]
                                 : input.memberIds.filter((m) => m !== id),
                             })} />
            );
          })}
        </Fieldset>
      )}
      <CheckboxField id="journal-confidential" label="Vertrouwelijk" checked={input.confidential}
                     description="Alleen jij en de regisseur kunnen een vertrouwelijke notitie lezen."
                     onChange={(confidential) => change({ confidential })} error={errorOf('confidential')} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={saving} disabled={saving}>
          Notitie toevoegen
        </Button>
        <Button appearance="secondary-action-button" onClick={onCancel}>Annuleren</Button>
      </ButtonGroup>
    </form>
  );
}
