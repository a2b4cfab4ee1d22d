import {
  Button, ButtonGroup, FormField, FormLabel, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader,
  TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { api, type ReferralMessageImport } from '../../api/client';
import { send } from '../../api/send';
import { csvUpload } from '../../api/csvUpload';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { OutcomeAlert, type Outcome } from '../../components/OutcomeAlert';
import { Section } from '../../components/Section';
import { formatDate, formatDateTime, formatNumber } from '../../format';
import { IMPORT_STATUS_LABELS, canResume, messageKindLabel, outcomeLabel, pageText } from '../../referralMessages';
import { progressPercent } from '../../signals';
import { useLoad } from '../../useLoad';

/**
 * The iJw/iWmo messages from providers (315/301/305/307): upload a CSV export, read its row report, resume an import
 * that broke off, and work the events that matched no referral or were rejected — they are listed, never dropped,
 * and can be matched again once the referral is entered. BSNs are shown masked.
 */
export function ReferralMessagesSection() {
  const [imports, reloadImports] = useLoad(() => api.GET('/api/v1/referral-messages/imports'), []);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [report, setReport] = useState<ReferralMessageImport | null>(null);
  const [openVersion, setOpenVersion] = useState(0);
  const running = imports.state === 'done' && imports.data.some((i) => i.status === 'RUNNING');

  useEffect(() => {
    if (!running) return undefined;
    const timer = window.setInterval(reloadImports, 2000);
    return () => window.clearInterval(timer);
  }, [running, reloadImports]);

  function done(result: ReferralMessageImport, fileName: string) {
    setReport(result);
    setOutcome(result.status === 'DONE' ? {
      type: 'ok',
      message: `${fileName} is verwerkt: ${formatNumber(result.applied)} verwerkt, ${formatNumber(result.unchanged)} al`
        + ` bekend, ${formatNumber(result.unmatched)} niet gekoppeld, ${formatNumber(result.rejected)} afgekeurd,`
        + ` ${formatNumber(result.duplicates)} al eerder ontvangen.`,
    } : { type: 'error', message: `De verwerking van ${fileName} is niet afgerond${result.failure ? `: ${result.failure}` : '.'}` });
    reloadImports();
    setOpenVersion((v) => v + 1);
  }

  async function upload() {
    setReport(null);
    if (!file) {
      setOutcome({ type: 'error', message: 'Kies eerst een CSV-bestand met berichten.' });
      return;
    }
    setBusy(true);
    const sent = await send(() => api.POST('/api/v1/referral-messages/imports', {
      params: { query: { fileName: file.name } },
      ...csvUpload(file),
    }));
    setBusy(false);
    if (sent.ok) done(sent.data as ReferralMessageImport, file.name);
    else setOutcome({ type: 'error', message: sent.errors.message });
  }

  async function resume(run: ReferralMessageImport) {
    setBusy(true);
    const sent = await send(() => api.POST('/api/v1/referral-messages/imports/{id}/resume', {
      params: { path: { id: run.id ?? '' } },
    }));
    setBusy(false);
    if (sent.ok) done(sent.data as ReferralMessageImport, run.fileName ?? 'Het bestand');
    else setOutcome({ type: 'error', message: sent.errors.message });
  }

  async function showReport(run: ReferralMessageImport) {
    const loaded = await send(() => api.GET('/api/v1/referral-messages/imports/{id}', {
      params: { path: { id: run.id ?? '' } },
    }));
    if (loaded.ok) setReport(loaded.data as ReferralMessageImport);
    else setOutcome({ type: 'error', message: loaded.errors.message });
  }

  return (
    <Section id="berichten" title="Berichten van aanbieders (iJw/iWmo)">
      <Paragraph>
        CSV in UTF-8, gescheiden door ;, met de kopregel <code>bericht;bsn;product;agb;datum</code> (berichten 315,
        301, 305 en 307; datum als jjjj-mm-dd). Elk bericht wordt gekoppeld aan de lopende verwijzing van het gezinslid
        voor dat product en die aanbieder. Een bericht dat al eerder is ontvangen, verandert niets.
      </Paragraph>
      <OutcomeAlert outcome={outcome} />
      <form className="wr-form" onSubmit={(event) => { event.preventDefault(); void upload(); }}>
        <FormField>
          <FormLabel htmlFor="message-file">CSV-bestand met berichten</FormLabel>
          <input id="message-file" name="message-file" type="file" accept=".csv,text/csv" className="utrecht-textbox"
                 onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
        </FormField>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>Inlezen</Button>
        </ButtonGroup>
      </form>
      {report && <RowReport run={report} />}
      {imports.state === 'loading' && <Loading />}
      {imports.state === 'failed' && <ErrorMessage message={imports.message} />}
      {imports.state === 'done' && (imports.data.length === 0 ? <Paragraph>Nog geen berichten ingelezen.</Paragraph> : (
        <div className="wr-table-container" role="region" aria-labelledby="message-imports-caption" tabIndex={0}>
          <Table>
            <TableCaption id="message-imports-caption">De laatste 20 imports</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Bestand</TableHeaderCell>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
                <TableHeaderCell scope="col">Voortgang</TableHeaderCell>
                <TableHeaderCell scope="col">Verwerkt</TableHeaderCell>
                <TableHeaderCell scope="col">Niet gekoppeld</TableHeaderCell>
                <TableHeaderCell scope="col">Afgekeurd</TableHeaderCell>
                <TableHeaderCell scope="col">Acties</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {imports.data.map((run) => (
                <TableRow key={run.id}>
                  <TableCell>{run.fileName || 'zonder naam'}<br />{formatDateTime(run.startedAt)}</TableCell>
                  <TableCell>{IMPORT_STATUS_LABELS[run.status ?? ''] ?? run.status}{run.failure ? `: ${run.failure}` : ''}</TableCell>
                  <TableCell>
                    <progress max={100} value={progressPercent(run.rows, run.rowsTotal)}
                              aria-label={`Voortgang ${run.fileName ?? ''}`} />
                    {' '}{formatNumber(run.rows)} van {formatNumber(run.rowsTotal)} regels
                  </TableCell>
                  <TableCell>{formatNumber((run.applied ?? 0) + (run.unchanged ?? 0))}</TableCell>
                  <TableCell>{formatNumber(run.unmatched)}</TableCell>
                  <TableCell>{formatNumber(run.rejected)}</TableCell>
                  <TableCell>
                    <ButtonGroup>
                      <Button appearance="subtle-button" onClick={() => void showReport(run)}>
                        Verslag<span className="wr-visually-hidden">: {run.fileName}</span>
                      </Button>
                      {canResume(run.status) && (
                        <Button appearance="secondary-action-button" disabled={busy} onClick={() => void resume(run)}>
                          Hervatten<span className="wr-visually-hidden">: {run.fileName}</span>
                        </Button>
                      )}
                    </ButtonGroup>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ))}
      <OpenMessages key={openVersion} />
    </Section>
  );
}

function RowReport({ run }: { run: ReferralMessageImport }) {
  const rows = run.report ?? [];
  if (rows.length === 0) return <Paragraph>Alle regels van {run.fileName || 'dit bestand'} zijn verwerkt.</Paragraph>;
  return (
    <div className="wr-table-container" role="region" aria-labelledby="message-report-caption" tabIndex={0}>
      <Table>
        <TableCaption id="message-report-caption">
          Verslag van {run.fileName || 'het bestand'}: {rows.length >= 500 ? 'de eerste 500 regels' : 'de regels'} die
          niet zijn verwerkt
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Regel</TableHeaderCell>
            <TableHeaderCell scope="col">Uitkomst</TableHeaderCell>
            <TableHeaderCell scope="col">Reden</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.row}>
              <TableCell>{row.row}</TableCell>
              <TableCell>{outcomeLabel(row.outcome)}</TableCell>
              <TableCell>{row.reason}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function OpenMessages() {
  const [status, setStatus] = useState<'UNMATCHED' | 'REJECTED'>('UNMATCHED');
  const [page, setPage] = useState(0);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [loaded, reload] = useLoad(() => api.GET('/api/v1/referral-messages', {
    params: { query: { status, page } },
  }), [status, page]);

  async function rematch(id: string) {
    const sent = await send(() => api.POST('/api/v1/referral-messages/{id}/rematch', { params: { path: { id } } }));
    if (sent.ok) {
      const after = sent.data as { status?: string; reason?: string };
      setOutcome(after.status === 'APPLIED' || after.status === 'UNCHANGED'
        ? { type: 'ok', message: 'Het bericht is gekoppeld aan de verwijzing en verwerkt.' }
        : { type: 'error', message: `Nog niet gekoppeld: ${after.reason ?? ''}` });
      reload();
    } else {
      setOutcome({ type: 'error', message: sent.errors.message });
    }
  }

  const title = status === 'UNMATCHED' ? 'Niet gekoppelde berichten' : 'Afgekeurde berichten';
  return (
    <>
      <ButtonGroup>
        <Button appearance={status === 'UNMATCHED' ? 'primary-action-button' : 'secondary-action-button'}
                aria-pressed={status === 'UNMATCHED'} onClick={() => { setStatus('UNMATCHED'); setPage(0); setOutcome(null); }}>
          Niet gekoppeld
        </Button>
        <Button appearance={status === 'REJECTED' ? 'primary-action-button' : 'secondary-action-button'}
                aria-pressed={status === 'REJECTED'} onClick={() => { setStatus('REJECTED'); setPage(0); setOutcome(null); }}>
          Afgekeurd
        </Button>
      </ButtonGroup>
      <OutcomeAlert outcome={outcome} />
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' && <ErrorMessage message={loaded.message} />}
      {loaded.state === 'done' && ((loaded.data.items ?? []).length === 0 ? <Paragraph>Geen {title.toLowerCase()}.</Paragraph> : (
        <>
          <div className="wr-table-container" role="region" aria-labelledby="open-messages-caption" tabIndex={0}>
            <Table>
              <TableCaption id="open-messages-caption">
                {title} ({formatNumber(loaded.data.total)}), nieuwste eerst {pageText(page, loaded.data.size ?? 50, loaded.data.total ?? 0)}
              </TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Ontvangen</TableHeaderCell>
                  <TableHeaderCell scope="col">Bericht</TableHeaderCell>
                  <TableHeaderCell scope="col">BSN</TableHeaderCell>
                  <TableHeaderCell scope="col">Product</TableHeaderCell>
                  <TableHeaderCell scope="col">AGB-code</TableHeaderCell>
                  <TableHeaderCell scope="col">Datum</TableHeaderCell>
                  <TableHeaderCell scope="col">Reden</TableHeaderCell>
                  <TableHeaderCell scope="col">Actie</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {(loaded.data.items ?? []).map((message) => (
                  <TableRow key={message.id}>
                    <TableCell>{formatDateTime(message.receivedAt)}</TableCell>
                    <TableCell>{messageKindLabel(message.kind)}</TableCell>
                    <TableCell>{message.bsn}</TableCell>
                    <TableCell>{message.productName}</TableCell>
                    <TableCell>{message.agbCode}</TableCell>
                    <TableCell>{formatDate(message.on)}</TableCell>
                    <TableCell>{message.reason}</TableCell>
                    <TableCell>
                      <Button appearance="subtle-button" onClick={() => void rematch(message.id ?? '')}>
                        Opnieuw koppelen<span className="wr-visually-hidden">: regel {message.row}</span>
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <ButtonGroup>
            {page > 0 && <Button appearance="secondary-action-button" onClick={() => setPage(page - 1)}>Vorige</Button>}
            {(page + 1) * (loaded.data.size ?? 50) < (loaded.data.total ?? 0) && (
              <Button appearance="secondary-action-button" onClick={() => setPage(page + 1)}>Volgende</Button>
            )}
          </ButtonGroup>
        </>
      ))}
    </>
  );
}
