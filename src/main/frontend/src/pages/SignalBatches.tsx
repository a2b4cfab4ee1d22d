import {
  Button, ButtonGroup, FormField, FormLabel, Link, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader,
  TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { api, type Me, type SignalBatch } from '../api/client';
import { send } from '../api/send';
import { csvUpload } from '../api/csvUpload';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { OutcomeAlert, type Outcome } from '../components/OutcomeAlert';
import { PageTitle } from '../components/PageTitle';
import { Section } from '../components/Section';
import { formatDateTime, formatNumber } from '../format';
import { BATCH_STATUS_LABELS, progressPercent } from '../signals';
import { href } from '../routing';
import { useLoad } from '../useLoad';

/**
 * Monthly signal lists: upload a CSV, follow the background import (rows done of total), and read or download the
 * rejected rows with their reasons.
 */
export function SignalBatches({ me }: { me: Me }) {
  const [loaded, reload] = useLoad(() => api.GET('/api/v1/signal-batches'), []);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [uploaded, setUploaded] = useState<{ id: string; fileName: string } | null>(null);
  const selectedBatch = loaded.state === 'done' ? loaded.data.find((b) => b.id === selected) : undefined;
  // the report is read again when the selected import moves on
  const selectedState = `${selectedBatch?.status}-${selectedBatch?.rowsRejected}`;
  const running = loaded.state === 'done' && loaded.data.some((b) => b.status === 'RUNNING' || b.status === 'RECEIVED');

  useEffect(() => {
    if (!running) return undefined;
    const timer = window.setInterval(reload, 1000);
    return () => window.clearInterval(timer);
  }, [running, reload]);

  async function upload() {
    setUploaded(null);
    if (!file) {
      setOutcome({ type: 'error', message: 'Kies eerst een CSV-bestand.' });
      return;
    }
    setBusy(true);
    const sent = await send(() => api.POST('/api/v1/signal-batches', {
      params: { query: { fileName: file.name } },
      ...csvUpload(file),
    }));
    setBusy(false);
    if (sent.ok) {
      const id = (sent.data as unknown as SignalBatch | undefined)?.id ?? null;
      setOutcome(null);
      setUploaded(id ? { id, fileName: file.name } : null);
      setSelected(id);
      reload();
    } else {
      setOutcome({ type: 'error', message: sent.errors.message });
    }
  }

  // the message about the upload follows its import: no "verwerking loopt" once the list is done
  const uploadedBatch = uploaded && loaded.state === 'done' ? loaded.data.find((b) => b.id === uploaded.id) : undefined;
  const shown = outcome ?? (uploaded ? uploadOutcome(uploaded.fileName, uploadedBatch) : null);
  return (
    <>
      <PageTitle>Signaallijsten</PageTitle>
      <OutcomeAlert outcome={shown} />
      <Section id="uploaden" title="Lijst uploaden">
        <Paragraph>
          CSV in UTF-8 met een kopregel, gescheiden door ; of , (zie
          de <Link href={href.signalFormat()}>beschrijving van het formaat</Link>). Elke regel wordt
          apart gecontroleerd: goede regels worden ingelezen, afgekeurde regels staan daarna met reden in het verslag.
          Een signaal dat al eerder is ontvangen, wordt niet opnieuw ingelezen.
        </Paragraph>
        <form className="wr-form" onSubmit={(event) => { event.preventDefault(); void upload(); }}>
          <FormField>
            <FormLabel htmlFor="batch-file">CSV-bestand</FormLabel>
            <input id="batch-file" name="batch-file" type="file" accept=".csv,text/csv" className="utrecht-textbox"
                   onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
          </FormField>
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>Uploaden</Button>
          </ButtonGroup>
        </form>
      </Section>
      <Section id="lijsten" title="Ontvangen lijsten">
        {loaded.state === 'loading' && <Loading />}
        {loaded.state === 'failed' && <ErrorMessage message={loaded.message} />}
        {loaded.state === 'done' && <BatchTable me={me} batches={loaded.data} onSelect={setSelected} />}
      </Section>
      {selected && <Rejections key={`${selected}-${selectedState}`} id={selected} />}
    </>
  );
}

function uploadOutcome(fileName: string, batch: SignalBatch | undefined): Outcome {
  if (batch?.status === 'DONE') {
    return {
      type: 'ok',
      message: `${fileName} is verwerkt: ${formatNumber(batch.rowsImported)} ingelezen, `
        + `${formatNumber(batch.rowsDuplicate)} al eerder ontvangen, ${formatNumber(batch.rowsRejected)} afgekeurd.`,
    };
  }
  if (batch?.status === 'FAILED') {
    return { type: 'error', message: `De verwerking van ${fileName} is mislukt${batch.failure ? `: ${batch.failure}` : ''}.` };
  }
  return { type: 'ok', message: `${fileName} is ontvangen; de verwerking loopt.` };
}

function BatchTable({ batches, me, onSelect }: { batches: SignalBatch[]; me: Me; onSelect: (id: string) => void }) {
  if (batches.length === 0) return <Paragraph>Nog geen lijsten ontvangen.</Paragraph>;
  return (
    <div className="wr-table-container" role="region" aria-labelledby="batches-caption" tabIndex={0}>
      <Table>
        <TableCaption id="batches-caption">De laatste 50 lijsten</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Bestand</TableHeaderCell>
            <TableHeaderCell scope="col">Status</TableHeaderCell>
            <TableHeaderCell scope="col">Voortgang</TableHeaderCell>
            <TableHeaderCell scope="col">Ingelezen</TableHeaderCell>
            <TableHeaderCell scope="col">Al ontvangen</TableHeaderCell>
            <TableHeaderCell scope="col">Afgekeurd</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {batches.map((batch) => (
            <TableRow key={batch.id}>
              <TableCell>{batch.fileName}<br />{formatDateTime(batch.uploadedAt)}{batch.uploadedBy === me.userId ? ', door jou' : ''}</TableCell>
              <TableCell>{BATCH_STATUS_LABELS[batch.status ?? ''] ?? batch.status}{batch.failure ? `: ${batch.failure}` : ''}</TableCell>
              <TableCell>
                <progress max={100} value={progressPercent(batch.rowsDone, batch.rowsTotal)}
                          aria-label={`Voortgang ${batch.fileName}`} />
                {' '}{formatNumber(batch.rowsDone)} van {formatNumber(batch.rowsTotal)} regels
              </TableCell>
              <TableCell>{formatNumber(batch.rowsImported)}</TableCell>
              <TableCell>{formatNumber(batch.rowsDuplicate)}</TableCell>
              <TableCell>
                {batch.rowsRejected ? (
                  <Button appearance="subtle-button" onClick={() => onSelect(batch.id ?? '')}>
                    {formatNumber(batch.rowsRejected)} bekijken<span className="wr-visually-hidden">: {batch.fileName}</span>
                  </Button>
                ) : '0'}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function Rejections({ id }: { id: string }) {
  const [loaded] = useLoad(() => api.GET('/api/v1/signal-batches/{id}/rejections', { params: { path: { id } } }), [id]);
  return (
    <Section id="afgekeurd" title="Afgekeurde regels">
      <Paragraph>
        <Link href={`/api/v1/signal-batches/${encodeURIComponent(id)}/rejections.csv`}>Download als CSV</Link>
      </Paragraph>
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' && <ErrorMessage message={loaded.message} />}
      {loaded.state === 'done' && (loaded.data.length === 0 ? <Paragraph>Geen afgekeurde regels.</Paragraph> : (
        <div className="wr-table-container" role="region" aria-labelledby="rejections-caption" tabIndex={0}>
          <Table>
            <TableCaption id="rejections-caption">
              {loaded.data.length >= 500 ? 'De eerste 500 regels die niet zijn ingelezen; de CSV bevat ze allemaal'
                : 'Regels die niet zijn ingelezen'}
            </TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Regel</TableHeaderCell>
                <TableHeaderCell scope="col">Referentie</TableHeaderCell>
                <TableHeaderCell scope="col">Redenen</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {loaded.data.map((rejection) => (
                <TableRow key={rejection.rowNumber}>
                  <TableCell>{rejection.rowNumber}</TableCell>
                  <TableCell>{rejection.reference}</TableCell>
                  <TableCell>{rejection.reasons}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ))}
    </Section>
  );
}
