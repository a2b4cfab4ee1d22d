import {
  Button, ButtonGroup, ButtonLink, Link, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import { api, type HouseholdPage } from '../api/client';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { PageTitle } from '../components/PageTitle';
import { formatAddress, formatDay, formatNumber } from '../format';
import { href, navigate } from '../routing';
import { useLoad } from '../useLoad';

const PAGE_SIZE = 20;

export function HouseholdList({ pageNumber }: { pageNumber: number }) {
  const [loaded] = useLoad(
    () => api.GET('/api/v1/households', { params: { query: { page: pageNumber, size: PAGE_SIZE } } }),
    [pageNumber],
  );
  return (
    <>
      <PageTitle>Huishoudens</PageTitle>
      <Paragraph>
        <ButtonLink href={href.newHousehold()} appearance="primary-action-button">Nieuw huishouden</ButtonLink>
      </Paragraph>
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' && <ErrorMessage message={loaded.message} />}
      {loaded.state === 'done' && <HouseholdTable page={loaded.data} />}
    </>
  );
}

function HouseholdTable({ page }: { page: HouseholdPage }) {
  const items = page.items ?? [];
  const pageNumber = page.page ?? 0;
  const size = page.size || PAGE_SIZE;
  const total = page.totalItems ?? items.length;
  const pageCount = Math.max(1, Math.ceil(total / size));
  if (total === 0) {
    return <Paragraph>Er zijn nog geen huishoudens voor je team. Registreer er een met ‘Nieuw huishouden’.</Paragraph>;
  }
  return (
    <>
      <div className="wr-table-container" role="region" aria-labelledby="households-caption" tabIndex={0}>
        <Table>
          <TableCaption id="households-caption">Huishoudens van je team</TableCaption>
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
                <TableCell>
                  <Link href={href.household(household.id ?? '')}>{household.displayName || 'Naamloos huishouden'}</Link>
                </TableCell>
                <TableCell>{formatAddress(household)}</TableCell>
                <TableCell>{household.wijkCode}</TableCell>
                <TableCell>{household.teamName}</TableCell>
                <TableCell numericColumn>{formatNumber(household.memberCount)}</TableCell>
                <TableCell>{formatDay(household.createdAt)}</TableCell>
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
                  onClick={() => navigate(href.households(pageNumber - 1))}>
            Vorige
          </Button>
          <Button appearance="secondary-action-button" disabled={pageNumber + 1 >= pageCount}
                  onClick={() => navigate(href.households(pageNumber + 1))}>
            Volgende
          </Button>
        </ButtonGroup>
      </nav>
    </>
  );
}
