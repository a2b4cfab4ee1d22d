import {
  Alert, Button, ButtonGroup, Checkbox, FormLabel, Link, Paragraph, Table, TableBody, TableCaption, TableCell,
  TableHeader, TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import { useEffect, useState, type FormEvent } from 'react';
import { api, type Areas, type CaseloadPage, type Me } from '../api/client';
import { send } from '../api/send';
import { CASE_STATUSES, DOMAINS, domainLabel, statusLabel } from '../caseLabels';
import {
  allMatchingIds, caseloadApiQuery, defaultScope, isFiltered, NO_REGISSEUR, pageInfo, REASSIGN_LIMIT, SORTS,
  type CaseloadApiQuery, type CaseloadFilters, type CaseloadSort, type Scope,
} from '../caseload';
import { CheckboxField } from '../components/CheckboxField';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { PageTitle } from '../components/PageTitle';
import { SelectField } from '../components/SelectField';
import { formatDate } from '../format';
import { teamPeople, wijkName, wijkOptions, type Person } from '../reference';
import { href, navigate } from '../routing';
import { useLoad } from '../useLoad';
import { OutcomeAlert, type Outcome } from '../components/OutcomeAlert';


export function Caseload({ filters, me }: { filters: CaseloadFilters; me: Me }) {
  const roles = me.roles ?? [];
  const isTeamLead = roles.includes('teamlead');
  const scope = filters.scope ?? defaultScope(roles);
  const query = caseloadApiQuery(filters, roles);
  const queryKey = JSON.stringify(query);
  const [loaded, reload] = useLoad(() => api.GET('/api/v1/cases', { params: { query } }), [queryKey]);
  const [areas] = useLoad(() => api.GET('/api/v1/areas'), []);
  const [teams] = useLoad(() => api.GET('/api/v1/teams'), []);
  const members = teamPeople(teams.state === 'done' ? teams.data : []);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const show = (changes: Partial<CaseloadFilters>) => navigate(href.cases({ ...filters, page: 0, ...changes }));

  return (
    <>
      <PageTitle>Zaken</PageTitle>
      <div role="group" aria-label="Welke zaken" className="wr-toggle">
        <ScopeButton scope="mine" current={scope} onSelect={(mine) => show({ scope: mine })}>Mijn zaken</ScopeButton>
        <ScopeButton scope="team" current={scope} onSelect={(team) => show({ scope: team })}>Teamzaken</ScopeButton>
      </div>
      <FilterForm filters={filters} areas={areas.state === 'done' ? areas.data : null} members={members}
                  onApply={(changes) => show(changes)} />
      <OutcomeAlert outcome={outcome} />
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' && <ErrorMessage message={loaded.message} />}
      {loaded.state === 'done' && (
        <CaseTable key={queryKey} page={loaded.data} scope={scope} filters={filters} query={query}
                   areas={areas.state === 'done' ? areas.data : null} members={members} selectable={isTeamLead}
                   onReassigned={(message) => {
                     setOutcome({ type: 'ok', message });
                     reload();
                   }}
                   onRefresh={() => {
                     setOutcome(null);
                     reload();
                   }}
                   onPage={(page) => navigate(href.cases({ ...filters, page }))} />
      )}
    </>
  );
}

function ScopeButton({ scope, current, onSelect, children }: {
  scope: Scope; current: Scope; onSelect: (scope: Scope) => void; children: string;
}) {
  return (
    <Button appearance={scope === current ? 'primary-action-button' : 'secondary-action-button'}
            pressed={scope === current} onClick={() => onSelect(scope)}>
      {children}
    </Button>
  );
}

interface FilterFormProps {
  filters: CaseloadFilters;
  areas: Areas | null;
  members: Person[];
  onApply: (changes: Partial<CaseloadFilters>) => void;
}

/** The filters are applied with a button, so that moving through a select does not reload the list under the user. */
function FilterForm({ filters, areas, members, onApply }: FilterFormProps) {
  const [draft, setDraft] = useState(filters);
  useEffect(() => setDraft(filters), [filters]);
  const set = <K extends keyof CaseloadFilters>(key: K) => (value: CaseloadFilters[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  function apply(event: FormEvent) {
    event.preventDefault();
    const { status, domain, wijk, regisseur, overdue, sort } = draft;
    onApply({ status, domain, wijk, regisseur, overdue, sort });
  }

  const regisseurs = draft.regisseur && draft.regisseur !== NO_REGISSEUR
    && !members.some((m) => m.userId === draft.regisseur)
    ? [{ userId: draft.regisseur, displayName: 'Naam onbekend' }, ...members] : members;
  return (
    <form onSubmit={apply} aria-label="Zaken filteren" className="wr-filters">
      <div className="wr-field-grid">
        <SelectField id="filter-status" label="Status" value={draft.status} onChange={set('status')}
                     emptyLabel="Alle open zaken"
                     options={CASE_STATUSES.map((status) => ({ value: status, label: statusLabel(status) }))} />
        <SelectField id="filter-domain" label="Domein" value={draft.domain} onChange={set('domain')}
                     emptyLabel="Alle domeinen"
                     options={DOMAINS.map((domain) => ({ value: domain, label: domainLabel(domain) }))} />
        <SelectField id="filter-wijk" label="Wijk" value={draft.wijk} onChange={set('wijk')} emptyLabel="Alle wijken"
                     options={wijkOptions(areas)} />
        <SelectField id="filter-regisseur" label="Regisseur" value={draft.regisseur} onChange={set('regisseur')}
                     emptyLabel="Alle regisseurs"
                     options={[{ value: NO_REGISSEUR, label: 'Geen regisseur' },
                       ...regisseurs.map((p) => ({ value: p.userId, label: p.displayName }))]} />
        <SelectField id="filter-sort" label="Sorteren op" value={draft.sort}
                     onChange={(value) => set('sort')(value as CaseloadSort)}
                     options={SORTS.map((sort) => ({ value: sort.value, label: sort.label }))} />
      </div>
      <CheckboxField id="filter-overdue" label="Alleen te laat" checked={draft.overdue} onChange={set('overdue')} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button">Filteren</Button>
        {isFiltered(filters) && (
          <Button appearance="subtle-button"
                  onClick={() => onApply({ status: '', domain: '', wijk: '', regisseur: '', overdue: false })}>
            Filters wissen
          </Button>
        )}
      </ButtonGroup>
    </form>
  );
}

interface CaseTableProps {
  page: CaseloadPage;
  scope: Scope;
  filters: CaseloadFilters;
  query: CaseloadApiQuery;
  areas: Areas | null;
  members: Person[];
  selectable: boolean;
  onReassigned: (message: string) => void;
  onRefresh: () => void;
  onPage: (page: number) => void;
}

function CaseTable(props: CaseTableProps) {
  const { page, scope, filters, query, areas, members, selectable, onReassigned, onRefresh, onPage } = props;
  const items = page.items ?? [];
  const info = pageInfo(page);
  const [selected, setSelected] = useState<string[]>([]);
  const ids = items.map((item) => item.id ?? '').filter(Boolean);
  const allSelected = ids.length > 0 && ids.every((id) => selected.includes(id));
  const toggle = (id: string, on: boolean) =>
    setSelected((current) => (on ? [...current.filter((other) => other !== id), id] : current.filter((other) => other !== id)));

  if (items.length === 0) {
    return (
      <Paragraph>
        {isFiltered(filters) ? 'Geen zaken die aan de filters voldoen.'
          : scope === 'mine' ? 'Je bent nog van geen enkele open zaak de regisseur.' : 'Je team heeft geen open zaken.'}
      </Paragraph>
    );
  }
  const caption = scope === 'mine' ? 'Zaken waarvan je regisseur bent' : 'Zaken van je team';
  return (
    <>
      <Paragraph>{info.totalLabel} {page.totalItems === 1 && !page.totalIsLowerBound ? 'zaak' : 'zaken'}</Paragraph>
      {selectable && (
        <ReassignForm selected={selected} members={members} query={query} total={page.totalItems ?? 0}
                      totalIsLowerBound={Boolean(page.totalIsLowerBound)}
                      onDone={(message) => {
                        setSelected([]);
                        onReassigned(message);
                      }}
                      onFailed={onRefresh} />
      )}
      <div className="wr-table-container wr-cards" role="region" aria-labelledby="cases-caption" tabIndex={0}>
        <Table>
          <TableCaption id="cases-caption">{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              {selectable && (
                <TableHeaderCell scope="col">
                  <Checkbox id="select-all" checked={allSelected}
                            onChange={(event) => setSelected(event.target.checked ? ids : [])} />
                  <FormLabel htmlFor="select-all" className="wr-visually-hidden">Alle zaken op deze pagina selecteren</FormLabel>
                </TableHeaderCell>
              )}
              <TableHeaderCell scope="col">Huishouden</TableHeaderCell>
              <TableHeaderCell scope="col">Wijk</TableHeaderCell>
              <TableHeaderCell scope="col">Status</TableHeaderCell>
              <TableHeaderCell scope="col">Uiterlijk</TableHeaderCell>
              <TableHeaderCell scope="col">Domeinen</TableHeaderCell>
              <TableHeaderCell scope="col">Regisseur</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((item) => {
              const id = item.id ?? '';
              const name = item.householdName || 'Naamloos huishouden';
              return (
                <TableRow key={id} data-case-id={id}>
                  {selectable && (
                    <TableCell data-label="Selecteren">
                      <Checkbox id={`select-${id}`} checked={selected.includes(id)}
                                onChange={(event) => toggle(id, event.target.checked)} />
                      <FormLabel htmlFor={`select-${id}`} className="wr-visually-hidden">{name} selecteren</FormLabel>
                    </TableCell>
                  )}
                  <TableCell data-label="Huishouden"><Link href={href.case(id)}>{name}</Link></TableCell>
                  <TableCell data-label="Wijk">{wijkName(areas, item.wijkCode)}</TableCell>
                  <TableCell data-label="Status" className="wr-status">{statusLabel(item.status)}</TableCell>
                  <TableCell data-label="Uiterlijk">
                    {item.dueOn ? formatDate(item.dueOn) : 'Geen termijn'}
                    {item.overdue && <> <strong className="wr-overdue">Te laat</strong></>}
                  </TableCell>
                  <TableCell data-label="Domeinen">{(item.domains ?? []).map(domainLabel).join(', ') || '–'}</TableCell>
                  <TableCell data-label="Regisseur" className="wr-regisseur">{item.regisseurName || 'Geen regisseur'}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
      <Paragraph>{info.pageLabel.charAt(0).toUpperCase() + info.pageLabel.slice(1)}</Paragraph>
      <nav aria-label="Paginering">
        <ButtonGroup>
          <Button appearance="secondary-action-button" disabled={!info.hasPrevious}
                  onClick={() => onPage((page.page ?? 0) - 1)}>
            Vorige
          </Button>
          <Button appearance="secondary-action-button" disabled={!info.hasNext}
                  onClick={() => onPage((page.page ?? 0) + 1)}>
            Volgende
          </Button>
        </ButtonGroup>
      </nav>
    </>
  );
}

function ReassignForm({ selected, members, query, total, totalIsLowerBound, onDone, onFailed }: {
  selected: string[]; members: Person[]; query: CaseloadApiQuery; total: number; totalIsLowerBound: boolean;
  onDone: (message: string) => void; onFailed: () => void;
}) {
  const [regisseur, setRegisseur] = useState('');
  const [which, setWhich] = useState<'selected' | 'all'>('selected');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const count = which === 'all' ? total : selected.length;

  function ask(event: FormEvent) {
    event.preventDefault();
    if (which === 'selected' && selected.length === 0) {
      setError({ message: 'Kies eerst een of meer zaken in de tabel, of kies alle zaken die aan de filters voldoen.' });
      return;
    }
    if (which === 'all' && (totalIsLowerBound || total > REASSIGN_LIMIT)) {
      setError({ message: `Dat zijn meer dan ${REASSIGN_LIMIT} zaken tegelijk. Verfijn eerst de filters.` });
      return;
    }
    if (!regisseur) {
      setError({ message: 'Kies de nieuwe regisseur.', field: 'regisseurId' });
      return;
    }
    setError(null);
    setConfirming(true);
  }

  async function reassign() {
    setSaving(true);
    setError(null);
    let caseIds = selected;
    if (which === 'all') {
      try {
        caseIds = await allMatchingIds(query, async (pageQuery) =>
          (await api.GET('/api/v1/cases', { params: { query: pageQuery } })).data);
      } catch {
        caseIds = [];
      }
      if (caseIds.length === 0) {
        setSaving(false);
        setConfirming(false);
        setError({ message: 'De zaken konden niet worden opgehaald. Probeer het opnieuw.' });
        return;
      }
    }
    const sent = await send(() => api.POST('/api/v1/cases/reassignments', {
      body: { caseIds, regisseurId: regisseur },
    }));
    setSaving(false);
    setConfirming(false);
    if (sent.ok) {
      const done = sent.data?.cases?.length ?? caseIds.length;
      const name = members.find((m) => m.userId === regisseur)?.displayName ?? 'de gekozen regisseur';
      onDone(`${done} ${done === 1 ? 'zaak' : 'zaken'} toegewezen aan ${name}.`);
    } else {
      const fieldMessage = sent.errors.fieldErrors.regisseurId;
      setError(fieldMessage ? { message: fieldMessage, field: 'regisseurId' } : { message: sent.errors.message });
      // The list shows what the server holds now, also after a failure.
      if (sent.status >= 500 || sent.status === 0) onFailed();
    }
  }

  return (
    <form onSubmit={ask} aria-labelledby="reassign-heading" className="wr-reassign">
      <Paragraph id="reassign-heading" className="wr-form-heading">
        Geselecteerde zaken ({selected.length}) opnieuw toewijzen
      </Paragraph>
      {error && !error.field && (
        <Alert type="error" role="alert"><Paragraph>{error.message}</Paragraph></Alert>
      )}
      <fieldset className="wr-choice">
        <legend className="wr-visually-hidden">Welke zaken</legend>
        <label className="wr-radio">
          <input type="radio" name="reassign-which" value="selected" checked={which === 'selected'}
                 onChange={() => { setWhich('selected'); setConfirming(false); }} />
          {' '}De geselecteerde zaken ({selected.length})
        </label>
        <label className="wr-radio">
          <input type="radio" name="reassign-which" value="all" checked={which === 'all'}
                 onChange={() => { setWhich('all'); setConfirming(false); }} />
          {' '}Alle zaken die aan de filters voldoen ({totalIsLowerBound ? `meer dan ${total}` : total})
        </label>
      </fieldset>
      <div className="wr-inline-form">
        <SelectField id="reassign-to" label="Opnieuw toewijzen aan" value={regisseur}
                     onChange={(value) => { setRegisseur(value); setConfirming(false); }}
                     emptyLabel="Kies een regisseur"
                     options={members.map((p) => ({ value: p.userId, label: p.displayName }))}
                     error={error?.field ? error.message : undefined} />
        {!confirming && <Button type="submit" appearance="primary-action-button">Toewijzen</Button>}
      </div>
      {confirming && (
        <div role="alertdialog" aria-labelledby="reassign-confirm" className="wr-confirm">
          <Paragraph id="reassign-confirm">
            {count} {count === 1 ? 'zaak' : 'zaken'} opnieuw toewijzen aan{' '}
            {members.find((m) => m.userId === regisseur)?.displayName ?? 'de gekozen regisseur'}?
          </Paragraph>
          <ButtonGroup>
            <Button appearance="primary-action-button" busy={saving} disabled={saving} onClick={() => void reassign()}>
              Ja, toewijzen
            </Button>
            <Button appearance="secondary-action-button" disabled={saving} onClick={() => setConfirming(false)}>
              Annuleren
            </Button>
          </ButtonGroup>
        </div>
      )}
    </form>
  );
}
