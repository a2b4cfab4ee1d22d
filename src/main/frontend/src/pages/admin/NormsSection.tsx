import {
  Button, ButtonGroup, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { send } from '../../api/send';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { OutcomeAlert, type Outcome } from '../../components/OutcomeAlert';
import { Section } from '../../components/Section';
import { SelectField } from '../../components/SelectField';
import { TextareaField } from '../../components/TextareaField';
import { TextField } from '../../components/TextField';
import { formatDateTime } from '../../format';
import { daysText, normErrors, normTargetLabel, normTargetOptions, type NormInput } from '../../norms';
import { wijkName, wijkOptions } from '../../reference';
import { useLoad } from '../../useLoad';

const EMPTY: NormInput = { normDays: '', warningDays: '', checkInDays: '14', source: '' };

interface NormRow {
  id?: string;
  appliesTo?: string;
  region?: string;
  normDays?: number;
  warningDays?: number;
  checkInDays?: number;
  source?: string;
  changedByName?: string | null;
  changedAt?: string | null;
}

/**
 * The waiting norms as configuration (issue 17): per product, domain or the wijkteam's own intake, optionally per
 * wijk, the days from request to start, the warning to the regisseur and the bridging check-in cycle, each with its
 * source. A change applies to requests sent from then on; who changed a norm last is shown, and the server logs it.
 */
export function NormsSection() {
  const [loaded, reload] = useLoad(() => api.GET('/api/v1/waiting-norms'), []);
  const [products] = useLoad(() => api.GET('/api/v1/referral-products'), []);
  const [areas] = useLoad(() => api.GET('/api/v1/areas'), []);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [input, setInput] = useState<NormInput>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [newTarget, setNewTarget] = useState('');
  const [newRegion, setNewRegion] = useState('');
  const [newInput, setNewInput] = useState<NormInput>(EMPTY);
  const [newErrors, setNewErrors] = useState<Record<string, string>>({});

  const productList = products.state === 'done' ? products.data : [];
  const areaData = areas.state === 'done' ? areas.data : null;

  function edit(norm: NormRow) {
    setEditing(norm.id ?? null);
    setErrors({});
    setInput({
      normDays: String(norm.normDays ?? ''), warningDays: String(norm.warningDays ?? ''),
      checkInDays: String(norm.checkInDays ?? ''), source: norm.source ?? '',
    });
  }

  async function save(event: FormEvent, norm: NormRow) {
    event.preventDefault();
    const found = normErrors(input);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    const sent = await send(() => api.PUT('/api/v1/waiting-norms/{id}', {
      params: { path: { id: norm.id ?? '' } },
      body: {
        normDays: Number(input.normDays), warningDays: Number(input.warningDays),
        checkInDays: Number(input.checkInDays), source: input.source.trim(),
      },
    }));
    setSaving(false);
    if (sent.ok) {
      setOutcome({ type: 'ok', message: `De norm voor ${normTargetLabel(norm.appliesTo, productList)} is opgeslagen.` });
      setEditing(null);
      reload();
    } else {
      setErrors(sent.errors.fieldErrors);
      setOutcome({ type: 'error', message: sent.errors.message });
    }
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    const found = normErrors(newInput);
    if (!newTarget) found.appliesTo = 'Kies waarvoor de norm geldt';
    setNewErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    const sent = await send(() => api.POST('/api/v1/waiting-norms', {
      body: {
        appliesTo: newTarget, region: newRegion || '*', normDays: Number(newInput.normDays),
        warningDays: Number(newInput.warningDays), checkInDays: Number(newInput.checkInDays),
        source: newInput.source.trim(),
      },
    }));
    setSaving(false);
    if (sent.ok) {
      setOutcome({ type: 'ok', message: `De norm voor ${normTargetLabel(newTarget, productList)} is toegevoegd.` });
      setNewTarget('');
      setNewRegion('');
      setNewInput(EMPTY);
      setNewErrors({});
      reload();
    } else {
      setNewErrors(sent.errors.fieldErrors);
      setOutcome({ type: 'error', message: sent.errors.message });
    }
  }

  const regionLabel = (region: string | undefined) =>
    !region || region === '*' ? 'Alle wijken' : wijkName(areaData, region) || 'Wijk';

  return (
    <Section id="wachttijdnormen" title="Wachttijdnormen">
      <Paragraph>
        Per productcategorie (of per domein, of de eigen intake) en eventueel per wijk: hoeveel dagen tussen aanvraag
        en start van de zorg, wanneer de regisseur een waarschuwing krijgt en hoe vaak een overbruggingscontact volgt
        zolang het huishouden wacht. De meest specifieke norm geldt. Een wijziging geldt voor aanvragen vanaf nu.
      </Paragraph>
      <OutcomeAlert outcome={outcome} />
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' && <ErrorMessage message={loaded.message} />}
      {loaded.state === 'done' && loaded.data.length === 0 && <Paragraph>Er zijn nog geen normen.</Paragraph>}
      {loaded.state === 'done' && loaded.data.length > 0 && (
        <div className="wr-table-container wr-cards" role="region" aria-labelledby="normen-caption" tabIndex={0}>
          <Table>
            <TableCaption id="normen-caption">Wachttijdnormen ({loaded.data.length})</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Geldt voor</TableHeaderCell>
                <TableHeaderCell scope="col">Wijk</TableHeaderCell>
                <TableHeaderCell scope="col">Norm</TableHeaderCell>
                <TableHeaderCell scope="col">Waarschuwing na</TableHeaderCell>
                <TableHeaderCell scope="col">Overbrugging elke</TableHeaderCell>
                <TableHeaderCell scope="col">Bron</TableHeaderCell>
                <TableHeaderCell scope="col">Laatst gewijzigd</TableHeaderCell>
                <TableHeaderCell scope="col"><span className="wr-visually-hidden">Actie</span></TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {(loaded.data as NormRow[]).map((norm) => {
                const target = normTargetLabel(norm.appliesTo, productList);
                return (
                  <TableRow key={norm.id}>
                    <TableCell data-label="Geldt voor">{target}</TableCell>
                    <TableCell data-label="Wijk">{regionLabel(norm.region)}</TableCell>
                    <TableCell data-label="Norm">{daysText(norm.normDays)}</TableCell>
                    <TableCell data-label="Waarschuwing na">{daysText(norm.warningDays)}</TableCell>
                    <TableCell data-label="Overbrugging elke">{daysText(norm.checkInDays)}</TableCell>
                    <TableCell data-label="Bron">{norm.source}</TableCell>
                    <TableCell data-label="Laatst gewijzigd">
                      {norm.changedAt ? `${formatDateTime(norm.changedAt)} door ${norm.changedByName ?? 'onbekend'}`
                        : 'Standaardwaarde'}
                    </TableCell>
                    <TableCell data-label="Actie">
                      {editing !== norm.id && (
                        <Button appearance="secondary-action-button" onClick={() => edit(norm)}>
                          Wijzigen<span className="wr-visually-hidden">: {target}, {regionLabel(norm.region)}</span>
                        </Button>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
      {loaded.state === 'done' && editing && (() => {
        const norm = (loaded.data as NormRow[]).find((n) => n.id === editing);
        if (!norm) return null;
        const target = normTargetLabel(norm.appliesTo, productList);
        return (
          <form onSubmit={(event) => save(event, norm)} noValidate
                aria-label={`Norm wijzigen: ${target}, ${regionLabel(norm.region)}`}>
            <h3>Norm wijzigen: {target} ({regionLabel(norm.region)})</h3>
            <NormFields prefix="norm-edit" input={input} onChange={setInput} errors={errors} />
            <ButtonGroup>
              <Button type="submit" appearance="primary-action-button" busy={saving} disabled={saving}>Opslaan</Button>
              <Button appearance="secondary-action-button" onClick={() => setEditing(null)}>Annuleren</Button>
            </ButtonGroup>
          </form>
        );
      })()}
      <form onSubmit={add} noValidate aria-label="Norm toevoegen">
        <h3>Norm toevoegen</h3>
        <SelectField id="norm-new-target" label="Geldt voor" value={newTarget} onChange={setNewTarget}
                     options={normTargetOptions(productList)} emptyLabel="Kies…" error={newErrors.appliesTo} />
        <SelectField id="norm-new-region" label="Wijk" value={newRegion} onChange={setNewRegion}
                     options={wijkOptions(areaData)} emptyLabel="Alle wijken" error={newErrors.region}
                     description="Alleen als deze wijk een eigen afspraak heeft" />
        <NormFields prefix="norm-new" input={newInput} onChange={setNewInput} errors={newErrors} />
        <Button type="submit" appearance="primary-action-button" busy={saving} disabled={saving}>Norm toevoegen</Button>
      </form>
    </Section>
  );
}

function NormFields({ prefix, input, onChange, errors }: {
  prefix: string; input: NormInput; onChange: (input: NormInput) => void; errors: Record<string, string>;
}) {
  return (
    <>
      <TextField id={`${prefix}-days`} label="Norm (dagen van aanvraag tot start)" value={input.normDays}
                 inputMode="numeric" maxLength={3} error={errors.normDays}
                 onChange={(normDays) => onChange({ ...input, normDays })} description="Bijvoorbeeld 56 (8 weken)" />
      <TextField id={`${prefix}-warning`} label="Waarschuwing aan de regisseur na (dagen)" value={input.warningDays}
                 inputMode="numeric" maxLength={3} error={errors.warningDays}
                 onChange={(warningDays) => onChange({ ...input, warningDays })} description="Vóór de norm" />
      <TextField id={`${prefix}-checkin`} label="Overbruggingscontact elke (dagen)" value={input.checkInDays}
                 inputMode="numeric" maxLength={3} error={errors.checkInDays}
                 onChange={(checkInDays) => onChange({ ...input, checkInDays })} />
      <TextareaField id={`${prefix}-source`} label="Bron" value={input.source} error={errors.source}
                     onChange={(source) => onChange({ ...input, source })}
                     description="Wet, artikel of afspraak waarop de norm rust" />
    </>
  );
}
