import {
  Button, Checkbox, FormFieldErrorMessage, FormLabel, Select, SelectOption, Table, TableBody,
  TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow, Textbox,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { api, type Team, type Wijk } from '../../api/client';
import { send } from '../../api/send';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { Section } from '../../components/Section';
import { useLoad } from '../../useLoad';
import { OutcomeAlert, type Outcome } from '../../components/OutcomeAlert';


/** The wijken of the municipality: name, the team that serves it, and whether it is in use. */
export function WijkenSection() {
  const [areas, reload] = useLoad(() => api.GET('/api/v1/areas'), []);
  const [teams] = useLoad(() => api.GET('/api/v1/teams'), []);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const wijken = areas.state === 'done' ? [...(areas.data.wijken ?? [])].sort((a, b) =>
    (a.code ?? '').localeCompare(b.code ?? '')) : [];
  return (
    <Section id="wijken" title="Wijken">
      <OutcomeAlert outcome={outcome} />
      {areas.state === 'loading' && <Loading />}
      {areas.state === 'failed' && <ErrorMessage message={areas.message} />}
      {areas.state === 'done' && (
        <div className="wr-table-container" role="region" aria-labelledby="wijken-caption" tabIndex={0}>
          <Table>
            <TableCaption id="wijken-caption">Wijken met hun team ({wijken.length})</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Code</TableHeaderCell>
                <TableHeaderCell scope="col">Naam</TableHeaderCell>
                <TableHeaderCell scope="col">Team</TableHeaderCell>
                <TableHeaderCell scope="col">In gebruik</TableHeaderCell>
                <TableHeaderCell scope="col"><span className="wr-visually-hidden">Actie</span></TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {wijken.map((wijk) => (
                <WijkRow key={`${wijk.code}-${wijk.name}-${wijk.teamId}-${wijk.active}`} wijk={wijk}
                         teams={teams.state === 'done' ? teams.data : []}
                         onSaved={(saved) => {
                           setOutcome({ type: 'ok', message: `Wijk ${saved.name} (${saved.code}) is opgeslagen.` });
                           reload();
                         }}
                         onFailed={(message) => setOutcome({ type: 'error', message })} />
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </Section>
  );
}

function WijkRow({ wijk, teams, onSaved, onFailed }: {
  wijk: Wijk; teams: Team[]; onSaved: (wijk: Wijk) => void; onFailed: (message: string) => void;
}) {
  const code = wijk.code ?? '';
  const [name, setName] = useState(wijk.name ?? '');
  const [teamId, setTeamId] = useState(wijk.teamId ?? '');
  const [active, setActive] = useState(wijk.active ?? true);
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const changed = name !== (wijk.name ?? '') || teamId !== (wijk.teamId ?? '') || active !== (wijk.active ?? true);
  const id = `wijk-${code}`;

  async function save() {
    if (name.trim() === '') {
      setError('Vul de naam in.');
      return;
    }
    setSaving(true);
    const sent = await send(() => api.PUT('/api/v1/areas/wijken/{code}', {
      params: { path: { code } }, body: { name: name.trim(), active, teamId },
    }));
    setSaving(false);
    if (sent.ok) {
      setError(undefined);
      onSaved(sent.data);
    } else {
      const fieldMessage = sent.errors.fieldErrors.name;
      setError(fieldMessage);
      if (!fieldMessage) onFailed(sent.errors.message);
    }
  }

  return (
    <TableRow>
      <TableCell>{code}</TableCell>
      <TableCell>
        <FormLabel htmlFor={`${id}-name`} className="wr-visually-hidden">Naam van wijk {code}</FormLabel>
        {error && <FormFieldErrorMessage id={`${id}-name-error`}>{error}</FormFieldErrorMessage>}
        <Textbox id={`${id}-name`} value={name} invalid={Boolean(error)} maxLength={100}
                 aria-describedby={error ? `${id}-name-error` : undefined}
                 onChange={(event) => setName(event.target.value)} />
      </TableCell>
      <TableCell>
        <FormLabel htmlFor={`${id}-team`} className="wr-visually-hidden">Team van wijk {code}</FormLabel>
        <Select id={`${id}-team`} value={teamId} onChange={(event) => setTeamId(event.target.value)}>
          <SelectOption value="">Geen team</SelectOption>
          {teams.map((team) => <SelectOption key={team.id} value={team.id ?? ''}>{team.name}</SelectOption>)}
        </Select>
      </TableCell>
      <TableCell>
        <Checkbox id={`${id}-active`} checked={active} onChange={(event) => setActive(event.target.checked)} />
        <FormLabel htmlFor={`${id}-active`} className="wr-visually-hidden">Wijk {code} in gebruik</FormLabel>
      </TableCell>
      <TableCell>
        <Button appearance={changed ? 'primary-action-button' : 'secondary-action-button'} busy={saving}
                disabled={saving} onClick={save}>
          Opslaan<span className="wr-visually-hidden">: wijk {code}</span>
        </Button>
      </TableCell>
    </TableRow>
  );
}
