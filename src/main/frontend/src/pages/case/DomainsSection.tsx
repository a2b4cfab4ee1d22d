import {
  Button, ButtonGroup, Fieldset, FieldsetLegend, Paragraph, UnorderedList, UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api, type Case } from '../../api/client';
import { send } from '../../api/send';
import { DOMAINS, domainLabel } from '../../caseLabels';
import { HOUSEHOLD, toDomainList, toDomainSelection, toggleDomain, type DomainSelection } from '../../caseForms';
import { CheckboxField } from '../../components/CheckboxField';
import { Section } from '../../components/Section';
import { fullName, memberName } from '../../format';
import { OkMessage, ProblemAlert, type Problem } from './common';

interface DomainsSectionProps {
  caseFile: Case;
  canWrite: boolean;
  onChanged: (updated: Case) => void;
  onReload: () => void;
}

/** The domains involved, for the household as a whole or for one member. */
export function DomainsSection({ caseFile, canWrite, onChanged, onReload }: DomainsSectionProps) {
  const [editing, setEditing] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const members = caseFile.household?.members ?? [];
  const selection = toDomainSelection(caseFile.domains);
  const groups = toDomainList(selection, members.map((member) => member.id ?? ''))
    .reduce<[string, string[]][]>((list, involvement) => {
      const key = involvement.memberId ?? HOUSEHOLD;
      const last = list[list.length - 1];
      if (last && last[0] === key) last[1].push(involvement.domain);
      else list.push([key, [involvement.domain]]);
      return list;
    }, []);

  return (
    <Section id="domeinen" title="Domeinen">
      <div aria-live="polite">{done && <OkMessage>{done}</OkMessage>}</div>
      {groups.length === 0 ? <Paragraph>Nog geen domeinen vastgelegd.</Paragraph> : (
        <UnorderedList>
          {groups.map(([key, domains]) => (
            <UnorderedListItem key={key}>
              {key === HOUSEHOLD ? 'Hele huishouden' : memberName(members, key)}: {domains.map(domainLabel).join(', ')}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {canWrite && (
        <Button appearance="secondary-action-button" aria-expanded={editing} aria-controls="domains-form"
                onClick={() => {
                  setEditing(!editing);
                  setDone(null);
                }}>
          Domeinen wijzigen
        </Button>
      )}
      {canWrite && editing && (
        <DomainsForm caseFile={caseFile} initial={selection} onReload={onReload}
                     onSaved={(updated) => {
                       setEditing(false);
                       setDone('De domeinen zijn opgeslagen.');
                       onChanged(updated);
                     }} />
      )}
    </Section>
  );
}

function DomainsForm({ caseFile, initial, onSaved, onReload }: {
  caseFile: Case; initial: DomainSelection; onSaved: (updated: Case) => void; onReload: () => void;
}) {
  const [selection, setSelection] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const members = (caseFile.household?.members ?? []).filter((member) => !member.leftOn || initial[member.id ?? '']);
  const rows = [
    { key: HOUSEHOLD, label: 'Hele huishouden', idPart: 'household' },
    ...members.map((member) => ({ key: member.id ?? '', label: fullName(member), idPart: member.id ?? '' })),
  ];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setProblem(null);
    const sent = await send(() => api.PUT('/api/v1/cases/{id}/domains', {
      params: { path: { id: caseFile.id ?? '' } },
      body: { version: caseFile.version ?? 0, domains: toDomainList(selection, members.map((m) => m.id ?? '')) },
    }));
    setSaving(false);
    if (sent.ok) onSaved(sent.data);
    else setProblem({ message: sent.errors.message, status: sent.status });
  }

  return (
    <form id="domains-form" onSubmit={submit} aria-label="Domeinen wijzigen">
      {problem && <ProblemAlert message={problem.message} status={problem.status} onReload={onReload} />}
      {rows.map((row) => (
        <Fieldset key={row.key} className="wr-checkbox-group">
          <FieldsetLegend>{row.label}</FieldsetLegend>
          <div className="wr-checkbox-row">
            {DOMAINS.map((domain) => (
              <CheckboxField key={domain} id={`domain-${row.idPart}-${domain}`} label={domainLabel(domain)}
                             checked={(selection[row.key] ?? []).includes(domain)}
                             onChange={(on) => setSelection(toggleDomain(selection, row.key, domain, on))} />
            ))}
          </div>
        </Fieldset>
      ))}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={saving} disabled={saving}>
          Domeinen opslaan
        </Button>
      </ButtonGroup>
    </form>
  );
}
