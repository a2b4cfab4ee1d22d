import {
  Button, Link, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { api } from '../api/client';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { formatDate } from '../format';
import { href } from '../routing';
import { useLoad } from '../useLoad';

/** One cell of the waiting-time table: product, and wijk ("-": none) and provider when the row names them. */
export interface WaitingTimeCell {
  productCode: string;
  wijkCode?: string | null;
  providerId?: string | null;
  label: string;
  from?: string;
  to?: string;
}

/**
 * The referrals behind a cell of the waiting-time table, each leading to its case: the team lead's own teams only.
 * A "<10" cell opens too — these are the team's own cases; the rule keeps small groups out of the figures.
 */
export function WaitingTimeReferrals({ cell, onClose }: { cell: WaitingTimeCell; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [loaded] = useLoad(() => api.GET('/api/v1/team-lead-dashboard/waiting-time-referrals', {
    params: {
      query: {
        product: cell.productCode, wijk: cell.wijkCode ?? undefined, provider: cell.providerId ?? undefined,
        from: cell.from, to: cell.to,
      },
    },
  }), [cell.productCode, cell.wijkCode, cell.providerId, cell.from, cell.to]);
  useEffect(() => heading.current?.focus(), [cell]);
  return (
    <section aria-labelledby="doorklik-titel" className="wr-drilldown">
      <h3 id="doorklik-titel" ref={heading} tabIndex={-1}>
        Verwijzingen achter {cell.label}
      </h3>
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' && <ErrorMessage message={loaded.message} />}
      {loaded.state === 'done' && loaded.data.length === 0 && (
        <Paragraph>Geen verwijzingen van je team in deze cel.</Paragraph>
      )}
      {loaded.state === 'done' && loaded.data.length > 0 && (
        <div className="wr-table-container wr-cards" role="region" aria-labelledby="doorklik-caption" tabIndex={0}>
          <Table>
            <TableCaption id="doorklik-caption">
              {loaded.data.length >= 200 ? 'De 200 langst wachtenden' : `${loaded.data.length} ${loaded.data.length === 1 ? 'verwijzing' : 'verwijzingen'}`}, langst
              gewacht eerst
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Huishouden</TableHeaderCell>
                <TableHeaderCell scope="col">Gezinslid</TableHeaderCell>
                <TableHeaderCell scope="col">Aanbieder</TableHeaderCell>
                <TableHeaderCell scope="col">Aanvraag</TableHeaderCell>
                <TableHeaderCell scope="col">Zorg gestart</TableHeaderCell>
                <TableHeaderCell scope="col">Gewacht</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {loaded.data.map((row) => (
                <TableRow key={row.referralId}>
                  <TableCell data-label="Huishouden">
                    <Link href={href.case(row.caseId ?? '', 'verwijzingen')}>{row.householdLabel}</Link>
                  </TableCell>
                  <TableCell data-label="Gezinslid">{row.memberName}</TableCell>
                  <TableCell data-label="Aanbieder">{row.providerName}</TableCell>
                  <TableCell data-label="Aanvraag">{formatDate(row.requestSentOn)}</TableCell>
                  <TableCell data-label="Zorg gestart">{formatDate(row.careStartedOn)}</TableCell>
                  <TableCell data-label="Gewacht">
                    {row.waitingDays} dagen{row.normDays ? (row.withinNorm ? ' (binnen de norm)' : ' (boven de norm)') : ''}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <Button appearance="secondary-action-button" onClick={onClose}>Lijst sluiten</Button>
    </section>
  );
}
