import {
  Button, ButtonGroup, ButtonLink, Link, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api, type Areas, type HouseholdPage } from '../api/client';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { PageTitle } from '../components/PageTitle';
import { TextField } from '../components/TextField';
import { formatAddress, formatDay, formatNumber } from '../format';
import { parseHouseholdSearch, searchDescription, searchQuery, type HouseholdSearch } from '../householdSearch';
import { href, navigate } from '../routing';
import { useLoad } from '../useLoad';
import { wijkName } from '../reference';

const PAGE_SIZE = 20;

/**
 * The households of the user's teams, newest first, or those matching a search. The search stays out of the URL:
 * a BSN does not belong in the browser history.
 */
export function HouseholdList({ pageNumber }: { pageNumber: number }) {
  const [search, setSearch] = useState<HouseholdSearch | null>(null);
  const [searchPage, setSearchPage] = useState(0);
  const query = search
    ? { ...searchQuery(search), page: searchPage, size: PAGE_SIZE }
    : { page: pageNumber, size: PAGE_SIZE };
  const [loaded] = useLoad(() => api.GET('/api/v1/households', { params: { query } }), [JSON.stringify(query)]);
  const [areas] = useLoad(() => api.GET('/api/v1/areas'), []);
  return (
    <>
      <PageTitle>Huishoudens</PageTitle>
      <Paragraph>
        <ButtonLink href={href.newHousehold()} appearance="primary-action-button">Nieuw huishouden</ButtonLink>
      </Paragraph>
      <SearchForm active={search !== null} onSearch={(next) => {
        setSearch(next);
        setSearchPage(0);
      }} />
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' && <ErrorMessage message={loaded.message} />}
      {loaded.state === 'done' && (
        <HouseholdTable page={loaded.data} search={search} areas={areas.state === 'done' ? areas.data : null}
                        onPage={(page) => (search ? setSearchPage(page) : navigate(href.households(page)))} />
      )}
    </>
  );
}

function SearchForm({ active, onSearch }: { active: boolean; onSearch: (search: HouseholdSearch | null) => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseHouseholdSearch(text);
    if (parsed && 'error' in parsed) {
      setError(parsed.error);
      return;
    }
    setError(undefined);
    onSearch(parsed ? parsed.search : null);
  }

  return (
    <form role="search" aria-label="Huishoudens zoeken" onSubmit={submit} noValidate className="wr-inline-form">
      <TextField id="household-search" label="Zoeken" hideOptional type="search" value={text} onChange={setText} error={error}
                 description="Naam, postcode met huisnummer (1502AB 12) of BSN" maxLength={120} />
      <Button type="submit" appearance="primary-action-button">Zoeken</Button>
      {active && (
        <Button appearance="secondary-action-button" onClick={() => {
          setText('');
          setError(undefined);
          onSearch(null);
        }}>
          Alle huishoudens
        </Button>
      )}
    </form>
  );
}

function HouseholdTable({ page, search, areas, onPage }: {
  page: HouseholdPage; search: HouseholdSearch | null; areas: Areas | null; onPage: (page: number) => void;
}) {
  const items = page.items ?? [];
  const pageNumber = page.page ?? 0;
  const size = page.size || PAGE_SIZE;
  const total = page.totalItems ?? items.length;
  const pageCount = Math.max(1, Math.ceil(total / size));
  if (total === 0) {
    return (
      <Paragraph role="status">
        {search ? `Geen huishoudens gevonden op ${searchDescription(search)}.`
          : 'Er zijn nog geen huishoudens voor je team. Registreer er een met ‘Nieuw huishouden’.'}
      </Paragraph>
    );
  }
  return (
    <>
      <div className="wr-table-container wr-cards" role="region" aria-labelledby="households-caption" tabIndex={0}>
        <Table>
          <TableCaption id="households-caption">
            {search ? `Huishoudens gevonden op ${searchDescription(search)}` : 'Huishoudens van je team'}
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Naam</TableHeaderCell>
              <TableHeaderCell scope="col">Adres</TableHeaderCell>
              <TableHeaderCell scope="col">Wijk</TableHeaderCell>
              <TableHeaderCell scope="col">Team</TableHeaderCell>
              <TableHeaderCell scope="col" numericColumn>Leden</TableHeaderCell>
              <TableHeaderCell scope="col">Aangemaakt</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((household) => (
              <TableRow key={household.id}>
                <TableCell data-label="Naam">
                  <Link href={href.household(household.id ?? '')}>{household.displayName || 'Naamloos huishouden'}</Link>
                </TableCell>
                <TableCell data-label="Adres">{formatAddress(household)}</TableCell>
                <TableCell data-label="Wijk">{wijkName(areas, household.wijkCode)}</TableCell>
                <TableCell data-label="Team">{household.teamName}</TableCell>
                <TableCell data-label="Leden" numericColumn>{formatNumber(household.memberCount)}</TableCell>
                <TableCell data-label="Aangemaakt">{formatDay(household.createdAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <Paragraph>
        {formatNumber(total)} {total === 1 ? 'huishouden' : 'huishoudens'}, pagina {pageNumber + 1} van {pageCount}
      </Paragraph>
      <nav aria-label="Paginering">
        <ButtonGroup>
          <Button appearance="secondary-action-button" disabled={pageNumber === 0}
                  onClick={() => onPage(pageNumber - 1)}>
            Vorige
          </Button>
          <Button appearance="secondary-action-button" disabled={pageNumber + 1 >= pageCount}
                  onClick={() => onPage(pageNumber + 1)}>
            Volgende
          </Button>
        </ButtonGroup>
      </nav>
    </>
  );
}
