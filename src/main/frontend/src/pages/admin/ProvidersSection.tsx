import {
  Button, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { send } from '../../api/send';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { OutcomeAlert, type Outcome } from '../../components/OutcomeAlert';
import { Section } from '../../components/Section';
import { TextField } from '../../components/TextField';
import { useLoad } from '../../useLoad';

/**
 * The provider register for referrals: name and AGB code (the code in iJw/iWmo messages, so an imported event finds
 * its referral). An inactive provider gets no new referrals; its running ones stay.
 */
export function ProvidersSection() {
  const [loaded, reload] = useLoad(() => api.GET('/api/v1/referral-providers'), []);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [name, setName] = useState('');
  const [agb, setAgb] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  async function add(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    const sent = await send(() => api.POST('/api/v1/referral-providers', { body: { name, agbCode: agb } }));
    setSaving(false);
    if (sent.ok) {
      setOutcome({ type: 'ok', message: `Aanbieder ${sent.data.name} is toegevoegd.` });
      setName('');
      setAgb('');
      setErrors({});
      reload();
    } else {
      setErrors(sent.errors.fieldErrors);
      setOutcome({ type: 'error', message: sent.errors.message });
    }
  }

  async function toggle(provider: { id?: string; name?: string; agbCode?: string; active?: boolean }) {
    const sent = await send(() => api.PUT('/api/v1/referral-providers/{id}', {
      params: { path: { id: provider.id ?? '' } },
      body: { name: provider.name ?? '', agbCode: provider.agbCode ?? '', active: !provider.active },
    }));
    setOutcome(sent.ok ? { type: 'ok', message: `Aanbieder ${sent.data.name} is opgeslagen.` }
      : { type: 'error', message: sent.errors.message });
    reload();
  }

  return (
    <Section id="aanbieders" title="Zorgaanbieders">
      <Paragraph>Aanbieders waarnaar verwezen wordt, met hun AGB-code uit het berichtenverkeer (iJw/iWmo).</Paragraph>
      <OutcomeAlert outcome={outcome} />
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' && <ErrorMessage message={loaded.message} />}
      {loaded.state === 'done' && loaded.data.length > 0 && (
        <div className="wr-table-container" role="region" aria-labelledby="aanbieders-register" tabIndex={0}>
          <Table>
            <TableCaption id="aanbieders-register">Aanbiedersregister ({loaded.data.length})</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Naam</TableHeaderCell>
                <TableHeaderCell scope="col">AGB-code</TableHeaderCell>
                <TableHeaderCell scope="col">Actief</TableHeaderCell>
                <TableHeaderCell scope="col"><span className="wr-visually-hidden">Actie</span></TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {loaded.data.map((provider) => (
                <TableRow key={`${provider.id}-${provider.version}`}>
                  <TableCell>{provider.name}</TableCell>
                  <TableCell>{provider.agbCode}</TableCell>
                  <TableCell>{provider.active ? 'ja' : 'nee'}</TableCell>
                  <TableCell>
                    <Button appearance="secondary-action-button" onClick={() => toggle(provider)}>
                      {provider.active ? 'Op inactief zetten' : 'Weer actief maken'}
                      <span className="wr-visually-hidden"> {provider.name}</span>
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <form onSubmit={add} noValidate aria-label="Aanbieder toevoegen">
        <TextField id="provider-name" label="Naam" value={name} onChange={setName} error={errors.name} maxLength={200} />
        <TextField id="provider-agb" label="AGB-code" value={agb} onChange={setAgb} error={errors.agbCode}
                   inputMode="numeric" maxLength={8} description="8 cijfers" />
        <Button type="submit" appearance="primary-action-button" busy={saving} disabled={saving}>
          Aanbieder toevoegen
        </Button>
      </form>
    </Section>
  );
}
