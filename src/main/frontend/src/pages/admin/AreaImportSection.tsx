import {
  Alert, Button, Checkbox, FormLabel, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader,
  TableHeaderCell, TableRow, Textbox,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { api, type CbsImport } from '../../api/client';
import { send } from '../../api/send';
import { csvUpload } from '../../api/csvUpload';
import { OutcomeAlert, type Outcome } from '../../components/OutcomeAlert';
import { Section } from '../../components/Section';
import { useLoad } from '../../useLoad';

/**
 * The real wijk and buurt codes: the list shipped with Wijkregie is illustrative, so the administrator loads the CBS
 * "Kerncijfers wijken en buurten" CSV of the year; monitoring releases use whatever codes are loaded.
 */
export function AreaImportSection() {
  const [areas] = useLoad(() => api.GET('/api/v1/areas'), []);
  const [file, setFile] = useState<File | null>(null);
  const [municipality, setMunicipality] = useState('');
  const [switchOff, setSwitchOff] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [report, setReport] = useState<CbsImport | null>(null);

  async function upload() {
    setReport(null);
    if (!file) {
      setOutcome({ type: 'error', message: 'Kies eerst het CSV-bestand van het CBS.' });
      return;
    }
    setBusy(true);
    const query: { municipality?: string; switchOffMissing: boolean } = { switchOffMissing: switchOff };
    if (municipality.trim()) query.municipality = municipality.trim().toUpperCase();
    const sent = await send(() => api.POST('/api/v1/areas/cbs-import', {
      params: { query },
      ...csvUpload(file),
    }));
    setBusy(false);
    if (sent.ok) {
      const result = sent.data as CbsImport;
      setReport(result);
      setOutcome({
        type: 'ok',
        message: `${file.name} is ingelezen: ${result.wijkenAdded} wijken en ${result.buurtenAdded} buurten nieuw, `
          + `${result.wijkenChanged} wijken en ${result.buurtenChanged} buurten bijgewerkt, `
          + `${result.rejectedRows} regels afgekeurd.`,
      });
    } else {
      setOutcome({ type: 'error', message: sent.errors.message });
    }
  }

  return (
    <Section id="cbs-gebieden" title="Wijk- en buurtcodes van het CBS">
      {areas.state === 'done' && areas.data.illustrative && (
        <Alert type="warning">
          <Paragraph>
            De wijken en buurten zijn nu de <strong>voorbeeldlijst</strong> van Wijkregie, niet de echte CBS-codes.
            Laad het bestand "Kerncijfers wijken en buurten" van het CBS voordat u de monitoring gebruikt: de
            publicaties tellen per geladen wijk en buurt.
          </Paragraph>
        </Alert>
      )}
      <OutcomeAlert outcome={outcome} />
      <form className="wr-form" onSubmit={(event) => { event.preventDefault(); void upload(); }}>
        <div className="utrecht-form-field">
          <FormLabel htmlFor="cbs-file">CSV-bestand van het CBS (kolommen gwb_code en regio, of Codering en Wijken en buurten)</FormLabel>
          <input id="cbs-file" name="cbs-file" type="file" accept=".csv,text/csv" className="utrecht-textbox"
                 onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
        </div>
        <div className="utrecht-form-field">
          <FormLabel htmlFor="cbs-municipality">Gemeentecode (leeg: de gemeente van de huidige wijken)</FormLabel>
          <Textbox id="cbs-municipality" name="cbs-municipality" value={municipality} placeholder="GM0479"
                   onChange={(event) => setMunicipality(event.target.value)} />
        </div>
        <div className="utrecht-form-field">
          <Checkbox id="cbs-switch-off" name="cbs-switch-off" checked={switchOff}
                    onChange={(event) => setSwitchOff(event.target.checked)} />
          <FormLabel htmlFor="cbs-switch-off">Wijken en buurten die niet in het bestand staan uitzetten</FormLabel>
        </div>
        <Button type="submit" appearance="primary-action-button" disabled={busy}>Inlezen</Button>
      </form>
      {report && (report.rejections ?? []).length > 0 && (
        <Table>
          <TableCaption>Afgekeurde regels (de eerste {(report.rejections ?? []).length} van {report.rejectedRows})</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Regel</TableHeaderCell>
              <TableHeaderCell scope="col">Code</TableHeaderCell>
              <TableHeaderCell scope="col">Reden</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {(report.rejections ?? []).map((rejection, i) => (
              <TableRow key={i}>
                <TableCell>{rejection.line || ''}</TableCell>
                <TableCell>{rejection.code}</TableCell>
                <TableCell>{rejection.reason}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
}
