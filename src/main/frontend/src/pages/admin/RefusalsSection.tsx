import {
  Alert, Button, ButtonGroup, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { parseRefusalFilter, refusalReasonLabel, type RefusalFilter } from '../../admin';
import { api, type RefusedAttempt } from '../../api/client';
import { Section } from '../../components/Section';
import { TextField } from '../../components/TextField';
import { formatDateTime, formatNumber } from '../../format';
import { useLoad } from '../../useLoad';
import { DateField } from '../../components/DateField';
import { isoDate } from '../../dutchDate';

const PAGE_SIZE = 20;

/**
 * "Geweigerde toegang": failed logins, refused roles and another team's data asked for (NEN 7513), newest first, by
 * period and user.
 */
export function RefusalsSection() {
  const [user, setUser] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [error, setError] = useState<{ message: string; field: 'user' | 'to' } | undefined>();
  const [filter, setFilter] = useState<RefusalFilter>({});
  const [page, setPage] = useState(0);
  const [loaded] = useLoad(
    () => api.GET('/api/v1/access-log/refusals', { params: { query: { ...filter, page, size: PAGE_SIZE } } }),
    [filter, page],
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseRefusalFilter(user, from && isoDate(from), to && isoDate(to));
    if ('error' in parsed) {
      setError({ message: parsed.error, field: parsed.field });
      return;
    }
    setError(undefined);
    setFilter(parsed.filter);
    setPage(0);
  }

  return (
    <Section id="weigeringen" title="Geweigerde toegang">
      <Paragraph>
        Mislukte inlogpogingen, functies die iemands rol niet toestaat en gegevens van een ander team. Ze worden een
        jaar bewaard.
      </Paragraph>
      <form onSubmit={submit} noValidate aria-label="Geweigerde toegang filteren" className="wr-inline-form">
        <TextField id="refusals-user" label="Gebruiker" value={user} onChange={setUser}
                   error={error?.field === 'user' ? error.message : undefined} optional
                   maxLength={100} />
        <DateField id="refusals-from" label="Vanaf" value={from} onChange={setFrom} optional />
        <DateField id="refusals-to" label="Tot en met" value={to} onChange={setTo} optional
                   error={error?.field === 'to' ? error.message : undefined} />
        <Button type="submit" appearance="secondary-action-button">Filteren</Button>
      </form>
      <div aria-live="polite">
        {loaded.state === 'loading' && <Paragraph>Bezig met laden…</Paragraph>}
        {loaded.state === 'failed' && <Alert type="error" role="alert"><Paragraph>{loaded.message}</Paragraph></Alert>}
      </div>
      {loaded.state === 'done' && (
        <RefusalsTable items={loaded.data.items ?? []} total={loaded.data.totalItems ?? 0} page={page}
                       onPage={setPage} />
      )}
    </Section>
  );
}

interface RefusalsTableProps {
  items: RefusedAttempt[];
  total: number;
  page: number;
  onPage: (page: number) => void;
}

function RefusalsTable({ items: rows, total, page, onPage }: RefusalsTableProps) {
  if (rows.length === 0) {
    return <Paragraph role="status">Geen geweigerde toegang gevonden.</Paragraph>;
  }
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  return (
    <>
      <div className="wr-table-container" role="region" aria-labelledby="refusals-caption" tabIndex={0}>
        <Table>
          <TableCaption id="refusals-caption">Geweigerde toegang, nieuwste eerst</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Tijdstip</TableHeaderCell>
              <TableHeaderCell scope="col">Gebruiker</TableHeaderCell>
              <TableHeaderCell scope="col">Reden</TableHeaderCell>
              <TableHeaderCell scope="col">Gevraagd</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((refusal, index) => (
              <TableRow key={index}>
                <TableCell>{formatDateTime(refusal.occurredAt)}</TableCell>
                <TableCell>{refusal.userName || 'onbekend'}</TableCell>
                <TableCell>{refusalReasonLabel(refusal.reason, refusal.reasonLabel)}</TableCell>
                <TableCell><code>{refusal.method} {refusal.path}</code></TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <Paragraph>
        {formatNumber(total)} {total === 1 ? 'weigering' : 'weigeringen'}, pagina {page + 1} van {pageCount}
      </Paragraph>
      <nav aria-label="Paginering geweigerde toegang">
        <ButtonGroup>
          <Button appearance="secondary-action-button" disabled={page === 0} onClick={() => onPage(page - 1)}>
            Vorige
          </Button>
          <Button appearance="secondary-action-button" disabled={page + 1 >= pageCount}
                  onClick={() => onPage(page + 1)}>
            Volgende
          </Button>
        </ButtonGroup>
      </nav>
    </>
  );
}
