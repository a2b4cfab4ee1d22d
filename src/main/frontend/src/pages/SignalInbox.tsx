import {
  Link, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import { api, type SignalInboxItem } from '../api/client';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { PageTitle } from '../components/PageTitle';
import { formatDate, formatPostcode } from '../format';
import { href } from '../routing';
import { countdown, formatEuros, MATCH_LABELS, PRIORITY_LABELS, urgencyOf } from '../signals';
import { useLoad } from '../useLoad';

/**
 * The team's signal inbox, overdue first, then by priority and deadline (the server sorts). The attention view is the
 * team lead's: only overdue and escalated cases.
 */
export function SignalInbox({ attention }: { attention: boolean }) {
  const [loaded] = useLoad(() => api.GET('/api/v1/signal-cases', {
    params: { query: { view: attention ? 'attention' : 'all' } },
  }), [attention]);
  return (
    <>
      <PageTitle>{attention ? 'Signalen: te laat en geëscaleerd' : 'Signalen'}</PageTitle>
      <Paragraph>
        {attention
          ? <Link href={href.signals()}>Alle open signalen</Link>
          : <Link href={href.signals(true)}>Alleen te laat en geëscaleerd</Link>}
      </Paragraph>
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' && <ErrorMessage message={loaded.message} />}
      {loaded.state === 'done' && <InboxTable items={loaded.data} />}
    </>
  );
}

function InboxTable({ items }: { items: SignalInboxItem[] }) {
  if (items.length === 0) return <Paragraph>Geen open signalen.</Paragraph>;
  return (
    <div className="wr-table-container" role="region" aria-labelledby="signals-caption" tabIndex={0}>
      <Table>
        <TableCaption id="signals-caption">Open signaalzaken van je teams ({items.length})</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Adres en naam</TableHeaderCell>
            <TableHeaderCell scope="col">Prioriteit</TableHeaderCell>
            <TableHeaderCell scope="col">Contact uiterlijk</TableHeaderCell>
            <TableHeaderCell scope="col">Schuldeisers</TableHeaderCell>
            <TableHeaderCell scope="col">Bedrag</TableHeaderCell>
            <TableHeaderCell scope="col">Koppeling</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((item) => {
            const urgency = urgencyOf(item.workingDaysLeft);
            const [postcode, number, addition] = (item.addressKey ?? '').split('-');
            return (
              <TableRow key={item.id} className={`wr-urgency-${urgency}`}>
                <TableCell>
                  <Link href={href.signalCase(item.id ?? '')}>
                    {formatPostcode(postcode)} {number}{addition ? ` ${addition}` : ''}
                  </Link>
                  <br />{item.residentName}
                </TableCell>
                <TableCell>{PRIORITY_LABELS[item.priority ?? ''] ?? item.priority}</TableCell>
                <TableCell>
                  {item.contactDeadline ? formatDate(item.contactDeadline) : ''}
                  <br /><strong>{countdown(item.workingDaysLeft)}</strong>
                  {item.escalatedAt && <><br />Geëscaleerd</>}
                </TableCell>
                <TableCell>{item.creditorCount} ({item.signalCount} {item.signalCount === 1 ? 'signaal' : 'signalen'})</TableCell>
                <TableCell>{formatEuros(item.amountCents)}</TableCell>
                <TableCell>{MATCH_LABELS[item.matchStatus ?? ''] ?? item.matchStatus}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
