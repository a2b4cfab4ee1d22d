import {
  Link, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import { api } from '../api/client';
import { daysSince, dimensionLabel } from '../basics';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { PageTitle } from '../components/PageTitle';
import { formatDay } from '../format';
import { href } from '../routing';
import { useLoad } from '../useLoad';

/** The team lead's view: the team's households whose basics are not in order, the longest first. */
export function BasicsOverview() {
  const [loaded] = useLoad(() => api.GET('/api/v1/basics/not-in-order'), []);
  const now = new Date();
  return (
    <>
      <PageTitle>Basis niet op orde</PageTitle>
      <Paragraph>Huishoudens van je teams met een onderdeel dat niet op orde is, het langst bestaande eerst.</Paragraph>
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' && <ErrorMessage message={loaded.message} />}
      {loaded.state === 'done' && loaded.data.length === 0 && <Paragraph>Bij geen enkel huishouden.</Paragraph>}
      {loaded.state === 'done' && loaded.data.length > 0 && (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Huishouden</TableHeaderCell>
              <TableHeaderCell scope="col">Niet op orde</TableHeaderCell>
              <TableHeaderCell scope="col">Sinds</TableHeaderCell>
              <TableHeaderCell scope="col">Dagen</TableHeaderCell>
              <TableHeaderCell scope="col">Let op</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {loaded.data.map((row) => (
              <TableRow key={row.caseId}>
                <TableCell>
                  <Link href={href.case(row.caseId ?? '')}>{row.householdLabel ?? 'Huishouden'}</Link>
                </TableCell>
                <TableCell>{(row.dimensionsNotInOrder ?? []).map(dimensionLabel).join(', ')}</TableCell>
                <TableCell>{formatDay(row.notInOrderSince)}</TableCell>
                <TableCell>{daysSince(row.notInOrderSince, now)}</TableCell>
                <TableCell>
                  {[row.threat ? 'dreiging' : '', row.escalatedAt ? 'termijn verstreken' : '']
                    .filter(Boolean).join(', ')}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
