import {
  Button, ButtonGroup, DataList, DataListItem, DataListKey, DataListValue, Fieldset, FieldsetLegend, Heading2, Link,
  Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { api, type Address, type Areas, type Household, type Member } from '../api/client';
import type { FormErrors } from '../api/problem';
import { send } from '../api/send';
import { languageLabel, roleLabel, statusLabel } from '../caseLabels';
import { CheckboxField } from '../components/CheckboxField';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { ErrorSummary } from '../components/ErrorSummary';
import { PageTitle } from '../components/PageTitle';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { formatAddress, formatDate, formatDay, fullName } from '../format';
import {
  changeInputOf, emptyJoin, emptyMove, historyNewestFirst, joinInputId, MEMBER_ROLES, moveInputId, moveViolations,
  toMemberChange, toMemberJoin, toMove, type JoinInput, type MemberChangeInput, type MoveInput,
} from '../householdEdit';
import { buurtName, buurtOptions, wijkName, wijkOptions } from '../reference';
import { href } from '../routing';
import { useLoad } from '../useLoad';
import { OkMessage, ProblemAlert } from './case/common';
import { MembershipPeriod } from './case/MembersTable';
import { DateField } from '../components/DateField';
import { isoDate, todayDutch } from '../dutchDate';

export function HouseholdDetail({ id }: { id: string }) {
  const [loaded, reload] = useLoad(() => api.GET('/api/v1/households/{id}', { params: { path: { id } } }), [id]);
  const [areas] = useLoad(() => api.GET('/api/v1/areas'), []);
  return (
    <>
      <Paragraph>
        <Link href={href.households()}>Terug naar huishoudens</Link>
      </Paragraph>
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' && (
        <>
          <PageTitle>Huishouden</PageTitle>
          <ErrorMessage message={loaded.status === 404
            ? 'Dit huishouden bestaat niet of hoort niet bij je team.'
            : loaded.message} />
        </>
      )}
      {loaded.state === 'done' && (
        <HouseholdView key={`${loaded.data.id}-${loaded.data.version}`} initial={loaded.data} onReload={reload}
                       areas={areas.state === 'done' ? areas.data : null} />
      )}
    </>
  );
}

/** The household's cases, open and closed, each linking to its case page (and to the signals that reached it). */
function HouseholdCases({ householdId }: { householdId: string }) {
  const [cases] = useLoad(() => api.GET('/api/v1/cases', { params: { query: { household: householdId } } }),
    [householdId]);
  return (
    <section aria-labelledby="cases-heading" className="wr-section">
      <Heading2 id="cases-heading">Zaken</Heading2>
      {cases.state === 'loading' && <Loading />}
      {cases.state === 'failed' && <ErrorMessage message={cases.message} />}
      {cases.state === 'done' && (cases.data.items ?? []).length === 0 && <Paragraph>Geen zaken.</Paragraph>}
      {cases.state === 'done' && (cases.data.items ?? []).length > 0 && (
        <ul className="wr-case-links">
          {(cases.data.items ?? []).map((item) => (
            <li key={item.id}>
              <Link href={href.case(item.id ?? '')}>Zaak {item.caseNumber}</Link>
              {' '}— {statusLabel(item.status)}, aangemeld op {formatDay(item.openedAt)}
              {' '}(<Link href={href.case(item.id ?? '', 'signalen')}>signalen</Link>)
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

type Editing = { kind: 'change' | 'leave'; memberId: string } | { kind: 'join' } | { kind: 'move' } | null;

/**
 * The household as last answered by the server; every change answers the new household (with its new version),
 * which replaces the one shown.
 */
function HouseholdView({ initial, areas, onReload }: { initial: Household; areas: Areas | null; onReload: () => void }) {
  const [household, setHousehold] = useState(initial);
  const [editing, setEditing] = useState<Editing>(null);
  const [done, setDone] = useState<string | null>(null);
  const members = household.members ?? [];
  const address: Partial<Address> = household.address ?? {};
  const saved = (updated: Household, message: string) => {
    setHousehold(updated);
    setEditing(null);
    setDone(message);
  };
  const open = (next: Editing) => {
    setDone(null);
    setEditing(next);
  };
  const editedMember = editing && 'memberId' in editing ? members.find((m) => m.id === editing.memberId) : undefined;

  return (
    <>
      <PageTitle title={`Huishouden ${household.displayName}`}>{household.displayName || 'Huishouden'}</PageTitle>
      <DataList>
        <Item label="Adres">{formatAddress(address)}</Item>
        <Item label="Wijk">
          {wijkName(areas, address.wijkCode)}
          {address.buurtCode && `, buurt ${buurtName(areas, address.buurtCode)}`}
        </Item>
        <Item label="Team">{household.teamName}</Item>
        <Item label="Aangemaakt">{formatDay(household.createdAt)}</Item>
      </DataList>
      <div aria-live="polite">{done && <OkMessage>{done}</OkMessage>}</div>
      <HouseholdCases householdId={household.id ?? ''} />

      <section aria-labelledby="members-heading" className="wr-section">
        <Heading2 id="members-heading">Leden</Heading2>
        <MembersTable household={household} onEdit={open} />
        <Button appearance="secondary-action-button" aria-expanded={editing?.kind === 'join'}
                aria-controls="join-form" onClick={() => open(editing?.kind === 'join' ? null : { kind: 'join' })}>
          Lid toevoegen
        </Button>
        {editing?.kind === 'join' && (
          <JoinForm household={household} onReload={onReload} onCancel={() => setEditing(null)}
                    onSaved={(updated, name) => saved(updated, `${name} is toegevoegd aan het huishouden.`)} />
        )}
        {editing?.kind === 'change' && editedMember && (
          <MemberChangeForm key={editedMember.id} household={household} member={editedMember} onReload={onReload}
                            onCancel={() => setEditing(null)}
                            onSaved={(updated) => saved(updated, `De gegevens van ${fullName(editedMember)} zijn opgeslagen.`)} />
        )}
        {editing?.kind === 'leave' && editedMember && (
          <LeaveForm key={editedMember.id} household={household} member={editedMember} onReload={onReload}
                     onCancel={() => setEditing(null)}
                     onSaved={(updated) => saved(updated, `Het vertrek van ${fullName(editedMember)} is vastgelegd.`)} />
        )}
      </section>

      <section aria-labelledby="addresses-heading" className="wr-section">
        <Heading2 id="addresses-heading">Adres en adresgeschiedenis</Heading2>
        <AddressHistory household={household} areas={areas} />
        <Button appearance="secondary-action-button" aria-expanded={editing?.kind === 'move'}
                aria-controls="move-form" onClick={() => open(editing?.kind === 'move' ? null : { kind: 'move' })}>
          Verhuizing vastleggen
        </Button>
        {editing?.kind === 'move' && (
          <MoveForm household={household} areas={areas} onReload={onReload} onCancel={() => setEditing(null)}
                    onSaved={(updated) => saved(updated, 'De verhuizing is vastgelegd.')} />
        )}
      </section>
    </>
  );
}

function MembersTable({ household, onEdit }: { household: Household; onEdit: (editing: Editing) => void }) {
  const members = household.members ?? [];
  const current = members.filter((member) => !member.leftOn).length;
  return (
    <div className="wr-table-container" role="region" aria-labelledby="members-caption" tabIndex={0}>
      <Table>
        <TableCaption id="members-caption">
          Leden van het huishouden ({current}{current !== members.length && ` van ${members.length}; de anderen zijn vertrokken`})
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Naam</TableHeaderCell>
            <TableHeaderCell scope="col">Rol</TableHeaderCell>
            <TableHeaderCell scope="col">Geboortedatum</TableHeaderCell>
            <TableHeaderCell scope="col">In het huishouden</TableHeaderCell>
            <TableHeaderCell scope="col">Contact en taal</TableHeaderCell>
            <TableHeaderCell scope="col">BSN</TableHeaderCell>
            <TableHeaderCell scope="col"><span className="wr-visually-hidden">Acties</span></TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {members.map((member) => (
            <TableRow key={member.id}>
              <TableCell>{fullName(member)}</TableCell>
              <TableCell>{roleLabel(member.role) || 'Onbekend'}</TableCell>
              <TableCell>{formatDate(member.dateOfBirth)}</TableCell>
              <TableCell><MembershipPeriod member={member} /></TableCell>
              <TableCell>
                {[member.phone, member.email].filter(Boolean).join(', ')}
                {(member.phone || member.email) && <br />}
                {languageLabel(member.preferredLanguage) || 'Taal niet vastgelegd'}
                {member.interpreterNeeded && <>, <strong>tolk nodig</strong></>}
              </TableCell>
              <TableCell><BsnCell householdId={household.id ?? ''} member={member} /></TableCell>
              <TableCell>
                {!member.leftOn && (
                  <ButtonGroup>
                    <Button appearance="subtle-button"
                            onClick={() => onEdit({ kind: 'change', memberId: member.id ?? '' })}>
                      Wijzigen<span className="wr-visually-hidden"> ({fullName(member)})</span>
                    </Button>
                    <Button appearance="subtle-button"
                            onClick={() => onEdit({ kind: 'leave', memberId: member.id ?? '' })}>
                      Vertrek vastleggen<span className="wr-visually-hidden"> ({fullName(member)})</span>
                    </Button>
                  </ButtonGroup>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** The BSN masked; "Toon BSN" reads it in full, which the access log records as a read of its own. */
function BsnCell({ householdId, member }: { householdId: string; member: Member }) {
  const [bsn, setBsn] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  if (!member.bsnMasked) return <>Niet vastgelegd</>;
  async function reveal() {
    setBusy(true);
    setFailed(null);
    const sent = await send(() => api.GET('/api/v1/households/{id}/members/{memberId}/bsn', {
      params: { path: { id: householdId, memberId: member.id ?? '' } },
    }));
    setBusy(false);
    if (sent.ok) setBsn(sent.data.bsn ?? null);
    else setFailed(sent.errors.message);
  }
  return (
    <>
      <span className="wr-bsn">{bsn ?? member.bsnMasked}</span>{' '}
      {bsn ? (
        <Button appearance="subtle-button" onClick={() => setBsn(null)}>
          Verberg BSN<span className="wr-visually-hidden"> van {fullName(member)}</span>
        </Button>
      ) : (
        <Button appearance="subtle-button" busy={busy} disabled={busy} onClick={reveal}>
          Toon BSN<span className="wr-visually-hidden"> van {fullName(member)}</span>
        </Button>
      )}
      {failed && <span role="alert"> {failed}</span>}
    </>
  );
}

function AddressHistory({ household, areas }: { household: Household; areas: Areas | null }) {
  const periods = historyNewestFirst(household.addressHistory);
  if (periods.length === 0) return <Paragraph>Nog geen adresgeschiedenis.</Paragraph>;
  return (
    <div className="wr-table-container" role="region" aria-labelledby="addresses-caption" tabIndex={0}>
      <Table>
        <TableCaption id="addresses-caption">Adressen van het huishouden, nieuwste eerst</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Adres</TableHeaderCell>
            <TableHeaderCell scope="col">Wijk</TableHeaderCell>
            <TableHeaderCell scope="col">Vanaf</TableHeaderCell>
            <TableHeaderCell scope="col">Tot</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {periods.map((period, index) => (
            <TableRow key={`${period.validFrom}-${index}`}>
              <TableCell>{formatAddress(period.address)}</TableCell>
              <TableCell>{wijkName(areas, period.address?.wijkCode)}</TableCell>
              <TableCell>{formatDate(period.validFrom)}</TableCell>
              <TableCell>{period.validTo ? formatDate(period.validTo) : 'nu'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

interface FormProps {
  household: Household;
  onReload: () => void;
  onCancel: () => void;
}

/** A form that opens on request takes the focus on its first field, so keyboard users can type straight away. */
function useFocusOnOpen() {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);
  return form;
}

/** Shared by the forms: send, then the new household or the problem (field messages in the summary). */
function useSubmit() {
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [status, setStatus] = useState(0);
  async function submit<T>(call: () => Promise<{ data?: T; error?: unknown; response: Response }>,
                           onOk: (data: T) => void) {
    setSaving(true);
    const sent = await send<T>(call);
    setSaving(false);
    if (sent.ok) {
      setErrors(null);
      onOk(sent.data);
    } else {
      setErrors(sent.errors);
      setStatus(sent.status);
    }
  }
  return { saving, errors, status, setErrors, submit };
}

function FormProblem({ errors, status, title, labels, inputIdFor, onReload }: {
  errors: FormErrors | null; status: number; title: string; labels: Record<string, string>;
  inputIdFor: (field: string) => string | undefined; onReload: () => void;
}) {
  if (!errors) return null;
  if (Object.keys(errors.fieldErrors).length === 0) {
    return <ProblemAlert message={errors.message} status={status} onReload={onReload} />;
  }
  return (
    <ErrorSummary title={title} errors={errors} inputIdFor={inputIdFor}
                  labelFor={(field) => labels[field.replace(/^(member|address)\./, '')] ?? 'Veld'} />
  );
}

const JOIN_LABELS: Record<string, string> = {
  firstName: 'Voornaam', surnamePrefix: 'Tussenvoegsel', surname: 'Achternaam', dateOfBirth: 'Geboortedatum',
  bsn: 'BSN', role: 'Rol', joinedOn: 'Lid sinds', member: 'Lid',
};

function JoinForm({ household, onReload, onCancel, onSaved }: FormProps & {
  onSaved: (updated: Household, name: string) => void;
}) {
  const [input, setInput] = useState<JoinInput>(emptyJoin(todayDutch()));
  const { saving, errors, status, submit } = useSubmit();
  const form = useFocusOnOpen();
  const set = (key: keyof JoinInput) => (value: string) => setInput((current) => ({ ...current, [key]: value }));
  const errorOf = (field: string) => errors?.fieldErrors[`member.${field}`] ?? errors?.fieldErrors[field];

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit(() => api.POST('/api/v1/households/{id}/members', {
      params: { path: { id: household.id ?? '' } },
      body: toMemberJoin(input, household.version ?? 0) as never,
    }), (updated: Household) => onSaved(updated, fullName(input)));
  }

  return (
    <form id="join-form" ref={form} onSubmit={onSubmit} noValidate aria-label="Lid toevoegen" className="wr-subform">
      <FormProblem errors={errors} status={status} title="Het lid is nog niet toegevoegd" labels={JOIN_LABELS}
                   inputIdFor={joinInputId} onReload={onReload} />
      <Fieldset>
        <FieldsetLegend>Lid toevoegen</FieldsetLegend>
        <div className="wr-field-grid">
          <TextField id="join-firstName" label="Voornaam" value={input.firstName} onChange={set('firstName')}
                     error={errorOf('firstName')} maxLength={100} />
          <TextField id="join-surnamePrefix" label="Tussenvoegsel" optional value={input.surnamePrefix}
                     onChange={set('surnamePrefix')} error={errorOf('surnamePrefix')} maxLength={30} />
          <TextField id="join-surname" label="Achternaam" value={input.surname} onChange={set('surname')}
                     error={errorOf('surname')} maxLength={100} />
          <DateField id="join-dateOfBirth" label="Geboortedatum" value={input.dateOfBirth}
                     onChange={set('dateOfBirth')} error={errorOf('dateOfBirth')} />
          <TextField id="join-bsn" label="BSN" optional value={input.bsn} inputMode="numeric" maxLength={11}
                     onChange={set('bsn')} error={errorOf('bsn')} description="9 cijfers" />
          <SelectField id="join-role" label="Rol" value={input.role} onChange={set('role')} error={errorOf('role')}
                       options={MEMBER_ROLES.map((role) => ({ value: role, label: roleLabel(role) }))} />
          <DateField id="join-joinedOn" label="Lid sinds" value={input.joinedOn}
                     onChange={set('joinedOn')} error={errorOf('joinedOn')}
                     description="De dag van geboorte of van intrekken" />
        </div>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={saving} disabled={saving}>Lid opslaan</Button>
          <Button appearance="secondary-action-button" onClick={onCancel}>Annuleren</Button>
        </ButtonGroup>
      </Fieldset>
    </form>
  );
}

const CHANGE_LABELS: Record<string, string> = {
  role: 'Rol', phone: 'Telefoon', email: 'E-mail', preferredLanguage: 'Taal', interpreterNeeded: 'Tolk',
};

function MemberChangeForm({ household, member, onReload, onCancel, onSaved }: FormProps & {
  member: Member; onSaved: (updated: Household) => void;
}) {
  const [input, setInput] = useState<MemberChangeInput>(changeInputOf(member));
  const { saving, errors, status, submit } = useSubmit();
  const form = useFocusOnOpen();
  const set = (key: 'role' | 'phone' | 'email' | 'preferredLanguage') => (value: string) =>
    setInput((current) => ({ ...current, [key]: value }));
  const errorOf = (field: string) => errors?.fieldErrors[field];

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit(() => api.PUT('/api/v1/households/{id}/members/{memberId}', {
      params: { path: { id: household.id ?? '', memberId: member.id ?? '' } },
      body: toMemberChange(input, household.version ?? 0) as never,
    }), onSaved);
  }

  return (
    <form id="member-change-form" ref={form} onSubmit={onSubmit} noValidate aria-label={`Gegevens van ${fullName(member)} wijzigen`}
          className="wr-subform">
      <FormProblem errors={errors} status={status} title="De gegevens zijn nog niet opgeslagen" labels={CHANGE_LABELS}
                   inputIdFor={(field) => (field in CHANGE_LABELS ? `change-${field}` : undefined)} onReload={onReload} />
      <Fieldset>
        <FieldsetLegend>Gegevens van {fullName(member)} wijzigen</FieldsetLegend>
        <div className="wr-field-grid">
          <SelectField id="change-role" label="Rol" value={input.role} onChange={set('role')} error={errorOf('role')}
                       options={MEMBER_ROLES.map((role) => ({ value: role, label: roleLabel(role) }))} />
          <TextField id="change-phone" label="Telefoon" optional value={input.phone} onChange={set('phone')}
                     error={errorOf('phone')} inputMode="tel" maxLength={20} />
          <TextField id="change-email" label="E-mail" optional value={input.email} onChange={set('email')}
                     error={errorOf('email')} maxLength={200} />
          <TextField id="change-preferredLanguage" label="Taal" optional value={input.preferredLanguage}
                     onChange={set('preferredLanguage')} error={errorOf('preferredLanguage')}
                     description="Taalcode, bijvoorbeeld nl, tr of ar" maxLength={20} />
        </div>
        <CheckboxField id="change-interpreterNeeded" label="Tolk nodig" checked={input.interpreterNeeded}
                       onChange={(interpreterNeeded) => setInput((current) => ({ ...current, interpreterNeeded }))} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={saving} disabled={saving}>
            Gegevens opslaan
          </Button>
          <Button appearance="secondary-action-button" onClick={onCancel}>Annuleren</Button>
        </ButtonGroup>
      </Fieldset>
    </form>
  );
}

function LeaveForm({ household, member, onReload, onCancel, onSaved }: FormProps & {
  member: Member; onSaved: (updated: Household) => void;
}) {
  const [leftOn, setLeftOn] = useState(todayDutch());
  const { saving, errors, status, submit } = useSubmit();
  const form = useFocusOnOpen();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit(() => api.POST('/api/v1/households/{id}/members/{memberId}/departure', {
      params: { path: { id: household.id ?? '', memberId: member.id ?? '' } },
      body: { version: household.version ?? 0, leftOn: leftOn ? isoDate(leftOn) : null } as never,
    }), onSaved);
  }

  return (
    <form id="leave-form" ref={form} onSubmit={onSubmit} noValidate aria-label={`Vertrek van ${fullName(member)} vastleggen`}
          className="wr-subform">
      <FormProblem errors={errors} status={status} title="Het vertrek is nog niet vastgelegd"
                   labels={{ leftOn: 'Vertrekdatum' }} inputIdFor={(field) => (field === 'leftOn' ? 'leave-leftOn' : undefined)}
                   onReload={onReload} />
      <Fieldset>
        <FieldsetLegend>Vertrek van {fullName(member)} vastleggen</FieldsetLegend>
        <Paragraph>{fullName(member)} blijft in de gegevens staan als vertrokken lid.</Paragraph>
        <DateField id="leave-leftOn" label="Vertrekdatum" value={leftOn} onChange={setLeftOn}
                   error={errors?.fieldErrors.leftOn} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={saving} disabled={saving}>
            Vertrek vastleggen
          </Button>
          <Button appearance="secondary-action-button" onClick={onCancel}>Annuleren</Button>
        </ButtonGroup>
      </Fieldset>
    </form>
  );
}

const MOVE_LABELS: Record<string, string> = {
  street: 'Straat', houseNumber: 'Huisnummer', houseNumberAddition: 'Toevoeging', postcode: 'Postcode', town: 'Plaats',
  wijkCode: 'Wijk', buurtCode: 'Buurt', movedOn: 'Verhuisdatum', address: 'Adres',
};

function MoveForm({ household, areas, onReload, onCancel, onSaved }: FormProps & {
  areas: Areas | null; onSaved: (updated: Household) => void;
}) {
  const [input, setInput] = useState<MoveInput>(emptyMove(todayDutch(), household.address?.town ?? 'Zaandam'));
  const { saving, errors, status, setErrors, submit } = useSubmit();
  const form = useFocusOnOpen();
  const set = (key: keyof MoveInput) => (value: string) => setInput((current) => ({
    ...current, [key]: value, ...(key === 'wijkCode' ? { buurtCode: '' } : {}),
  }));
  const errorOf = (field: string) => errors?.fieldErrors[`address.${field}`] ?? errors?.fieldErrors[field];

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const local = moveViolations(input);
    if (Object.keys(local).length > 0) {
      setErrors({ message: 'Controleer de gemarkeerde velden.', fieldErrors: local });
      return;
    }
    void submit(() => api.PUT('/api/v1/households/{id}/address', {
      params: { path: { id: household.id ?? '' } },
      body: toMove(input, household.version ?? 0) as never,
    }), onSaved);
  }

  const buurten = buurtOptions(areas, input.wijkCode);
  return (
    <form id="move-form" ref={form} onSubmit={onSubmit} noValidate aria-label="Verhuizing vastleggen" className="wr-subform">
      <FormProblem errors={errors} status={status} title="De verhuizing is nog niet vastgelegd" labels={MOVE_LABELS}
                   inputIdFor={moveInputId} onReload={onReload} />
      <Fieldset>
        <FieldsetLegend>Verhuizing vastleggen</FieldsetLegend>
        <Paragraph>Het huidige adres gaat naar de adresgeschiedenis; het nieuwe adres geldt vanaf de verhuisdatum.</Paragraph>
        <div className="wr-field-grid">
          <TextField id="move-street" label="Straat" value={input.street} onChange={set('street')}
                     error={errorOf('street')} maxLength={100} className="wr-wide" />
          <TextField id="move-houseNumber" label="Huisnummer" value={input.houseNumber} inputMode="numeric"
                     onChange={set('houseNumber')} error={errorOf('houseNumber')} />
          <TextField id="move-houseNumberAddition" label="Toevoeging" optional maxLength={4}
                     value={input.houseNumberAddition} onChange={set('houseNumberAddition')}
                     error={errorOf('houseNumberAddition')} />
          <TextField id="move-postcode" label="Postcode" value={input.postcode} onChange={set('postcode')}
                     error={errorOf('postcode')} description="Bijvoorbeeld 1502AB" />
          <TextField id="move-town" label="Plaats" value={input.town} onChange={set('town')} error={errorOf('town')}
                     maxLength={80} />
          <SelectField id="move-wijkCode" label="Wijk" value={input.wijkCode} onChange={set('wijkCode')}
                       emptyLabel="Kies een wijk" options={wijkOptions(areas)} error={errorOf('wijkCode')} />
          <SelectField id="move-buurtCode" label="Buurt" optional value={input.buurtCode} onChange={set('buurtCode')}
                       emptyLabel={input.wijkCode ? 'Geen buurt gekozen' : 'Kies eerst een wijk'} options={buurten}
                       error={errorOf('buurtCode')} />
          <DateField id="move-movedOn" label="Verhuisdatum" value={input.movedOn}
                     onChange={set('movedOn')} error={errorOf('movedOn')} />
        </div>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={saving} disabled={saving}>
            Verhuizing opslaan
          </Button>
          <Button appearance="secondary-action-button" onClick={onCancel}>Annuleren</Button>
        </ButtonGroup>
      </Fieldset>
    </form>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}
