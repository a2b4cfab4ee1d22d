import {
  Alert, Button, Link, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import {
  accessActionLabel, accessCountText, accessExportHref, outcomeLabel, parseAccessSubject, roleLabel, subjectTypeLabel,
  type AccessQuery,
} from '../../admin';
import { api, type AccessOverview } from '../../api/client';
import { send } from '../../api/send';
import { Section } from '../../components/Section';
import { TextField } from '../../components/TextField';
import { formatDateTime } from '../../format';

/** "Inzage toegang": who saw a resident's data, when and why — for a resident's right of access (AVG art. 15). */
export function AccessOverviewSection() {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<{ query: AccessQuery; overview: AccessOverview } | null>(null);
  const [loading, setLoading] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseAccessSubject(text);
    if ('error' in parsed) {
      setError(parsed.error);
      return;
    }
    setError(undefined);
    setProblem(null);
    setLoading(true);
    const sent = await send(() => api.GET('/api/v1/access-log', { params: { query: parsed.query } }));
    setLoading(false);
    if (sent.ok) {
      setResult({ query: parsed.query, overview: sent.data });
    } else {
      setResult(null);
      const fieldMessage = sent.errors.fieldErrors.bsn ?? sent.errors.fieldErrors.subject;
      if (fieldMessage) setError(fieldMessage);
      else setProblem(sent.status === 404 ? 'Er is geen persoon met dit BSN.' : sent.errors.message);
    }
  }

  return (
    <Section id="inzage" title="Inzage toegang">
      <Paragraph>
        Wie heeft de gegevens van een bewoner ingezien of gewijzigd, wanneer en waarom? Zoek op het BSN van de
        bewoner. Ook deze opvraging komt in het toegangslog.
      </Paragraph>
      <form onSubmit={submit} noValidate aria-label="Inzage toegang opvragen" className="wr-inline-form">
        <TextField id="access-subject" label="BSN" value={text} onChange={setText} error={error} maxLength={40}
                   description="9 cijfers, zoals op het huishouden vastgelegd" />
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>Opvragen</Button>
      </form>
      <div aria-live="polite">
        {problem && <Alert type="error" role="alert"><Paragraph>{problem}</Paragraph></Alert>}
        {result && (
          <Paragraph role="status">{accessCountText(result.overview.accesses?.length ?? 0, result.overview.total)}</Paragraph>
        )}
      </div>
      {result && <AccessTable result={result} />}
    </Section>
  );
}

function AccessTable({ result }: { result: { query: AccessQuery; overview: AccessOverview } }) {
  const accesses = result.overview.accesses ?? [];
  return (
    <>
      <Paragraph>
        <Link href={accessExportHref(result.query)} download="inzage-toegang.csv">Download CSV</Link>
      </Paragraph>
      {accesses.length > 0 && (
        <div className="wr-table-container" role="region" aria-labelledby="access-caption" tabIndex={0}>
          <Table>
            <TableCaption id="access-caption">Toegang tot de gegevens van deze persoon, oudste eerst</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Tijdstip</TableHeaderCell>
                <TableHeaderCell scope="col">Gebruiker</TableHeaderCell>
                <TableHeaderCell scope="col">Handeling</TableHeaderCell>
                <TableHeaderCell scope="col">Doel</TableHeaderCell>
                <TableHeaderCell scope="col">Gegevens</TableHeaderCell>
                <TableHeaderCell scope="col">Uitkomst</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {accesses.map((access, index) => (
                <TableRow key={index}>
                  <TableCell>{formatDateTime(access.occurredAt)}</TableCell>
                  <TableCell>{access.userName ?? 'Naam onbekend'}{access.userRole && ` (${roleLabel(access.userRole)})`}</TableCell>
                  <TableCell>{accessActionLabel(access.action)}</TableCell>
                  <TableCell>{access.purposeLabel ?? access.purpose}</TableCell>
                  <TableCell>{subjectTypeLabel(access.subjectType)}</TableCell>
                  <TableCell>{outcomeLabel(access.outcome)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
