import {
  Button, ButtonGroup, Fieldset, FieldsetLegend, FormField, FormFieldErrorMessage, FormLabel, Paragraph, Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, type Me } from '../api/client';
import { toFormErrors, type FormErrors } from '../api/problem';
import { ErrorSummary } from '../components/ErrorSummary';
import { PageTitle } from '../components/PageTitle';
import { DateField } from '../components/DateField';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { send } from '../api/send';
import { householdInputFromSignal } from '../signalHousehold';
import { useLoad } from '../useLoad';
import {
  emptyAddress, emptyMember, fieldLabel, inFormOrder, inputIdFor, localViolations, toNewHousehold, type AddressInput,
  type HouseholdInput, type MemberInput,
} from '../householdForm';
import { wijkOptions } from '../reference';
import { href, navigate } from '../routing';

export function NewHousehold({ me, signalCaseId }: { me: Me; signalCaseId?: string }) {
  const teams = me.teams ?? [];
  const chooseTeam = teams.length > 1;
  const [input, setInput] = useState<HouseholdInput>({
    teamId: teams[0]?.id ?? '', address: emptyAddress, members: [emptyMember],
  });
  // From a signal case at an unknown address: the form starts with the signal's data, and the new household is
  // linked to the case when saved.
  const [signalCase] = useLoad(() => (signalCaseId
    ? api.GET('/api/v1/signal-cases/{id}', { params: { path: { id: signalCaseId } } })
    : Promise.resolve({ data: undefined, error: undefined, response: new Response(null, { status: 204 }) })),
  [signalCaseId]);
  const fromSignal = signalCase.state === 'done' ? signalCase.data : null;
  useEffect(() => {
    if (fromSignal) setInput(householdInputFromSignal(fromSignal, teams.map((team) => team.id ?? '')));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fromSignal?.id]);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [saving, setSaving] = useState(false);
  const [areas] = useLoad(() => api.GET('/api/v1/areas'), []);

  // A member added with "Lid toevoegen" gets the focus, so keyboard users can type straight away.
  const memberCount = input.members.length;
  const previousMemberCount = useRef(memberCount);
  useEffect(() => {
    if (memberCount > previousMemberCount.current) {
      document.getElementById(`member-${memberCount - 1}-firstName`)?.focus();
    }
    previousMemberCount.current = memberCount;
  }, [memberCount]);

  const errorOf = (field: string) => errors?.fieldErrors[field];
  const setAddress = (key: keyof AddressInput) => (value: string) =>
    setInput((current) => ({ ...current, address: { ...current.address, [key]: value } }));
  const setMember = (index: number, key: keyof MemberInput) => (value: string) =>
    setInput((current) => ({
      ...current,
      members: current.members.map((member, i) => (i === index ? { ...member, [key]: value } : member)),
    }));
  const addMember = () => setInput((current) => ({ ...current, members: [...current.members, emptyMember] }));
  const removeMember = (index: number) => {
    setInput((current) => ({ ...current, members: current.members.filter((_, i) => i !== index) }));
    setErrors(null); // the messages name members by position, which just changed
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local = localViolations(input);
    if (Object.keys(local).length > 0) {
      setErrors({ message: 'Controleer de gemarkeerde velden.', fieldErrors: local });
      return;
    }
    setSaving(true);
    try {
      const { data, error, response } = await api.POST('/api/v1/households', {
        body: toNewHousehold(input, chooseTeam),
      });
      if (response.ok && data?.id) {
        if (fromSignal?.id) {
          const linked = await send(() => api.POST('/api/v1/signal-cases/{id}/household', {
            params: { path: { id: fromSignal.id ?? '' } }, body: { version: fromSignal.version ?? 0, householdId: data.id ?? '' },
          }));
          if (linked.ok) {
            navigate(href.signalCase(fromSignal.id));
            return;
          }
        }
        navigate(href.household(data.id));
        return;
      }
      setErrors(toFormErrors(error, response.status));
    } catch {
      setErrors({ message: 'Wijkregie is niet bereikbaar. Probeer het later opnieuw.', fieldErrors: {} });
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      <PageTitle>Nieuw huishouden</PageTitle>
      {errors && (
        <ErrorSummary title="Het huishouden is nog niet opgeslagen" errors={errors} labelFor={fieldLabel}
                      inputIdFor={inputIdFor} order={inFormOrder} />
      )}
      {fromSignal && (
        <Paragraph>
          De gegevens komen uit het signaal; controleer ze. Na het opslaan wordt het huishouden aan de signaalzaak
          gekoppeld.
        </Paragraph>
      )}
      <Paragraph>Velden zonder ‘(optioneel)’ zijn verplicht.</Paragraph>
      <form onSubmit={submit} noValidate aria-label="Nieuw huishouden">
        {chooseTeam && (
          <FormField invalid={Boolean(errorOf('teamId'))}>
            <div className="utrecht-form-field__label">
              <FormLabel htmlFor="teamId">Team</FormLabel>
            </div>
            {errorOf('teamId') && (
              <FormFieldErrorMessage id="teamId-error">{errorOf('teamId')}</FormFieldErrorMessage>
            )}
            <div className="utrecht-form-field__input">
              <Select id="teamId" name="teamId" value={input.teamId} invalid={Boolean(errorOf('teamId'))}
                      aria-describedby={errorOf('teamId') ? 'teamId-error' : undefined}
                      onChange={(event) => setInput({ ...input, teamId: event.target.value })}>
                {teams.map((team) => <SelectOption key={team.id} value={team.id}>{team.name}</SelectOption>)}
              </Select>
            </div>
          </FormField>
        )}

        <Fieldset>
          <FieldsetLegend>Adres</FieldsetLegend>
          <div className="wr-field-grid">
            <TextField id="street" label="Straat" value={input.address.street} onChange={setAddress('street')}
                       error={errorOf('address.street')} maxLength={100} className="wr-wide" />
            <TextField id="houseNumber" label="Huisnummer" value={input.address.houseNumber} inputMode="numeric"
                       onChange={setAddress('houseNumber')} error={errorOf('address.houseNumber')} />
            <TextField id="houseNumberAddition" label="Toevoeging" optional maxLength={4}
                       value={input.address.houseNumberAddition} onChange={setAddress('houseNumberAddition')}
                       error={errorOf('address.houseNumberAddition')} />
            <TextField id="postcode" label="Postcode" value={input.address.postcode} onChange={setAddress('postcode')}
                       error={errorOf('address.postcode')} description="Bijvoorbeeld 1502AB" />
            <TextField id="town" label="Plaats" value={input.address.town} onChange={setAddress('town')}
                       error={errorOf('address.town')} maxLength={80} />
            <SelectField id="wijkCode" label="Wijk" value={input.address.wijkCode} onChange={setAddress('wijkCode')}
                         emptyLabel="Kies een wijk" options={wijkOptions(areas.state === 'done' ? areas.data : null)}
                         error={errorOf('address.wijkCode')} />
          </div>
        </Fieldset>

        <Fieldset>
          <FieldsetLegend>Leden</FieldsetLegend>
          {errorOf('members') && <FormFieldErrorMessage>{errorOf('members')}</FormFieldErrorMessage>}
          {input.members.map((member, index) => (
            <Fieldset key={index} className="wr-member">
              <FieldsetLegend>Lid {index + 1}</FieldsetLegend>
              <div className="wr-field-grid">
                <TextField id={`member-${index}-firstName`} label="Voornaam" value={member.firstName}
                           onChange={setMember(index, 'firstName')} error={errorOf(`members[${index}].firstName`)} />
                <TextField id={`member-${index}-surnamePrefix`} label="Tussenvoegsel" optional
                           value={member.surnamePrefix} onChange={setMember(index, 'surnamePrefix')}
                           error={errorOf(`members[${index}].surnamePrefix`)} />
                <TextField id={`member-${index}-surname`} label="Achternaam" value={member.surname}
                           onChange={setMember(index, 'surname')} error={errorOf(`members[${index}].surname`)} />
                <DateField id={`member-${index}-dateOfBirth`} label="Geboortedatum"
                           value={member.dateOfBirth} onChange={setMember(index, 'dateOfBirth')}
                           error={errorOf(`members[${index}].dateOfBirth`)} />
                <TextField id={`member-${index}-bsn`} label="BSN" optional value={member.bsn} inputMode="numeric"
                           onChange={setMember(index, 'bsn')} error={errorOf(`members[${index}].bsn`)}
                           maxLength={11} description="9 cijfers" />
              </div>
              {index > 0 && (
                <Button appearance="subtle-button" onClick={() => removeMember(index)}>
                  Lid {index + 1} verwijderen
                </Button>
              )}
            </Fieldset>
          ))}
          <Button appearance="secondary-action-button" onClick={addMember}>Lid toevoegen</Button>
        </Fieldset>

        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={saving} disabled={saving}>Opslaan</Button>
        </ButtonGroup>
      </form>
    </>
  );
}
