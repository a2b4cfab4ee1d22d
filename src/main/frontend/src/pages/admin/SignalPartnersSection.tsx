import {
  Button, Checkbox, FormFieldErrorMessage, FormLabel, Heading3, Paragraph, Select, SelectOption, Table, TableBody,
  TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow, Textbox,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api, type SignalPartner } from '../../api/client';
import { send } from '../../api/send';
import { CheckboxField } from '../../components/CheckboxField';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { OutcomeAlert, type Outcome } from '../../components/OutcomeAlert';
import { Section } from '../../components/Section';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useLoad } from '../../useLoad';
import { PARTNER_TYPES, partnerFormErrors } from '../../signalPartners';

/**
 * The signal partners: which organisation delivers signals with which machine account, of which DDAS type, and
 * whether it still may (an inactive partner's account is refused at the intake).
 */
export function SignalPartnersSection() {
  const [loaded, reload] = useLoad(() => api.GET('/api/v1/signal-partners'), []);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  return (
    <Section id="signaalpartners" title="Signaalpartners">
      <Paragraph>
        Organisaties die signalen van betalingsachterstanden aanleveren. Het account is de loginnaam of OIDC-client-id
        waarmee hun systeem inlogt; het moet bij de identity provider ook de rol signal-partner hebben.
      </Paragraph>
      <OutcomeAlert outcome={outcome} />
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' && <ErrorMessage message={loaded.message} />}
      {loaded.state === 'done' && loaded.data.length === 0 && (
        <Paragraph>Er zijn nog geen signaalpartners geregistreerd.</Paragraph>
      )}
      {loaded.state === 'done' && loaded.data.length > 0 && (
        <div className="wr-table-container" role="region" aria-labelledby="signaalpartners-caption" tabIndex={0}>
          <Table>
            <TableCaption id="signaalpartners-caption">Geregistreerde signaalpartners ({loaded.data.length})</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Organisatie</TableHeaderCell>
                <TableHeaderCell scope="col">Soort</TableHeaderCell>
                <TableHeaderCell scope="col">Account</TableHeaderCell>
                <TableHeaderCell scope="col">Actief</TableHeaderCell>
                <TableHeaderCell scope="col"><span className="wr-visually-hidden">Actie</span></TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {loaded.data.map((partner) => (
                <PartnerRow key={`${partner.id}-${partner.version}`} partner={partner}
                            onSaved={(saved) => {
                              setOutcome({ type: 'ok', message: `Signaalpartner ${saved.organisation} is opgeslagen.` });
                              reload();
                            }}
                            onFailed={(message) => setOutcome({ type: 'error', message })} />
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <NewPartnerForm onCreated={(created) => {
        setOutcome({ type: 'ok', message: `Signaalpartner ${created.organisation} is geregistreerd.` });
        reload();
      }} />
    </Section>
  );
}

function PartnerRow({ partner, onSaved, onFailed }: {
  partner: SignalPartner; onSaved: (partner: SignalPartner) => void; onFailed: (message: string) => void;
}) {
  const [account, setAccount] = useState(partner.account ?? '');
  const [organisation, setOrganisation] = useState(partner.organisation ?? '');
  const [partnerType, setPartnerType] = useState<string>(partner.partnerType ?? '');
  const [active, setActive] = useState(partner.active ?? true);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const changed = account !== (partner.account ?? '') || organisation !== (partner.organisation ?? '')
    || partnerType !== (partner.partnerType ?? '') || active !== (partner.active ?? true);
  const id = `partner-${partner.id}`;
  const name = partner.organisation ?? '';

  async function save() {
    const local = partnerFormErrors({ account, organisation, partnerType });
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    setSaving(true);
    const sent = await send(() => api.PUT('/api/v1/signal-partners/{id}', {
      params: { path: { id: partner.id ?? '' } },
      body: {
        version: partner.version ?? 0, account: account.trim(), organisation: organisation.trim(),
        partnerType: partnerType as NonNullable<SignalPartner['partnerType']>, active,
      },
    }));
    setSaving(false);
    if (sent.ok) {
      onSaved(sent.data);
    } else {
      setErrors(sent.errors.fieldErrors);
      onFailed(sent.errors.message);
    }
  }

  return (
    <TableRow>
      <TableCell>
        <FormLabel htmlFor={`${id}-organisation`} className="wr-visually-hidden">Organisatie van {name}</FormLabel>
        {errors.organisation && <FormFieldErrorMessage id={`${id}-organisation-error`}>{errors.organisation}</FormFieldErrorMessage>}
        <Textbox id={`${id}-organisation`} value={organisation} invalid={Boolean(errors.organisation)} maxLength={200}
                 aria-describedby={errors.organisation ? `${id}-organisation-error` : undefined}
                 onChange={(event) => setOrganisation(event.target.value)} />
      </TableCell>
      <TableCell>
        <FormLabel htmlFor={`${id}-type`} className="wr-visually-hidden">Soort signaalpartner van {name}</FormLabel>
        <Select id={`${id}-type`} value={partnerType} onChange={(event) => setPartnerType(event.target.value)}>
          {PARTNER_TYPES.map((type) => <SelectOption key={type.value} value={type.value}>{type.label}</SelectOption>)}
        </Select>
      </TableCell>
      <TableCell>
        <FormLabel htmlFor={`${id}-account`} className="wr-visually-hidden">Account van {name}</FormLabel>
        {errors.account && <FormFieldErrorMessage id={`${id}-account-error`}>{errors.account}</FormFieldErrorMessage>}
        <Textbox id={`${id}-account`} value={account} invalid={Boolean(errors.account)} maxLength={100}
                 aria-describedby={errors.account ? `${id}-account-error` : undefined}
                 onChange={(event) => setAccount(event.target.value)} />
      </TableCell>
      <TableCell>
        <Checkbox id={`${id}-active`} checked={active} onChange={(event) => setActive(event.target.checked)} />
        <FormLabel htmlFor={`${id}-active`} className="wr-visually-hidden">{name} actief</FormLabel>
      </TableCell>
      <TableCell>
        <Button appearance={changed ? 'primary-action-button' : 'secondary-action-button'} busy={saving}
                disabled={saving} onClick={save}>
          Opslaan<span className="wr-visually-hidden">: signaalpartner {name}</span>
        </Button>
      </TableCell>
    </TableRow>
  );
}

function NewPartnerForm({ onCreated }: { onCreated: (partner: SignalPartner) => void }) {
  const [account, setAccount] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [partnerType, setPartnerType] = useState('');
  const [active, setActive] = useState(true);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local = partnerFormErrors({ account, organisation, partnerType });
    setErrors(local);
    setFailure(undefined);
    if (Object.keys(local).length > 0) return;
    setSaving(true);
    const sent = await send(() => api.POST('/api/v1/signal-partners', {
      body: {
        account: account.trim(), organisation: organisation.trim(),
        partnerType: partnerType as NonNullable<SignalPartner['partnerType']>, active,
      },
    }));
    setSaving(false);
    if (sent.ok) {
      setAccount('');
      setOrganisation('');
      setPartnerType('');
      setActive(true);
      onCreated(sent.data);
    } else {
      setErrors(sent.errors.fieldErrors);
      if (Object.keys(sent.errors.fieldErrors).length === 0) setFailure(sent.errors.message);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="new-partner-heading" className="wr-subform">
      <Heading3 id="new-partner-heading">Nieuwe signaalpartner</Heading3>
      {failure && <ErrorMessage message={failure} />}
      <TextField id="new-partner-organisation" label="Organisatie" value={organisation} onChange={setOrganisation}
                 error={errors.organisation} maxLength={200} />
      <SelectField id="new-partner-type" label="Soort signaalpartner (DDAS)" value={partnerType}
                   options={PARTNER_TYPES} onChange={setPartnerType} error={errors.partnerType} emptyLabel="Kies…" />
      <TextField id="new-partner-account" label="Account" value={account} onChange={setAccount}
                 description="Loginnaam of OIDC-client-id van het systeem van de partner" error={errors.account}
                 maxLength={100} />
      <CheckboxField id="new-partner-active" label="Actief: mag signalen aanleveren" checked={active}
                     onChange={setActive} />
      <Button type="submit" appearance="primary-action-button" busy={saving} disabled={saving}>
        Signaalpartner registreren
      </Button>
    </form>
  );
}
