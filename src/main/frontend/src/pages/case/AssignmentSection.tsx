import {
  Button, ButtonGroup, DataList, DataListItem, DataListKey, DataListValue, Fieldset, FieldsetLegend, Paragraph,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api, type Case, type Team } from '../../api/client';
import { send } from '../../api/send';
import { CheckboxField } from '../../components/CheckboxField';
import { Section } from '../../components/Section';
import { SelectField } from '../../components/SelectField';
import { teamPeople, type Person } from '../../reference';
import { OkMessage, ProblemAlert, type Problem } from './common';

interface AssignmentSectionProps {
  caseFile: Case;
  teams: Team[];
  canWrite: boolean;
  onChanged: (updated: Case) => void;
  onReload: () => void;
}

/** The regisseur and the other professionals involved; professionals and team leads may change them. */
export function AssignmentSection({ caseFile, teams, canWrite, onChanged, onReload }: AssignmentSectionProps) {
  const [editing, setEditing] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const involved = caseFile.involved ?? [];
  return (
    <Section id="betrokkenen" title="Regisseur en betrokken professionals">
      <div aria-live="polite">{done && <OkMessage>{done}</OkMessage>}</div>
      <DataList>
        <DataListItem>
          <DataListKey>Regisseur</DataListKey>
          <DataListValue>
            <span id="case-regisseur">{caseFile.regisseur?.displayName || 'Nog geen regisseur'}</span>
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>Betrokken professionals</DataListKey>
          <DataListValue>
            {involved.length > 0 ? involved.map((person) => person.displayName || 'Naam onbekend').join(', ') : 'Geen'}
          </DataListValue>
        </DataListItem>
      </DataList>
      {canWrite && (
        <Button appearance="secondary-action-button" aria-expanded={editing} aria-controls="assignment-form"
                onClick={() => {
                  setEditing(!editing);
                  setDone(null);
                }}>
          Betrokkenen wijzigen
        </Button>
      )}
      {canWrite && editing && (
        <AssignmentForm caseFile={caseFile} members={teamPeople(teams, caseFile.teamId)} onReload={onReload}
                        onSaved={(updated) => {
                          setEditing(false);
                          setDone('De betrokkenen zijn opgeslagen.');
                          onChanged(updated);
                        }} />
      )}
    </Section>
  );
}

function AssignmentForm({ caseFile, members, onSaved, onReload }: {
  caseFile: Case; members: Person[]; onSaved: (updated: Case) => void; onReload: () => void;
}) {
  const [regisseur, setRegisseur] = useState(caseFile.regisseurId ?? '');
  const [involved, setInvolved] = useState<string[]>(caseFile.involvedProfessionals ?? []);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  // Whoever is named now stays choosable, also when they left the team in the meantime.
  const named = [...(caseFile.regisseur ? [caseFile.regisseur] : []), ...(caseFile.involved ?? [])]
    .map((person) => ({ userId: person.userId ?? '', displayName: person.displayName || 'Naam onbekend' }));
  const people = [...members, ...named.filter((p) => !members.some((m) => m.userId === p.userId))];
  const nameOf = (userId: string) => people.find((p) => p.userId === userId)?.displayName ?? 'Naam onbekend';
  const others = people.map((person) => person.userId).filter((person) => person !== regisseur);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setProblem(null);
    const sent = await send(() => api.PUT('/api/v1/cases/{id}/assignment', {
      params: { path: { id: caseFile.id ?? '' } },
      body: {
        version: caseFile.version ?? 0,
        ...(regisseur ? { regisseurId: regisseur } : {}),
        involvedProfessionals: involved.filter((person) => person !== regisseur),
      },
    }));
    setSaving(false);
    if (sent.ok) onSaved(sent.data);
    else setProblem({ message: sent.errors.message, status: sent.status });
  }

  return (
    <form id="assignment-form" onSubmit={submit} aria-label="Betrokkenen wijzigen">
      {problem && <ProblemAlert message={problem.message} status={problem.status} onReload={onReload} />}
      <SelectField id="assign-regisseur" label="Regisseur" value={regisseur} onChange={setRegisseur}
                   emptyLabel="Nog geen regisseur"
                   options={people.map((person) => ({ value: person.userId, label: person.displayName }))} />
      <Fieldset className="wr-checkbox-group">
        <FieldsetLegend>Betrokken professionals</FieldsetLegend>
        {others.length === 0 && <Paragraph>Er zijn geen andere professionals in het team.</Paragraph>}
        {others.map((person) => (
          <CheckboxField key={person} id={`assign-involved-${person}`} label={nameOf(person)}
                         checked={involved.includes(person)}
                         onChange={(on) => setInvolved(on ? [...involved.filter((p) => p !== person), person]
                           : involved.filter((p) => p !== person))} />
        ))}
      </Fieldset>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={saving} disabled={saving}>
          Betrokkenen opslaan
        </Button>
      </ButtonGroup>
    </form>
  );
}
