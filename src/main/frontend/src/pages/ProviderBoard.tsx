import {
  Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import { api } from '../api/client';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { PageTitle } from '../components/PageTitle';
import { useLoad } from '../useLoad';
import { percentileText } from '../waitingList';

/**
 * The provider board: per provider and product the households waiting now and how long they wait so far, and the
 * waiting times of care started in the last 90 days, so a professional refers where the wait is shortest. Counts
 * only, of every team; no person is shown.
 */
export function ProviderBoard() {
  const [loaded] = useLoad(() => api.GET('/api/v1/provider-board'), []);
  return (
    <>
      <PageTitle>Wachttijden per aanbieder</PageTitle>
      <Paragraph>
        Hoeveel huishoudens nu wachten en hoe lang, per aanbieder en product, over alle teams. Wachttijd in dagen van
        aanvraag tot start, zonder pauzes. Minder dan 10 verwijzingen: geen mediaan (&lt;10).
      </Paragraph>
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' && <ErrorMessage message={loaded.message} />}
      {loaded.state === 'done' && loaded.data.length === 0 && <Paragraph>Nog geen verwijzingen.</Paragraph>}
      {loaded.state === 'done' && loaded.data.length > 0 && (
        <div className="wr-table-container" role="region" aria-labelledby="aanbieders-caption" tabIndex={0}>
          <Table>
            <TableCaption id="aanbieders-caption">Wachttijden per aanbieder en product</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Product</TableHeaderCell>
                <TableHeaderCell scope="col">Aanbieder</TableHeaderCell>
                <TableHeaderCell scope="col">Wachtend nu</TableHeaderCell>
                <TableHeaderCell scope="col">Wacht nu (mediaan)</TableHeaderCell>
                <TableHeaderCell scope="col">Gestart (90 dagen)</TableHeaderCell>
                <TableHeaderCell scope="col">p50</TableHeaderCell>
                <TableHeaderCell scope="col">p90</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {loaded.data.map((row) => (
                <TableRow key={`${row.providerId}/${row.productCode}`}>
                  <TableCell>{row.productName}</TableCell>
                  <TableCell>{row.providerName}</TableCell>
                  <TableCell>{row.waiting}</TableCell>
                  <TableCell>{percentileText(row.currentP50, row.waiting)}</TableCell>
                  <TableCell>{(row.startedCount ?? 0) < 10 ? '<10' : row.startedCount}</TableCell>
                  <TableCell>{percentileText(row.startedP50, row.startedCount)}</TableCell>
                  <TableCell>{percentileText(row.startedP90, row.startedCount)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
