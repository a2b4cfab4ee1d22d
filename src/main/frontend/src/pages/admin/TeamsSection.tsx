import {
  Button, Heading3, Paragraph, UnorderedList, UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { loginNameError } from '../../admin';
import { api, type Team } from '../../api/client';
import { send } from '../../api/send';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { Section } from '../../components/Section';
import { TextField } from '../../components/TextField';
import { useLoad } from '../../useLoad';
import { OutcomeAlert, type Outcome } from '../../components/OutcomeAlert';


/**
 * Teams and their members; adding or removing a member gives or ends access to the team's households at once. Beheer
 * is the one place that shows login names: next to the name colleagues see everywhere else.
 */
export function TeamsSection() {
  const [loaded, reload] = useLoad(() => api.GET('/api/v1/teams'), []);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function remove(team: Team, userId: string) {
    setBusy(`${team.id}/${userId}`);
    setOutcome(null);
    const sent = await send(() => api.DELETE('/api/v1/teams/{id}/members/{userId}', {
      params: { path: { id: team.id ?? '', userId } },
    }));
    setBusy(null);
    setOutcome(sent.ok ? { type: 'ok', message: `${userId} is uit team ${team.name} gehaald.` }
      : { type: 'error', message: sent.errors.message });
    reload();
  }

  return (
    <Section id="teams" title="Teams">
      <OutcomeAlert outcome={outcome} />
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' && <ErrorMessage message={loaded.message} />}
      {loaded.state === 'done' && loaded.data.map((team) => (
        <div key={team.id} className="wr-team">
          <Heading3>{team.name}</Heading3>
          {(team.members ?? []).length === 0 ? <Paragraph>Nog geen leden.</Paragraph> : (
            <UnorderedList className="wr-member-list">
              {(team.members ?? []).map((member) => (
                <UnorderedListItem key={member}>
                  <span>
                    {(team.people ?? []).find((person) => person.userId === member)?.displayName ?? 'Naam onbekend'}
                    <span className="wr-login-name"> (loginnaam {member})</span>
                  </span>
                  <Button appearance="subtle-button" busy={busy === `${team.id}/${member}`} disabled={busy !== null}
                          onClick={() => remove(team, member)}>
                    Verwijderen<span className="wr-visually-hidden">: {member} uit {team.name}</span>
                  </Button>
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
          <AddMemberForm team={team} onAdded={(userId) => {
            setOutcome({ type: 'ok', message: `${userId} is toegevoegd aan team ${team.name}.` });
            reload();
          }} />
        </div>
      ))}
      <NewTeamForm onCreated={(name) => {
        setOutcome({ type: 'ok', message: `Team ${name} is aangemaakt.` });
        reload();
      }} />
    </Section>
  );
}

function AddMemberForm({ team, onAdded }: { team: Team; onAdded: (userId: string) => void }) {
  const [name, setName] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const id = `team-${team.id}-member`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local = loginNameError(name);
    if (local) {
      setError(local);
      return;
    }
    setSaving(true);
    const userId = name.trim();
    const sent = await send(() => api.PUT('/api/v1/teams/{id}/members/{userId}', {
      params: { path: { id: team.id ?? '', userId } },
    }));
    const named = sent.ok && displayName.trim()
      ? await send(() => api.PUT('/api/v1/professionals/{userId}/display-name', {
        params: { path: { userId } }, body: { displayName: displayName.trim() },
      }))
      : null;
    setSaving(false);
    if (named && !named.ok) {
      setError(named.errors.fieldErrors.displayName ?? named.errors.message);
    } else if (sent.ok) {
      setName('');
      setDisplayName('');
      setError(undefined);
      onAdded(userId);
    } else {
      setError(sent.errors.fieldErrors.userId ?? sent.errors.message);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label={`Lid toevoegen aan ${team.name}`} className="wr-inline-form">
      <TextField id={id} label={`Lid toevoegen aan ${team.name}`} description="De loginnaam, bijvoorbeeld pieter"
                 value={name} onChange={setName} error={error} maxLength={100} />
      <TextField id={`${id}-name`} label="Naam" optional value={displayName} onChange={setDisplayName} maxLength={100}
                 description="Zoals collega's de persoon zien, bijvoorbeeld Pieter de Vries; ook om een naam te wijzigen" />
      <Button type="submit" appearance="secondary-action-button" busy={saving} disabled={saving}>Toevoegen</Button>
    </form>
  );
}

function NewTeamForm({ onCreated }: { onCreated: (name: string) => void }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') {
      setError('Vul de naam in.');
      return;
    }
    setSaving(true);
    const sent = await send(() => api.POST('/api/v1/teams', { body: { name: name.trim() } }));
    setSaving(false);
    if (sent.ok) {
      setName('');
      setError(undefined);
      onCreated(sent.data.name ?? name.trim());
    } else {
      setError(sent.errors.fieldErrors.name ?? sent.errors.message);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="new-team-heading" className="wr-subform">
      <Heading3 id="new-team-heading">Nieuw team</Heading3>
      <div className="wr-inline-form">
        <TextField id="new-team-name" label="Naam" value={name} onChange={setName} error={error} maxLength={100} />
        <Button type="submit" appearance="primary-action-button" busy={saving} disabled={saving}>Team aanmaken</Button>
      </div>
    </form>
  );
}
