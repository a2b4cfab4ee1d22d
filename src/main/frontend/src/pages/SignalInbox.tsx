import {
  Button, ButtonGroup, Link, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useEffect, useState, type FormEvent } from 'react';
import { api, type Areas, type Me, type SignalInboxPage } from '../api/client';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { PageTitle } from '../components/PageTitle';
import { SelectField } from '../components/SelectField';
import { formatDate, formatPostcode } from '../format';
import { personName, teamPeople, wijkName, wijkOptions, type Person } from '../reference';
import { href, navigate } from '../routing';
import {
  DEADLINE_FILTERS, isSignalFiltered, noSignalFilters, signalApiQuery, signalTotal, SIGNAL_PAGE_SIZE,
  type SignalFilters,
} from '../signalInbox';
import { countdown, formatEuros, MATCH_LABELS, PRIORITY_LABELS, urgencyOf } from '../signals';
import { useLoad } from '../useLoad';

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/**
 * The team's signal inbox, overdue first, then by priority and deadline (the server sorts), a page at a time with
 * the true total, filtered on the server. "Te laat of geëscaleerd" is the team lead's view.
 */
export function SignalInbox({ filters, me }: { filters: SignalFilters; me: Me }) {
  const query = signalApiQuery(filters);
  const queryKey = JSON.stringify(query);
  const [loaded] = useLoad(() => api.GET('/api/v1/signal-cases', { params: { query } }), [queryKey]);
  const [areas] = useLoad(() => api.GET('/api/v1/areas'), []);
  const [teams] = useLoad(() => api.GET('/api/v1/teams'), []);
  const members = teamPeople(teams.state === 'done' ? teams.data : []);
  const areaData = areas.state === 'done' ? areas.data : null;
  const show = (changes: Partial<SignalFilters>) => navigate(href.signals({ ...filters, page: 0, ...changes }));
  return (
    <>
      <PageTitle>{filters.deadline === 'attention' ? 'Signalen: te laat en geëscaleerd' : 'Signalen'}</PageTitle>
      <SignalFilterForm filters={filters} areas={areaData} members={members} me={me} onApply={show} />
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' && <ErrorMessage message={loaded.message} />}
      {loaded.state === 'done' && (
        <InboxTable page={loaded.data} filters={filters} areas={areaData} me={me} members={members}
                    onPage={(page) => navigate(href.signals({ ...filters, page }))} />
      )}
    </>
  );
}

function SignalFilterForm({ filters, areas, members, me, onApply }: {
  filters: SignalFilters; areas: Areas | null; members: Person[]; me: Me;
  onApply: (changes: Partial<SignalFilters>) => void;
}) {
  const [draft, setDraft] = useState(filters);
  useEffect(() => setDraft(filters), [filters]);
  const set = (key: keyof SignalFilters) => (value: string) => setDraft((current) => ({ ...current, [key]: value }));
  function apply(event: FormEvent) {
    event.preventDefault();
    const { priority, wijk, match, deadline, assignee } = draft;
    onApply({ priority, wijk, match, deadline, assignee });
  }
  const assignees = [
    { value: 'none', label: 'Nog niemand' },
    ...members.map((p) => ({ value: p.userId, label: p.userId === me.userId ? 'Ik' : p.displayName })),
  ];
  return (
    <form onSubmit={apply} aria-label="Signalen filteren" className="wr-filters">
      <div className="wr-field-grid">
        <SelectField id="filter-priority" label="Prioriteit" value={draft.priority} onChange={set('priority')}
                     emptyLabel="Alle prioriteiten" options={options(PRIORITY_LABELS)} />
        <SelectField id="filter-wijk" label="Wijk" value={draft.wijk} onChange={set('wijk')} emptyLabel="Alle wijken"
                     options={wijkOptions(areas).map((option) => ({ ...option, label: wijkName(areas, option.value) }))} />
        <SelectField id="filter-match" label="Koppeling" value={draft.match} onChange={set('match')}
                     emptyLabel="Alle" options={options(MATCH_LABELS)} />
        <SelectField id="filter-deadline" label="Contacttermijn" value={draft.deadline} onChange={set('deadline')}
                     emptyLabel="Alle termijnen"
                     options={DEADLINE_FILTERS.map((d) => ({ value: d.value, label: d.label }))} />
        <SelectField id="filter-assignee" label="Opgepakt door" value={draft.assignee} onChange={set('assignee')}
                     emptyLabel="Iedereen" options={assignees} />
      </div>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button">Filteren</Button>
        {isSignalFiltered(filters) && (
          <Button appearance="subtle-button" onClick={() => onApply({ ...noSignalFilters })}>Filters wissen</Button>
        )}
      </ButtonGroup>
    </form>
  );
}

function InboxTable({ page, filters, areas, me, members, onPage }: {
  page: SignalInboxPage; filters: SignalFilters; areas: Areas | null; me: Me; members: Person[];
  onPage: (page: number) => void;
}) {
  const items = page.items ?? [];
  const pageNumber = page.page ?? 0;
  const size = page.size || SIGNAL_PAGE_SIZE;
  const total = page.totalItems ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / size));
  const hasNext = page.totalIsLowerBound ? items.length >= size : pageNumber + 1 < pageCount;
  if (items.length === 0) {
    return <Paragraph>{isSignalFiltered(filters) ? 'Geen open signalen die aan de filters voldoen.' : 'Geen open signalen.'}</Paragraph>;
  }
  return (
    <>
      <div className="wr-table-container wr-cards" role="region" aria-labelledby="signals-caption" tabIndex={0}>
        <Table>
          <TableCaption id="signals-caption">Open signaalzaken van je teams ({signalTotal(page)})</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Adres en naam</TableHeaderCell>
              <TableHeaderCell scope="col">Prioriteit</TableHeaderCell>
              <TableHeaderCell scope="col">Contact uiterlijk</TableHeaderCell>
              <TableHeaderCell scope="col">Schuldeisers</TableHeaderCell>
              <TableHeaderCell scope="col">Bedrag</TableHeaderCell>
              <TableHeaderCell scope="col">Koppeling</TableHeaderCell>
              <TableHeaderCell scope="col">Opgepakt door</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((item) => {
              const urgency = urgencyOf(item.workingDaysLeft);
              const [postcode, number, addition] = (item.addressKey ?? '').split('-');
              return (
                <TableRow key={item.id} className={`wr-urgency-${urgency}`}>
                  <TableCell data-label="Adres en naam">
                    <Link href={href.signalCase(item.id ?? '')}>
                      {formatPostcode(postcode)} {number}{addition ? ` ${addition}` : ''}
                    </Link>
                    <br />{item.residentName}
                    {item.wijkCode && <><br />{wijkName(areas, item.wijkCode)}</>}
                  </TableCell>
                  <TableCell data-label="Prioriteit">{PRIORITY_LABELS[item.priority ?? ''] ?? item.priority}</TableCell>
                  <TableCell data-label="Contact uiterlijk">
                    {item.contactDeadline ? formatDate(item.contactDeadline) : ''}
                    <br /><strong>{countdown(item.workingDaysLeft)}</strong>
                    {item.escalatedAt && <><br />Geëscaleerd</>}
                  </TableCell>
                  <TableCell data-label="Schuldeisers">
                    {item.creditorCount} ({item.signalCount} {item.signalCount === 1 ? 'signaal' : 'signalen'})
                  </TableCell>
                  <TableCell data-label="Bedrag">{formatEuros(item.amountCents)}</TableCell>
                  <TableCell data-label="Koppeling">{MATCH_LABELS[item.matchStatus ?? ''] ?? item.matchStatus}</TableCell>
                  <TableCell data-label="Opgepakt door">
                    {!item.assignedTo ? 'Nog niemand' : item.assignedTo === me.userId ? 'Jij' : personName(members, item.assignedTo)}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
      <Paragraph>
        Pagina {pageNumber + 1}{page.totalIsLowerBound ? '' : ` van ${pageCount}`}
      </Paragraph>
      <nav aria-label="Paginering">
        <ButtonGroup>
          <Button appearance="secondary-action-button" disabled={pageNumber === 0} onClick={() => onPage(pageNumber - 1)}>
            Vorige
          </Button>
          <Button appearance="secondary-action-button" disabled={!hasNext} onClick={() => onPage(pageNumber + 1)}>
            Volgende
          </Button>
        </ButtonGroup>
      </nav>
    </>
  );
}
