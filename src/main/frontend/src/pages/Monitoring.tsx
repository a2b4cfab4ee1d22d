import {
  Button, Checkbox, FormLabel, Heading2, Link, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell,
  TableRow, UnorderedList, UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import {
  Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis,
} from 'recharts';
import { api, type Indicator, type Loose, type Release } from '../api/client';
import { send } from '../api/send';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { PageTitle } from '../components/PageTitle';
import { SelectField } from '../components/SelectField';
import { formatDateTime } from '../format';
import {
  barsPerArea, cellIndex, cellText, domainOptions, lastCompleteMonth, linePerMonth, monthLabel, monthOptions, suppressionText, TOTAL,
} from '../monitoring';
import { buurtName, wijkName } from '../reference';
import { useLoad } from '../useLoad';

/**
 * The policy page: choose an indicator and period, release it through the disclosure control, and read it per wijk
 * (bar chart), over the months (line chart) and in a table with the same figures; download it as CSV. What is
 * suppressed, and why, is explained beside the figures.
 */
export function Monitoring() {
  const [indicators] = useLoad(() => api.GET('/api/v1/monitoring/indicators'), []);
  const [areas] = useLoad(() => api.GET('/api/v1/areas'), []);
  const last = lastCompleteMonth(new Date());
  const months = monthOptions(last, 36);
  const [indicator, setIndicator] = useState('');
  const [from, setFrom] = useState(months[11].value);
  const [to, setTo] = useState(last);
  const [level, setLevel] = useState('WIJK');
  const [domain, setDomain] = useState('');
  const [cellKey, setCellKey] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [release, setRelease] = useState<Loose<Release>>();

  const chosen = indicators.state === 'done' ? indicators.data.find((i) => i.code === indicator) : undefined;

  async function publish() {
    if (!indicator) {
      setError('Kies een indicator.');
      return;
    }
    setBusy(true);
    setError(undefined);
    const sent = await send(() => api.POST('/api/v1/monitoring/releases', {
      body: { indicator, from, to, areaLevel: level, cellKey, ...(domain && chosen?.perDomain ? { domain } : {}) },
    }));
    setBusy(false);
    if (sent.ok) setRelease(sent.data);
    else setError(sent.errors.message);
  }

  const areaData = areas.state === 'done' ? areas.data : null;
  const name = (code: string) => (code.startsWith('BU') ? buurtName(areaData, code) : wijkName(areaData, code));

  return (
    <>
      <PageTitle>Monitoring</PageTitle>
      <Paragraph>
        Uitkomsten per wijk en maand, zonder personen: elk cijfer telt huishoudens, is afgerond op vijftallen, en wat
        op minder dan tien huishoudens neerkomt wordt niet getoond.
      </Paragraph>
      {indicators.state === 'loading' && <Loading />}
      {indicators.state === 'failed' && <ErrorMessage message={indicators.message} />}
      {indicators.state === 'done' && (
        <form className="wr-monitoring-form" onSubmit={(event) => { event.preventDefault(); void publish(); }}>
          <SelectField id="monitoring-indicator" label="Indicator" value={indicator} emptyLabel="Kies…"
                       options={indicators.data.map((i: Indicator) => ({ value: i.code ?? '', label: i.name ?? '' }))}
                       onChange={(value) => { setIndicator(value); setDomain(''); }} description={chosen?.description ?? undefined} />
          {chosen?.perDomain && (
            <SelectField id="monitoring-domain" label="Domein" value={domain} emptyLabel="Alle domeinen"
                         options={domainOptions(chosen.source)} onChange={setDomain} />
          )}
          <SelectField id="monitoring-from" label="Van" value={from} options={months} onChange={setFrom} />
          <SelectField id="monitoring-to" label="Tot en met" value={to} options={months} onChange={setTo} />
          <SelectField id="monitoring-level" label="Per" value={level} onChange={setLevel}
                       options={[{ value: 'WIJK', label: 'Wijk' }, { value: 'BUURT', label: 'Buurt' }]} />
          <div className="utrecht-form-field">
            <Checkbox id="monitoring-cell-key" name="monitoring-cell-key" checked={cellKey}
                      onChange={(event) => setCellKey(event.target.checked)} />
            <FormLabel htmlFor="monitoring-cell-key">Celsleutelmethode (kleine ruis in plaats van afronden)</FormLabel>
          </div>
          <Button type="submit" appearance="primary-action-button" disabled={busy}>Toon cijfers</Button>
          {error && <ErrorMessage message={error} />}
        </form>
      )}
      {release && <ReleaseView release={release} indicator={chosen} name={name} />}
    </>
  );
}

function ReleaseView({ release, indicator, name }: {
  release: Loose<Release>; indicator?: Loose<Indicator>; name: (code: string) => string;
}) {
  const share = Boolean(indicator?.share);
  const cells = cellIndex(release);
  const threshold = release.threshold ?? 10;
  const suppressed = (release.cells ?? []).filter((c) => c.suppression || c.outOfSuppression);
  const reasons = [...new Set(suppressed.map((c) => c.suppression ?? c.outOfSuppression))];
  const unit = share ? 'percentage' : 'huishoudens';
  const period = `${monthLabel(release.from)} tot en met ${monthLabel(release.to)}`;
  return (
    <section aria-labelledby="monitoring-release-title">
      <Heading2 id="monitoring-release-title">{indicator?.name ?? release.indicator}, {period}</Heading2>
      {indicator?.definition && <Paragraph>{indicator.definition}</Paragraph>}
      <Paragraph>
        Gepubliceerd op {formatDateTime(release.releasedAt)} volgens regels {release.rulesVersion}.{' '}
        <Link href={`/api/v1/monitoring/releases/${encodeURIComponent(release.id ?? '')}/cells.csv`}
              download={`publicatie-${release.indicator}.csv`}>Download als CSV</Link>
      </Paragraph>
      <div className="wr-monitoring-charts">
        <figure aria-labelledby="monitoring-bar-caption">
          <figcaption id="monitoring-bar-caption">Per gebied over de hele periode ({unit}); zie de tabel.</figcaption>
          <div role="img" aria-label={`Staafdiagram per gebied, ${unit}; dezelfde cijfers staan in de tabel.`}>
            <ResponsiveContainer width="100%" height={300}>
              <BarChart data={barsPerArea(release, share, name)} accessibilityLayer={false}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="area" interval={0} angle={-30} textAnchor="end" height={90} />
                <YAxis allowDecimals={false} width={40} />
                <Tooltip />
                <Bar dataKey="value" name={unit} fill="#01689b" />
              </BarChart>
            </ResponsiveContainer>
          </div>
        </figure>
        <figure aria-labelledby="monitoring-line-caption">
          <figcaption id="monitoring-line-caption">Alle gebieden samen per maand ({unit}); zie de tabel.</figcaption>
          <div role="img" aria-label={`Lijndiagram per maand, ${unit}; dezelfde cijfers staan in de tabel.`}>
            <ResponsiveContainer width="100%" height={300}>
              <LineChart data={linePerMonth(release, share)} accessibilityLayer={false}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="month" />
                <YAxis allowDecimals={false} width={40} />
                <Tooltip />
                <Line dataKey="value" name={unit} stroke="#01689b" connectNulls={false} />
              </LineChart>
            </ResponsiveContainer>
          </div>
        </figure>
      </div>
      <Heading2>Wat niet getoond wordt</Heading2>
      <Paragraph>
        Een <strong>x</strong> betekent: niet gepubliceerd, nooit nul. Zo is niemand in een kleine buurt te herkennen.
      </Paragraph>
      <UnorderedList>
        <UnorderedListItem>x (&lt;{threshold}): {suppressionText('PRIMARY', threshold)}.</UnorderedListItem>
        <UnorderedListItem>x: {suppressionText('SECONDARY', threshold)}; anders kon een verborgen cijfer uit het
          totaal worden afgeleid.</UnorderedListItem>
        <UnorderedListItem>x: {suppressionText('DIFFERENCING', threshold)}, zodat het verschil niet naar enkele
          huishoudens wijst.</UnorderedListItem>
      </UnorderedList>
      <Paragraph>
        In deze publicatie: {suppressed.length === 0 ? 'niets afgeschermd.'
          : `${suppressed.length} cellen afgeschermd (${reasons.map((r) => suppressionText(r, threshold)).join('; ')}).`}
      </Paragraph>
      <div className="wr-table-container" role="region" aria-labelledby="monitoring-table-caption" tabIndex={0}>
        <Table className="wr-monitoring-table">
          <TableCaption id="monitoring-table-caption">{indicator?.name ?? release.indicator} per gebied en maand ({unit})</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Gebied</TableHeaderCell>
              {[...(release.months ?? []), TOTAL].map((month) => (
                <TableHeaderCell key={month} scope="col">{monthLabel(month, true)}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {[...(release.areas ?? []), TOTAL].map((area) => (
              <TableRow key={area}>
                <TableHeaderCell scope="row">{area === TOTAL ? 'Totaal' : name(area)}</TableHeaderCell>
                {[...(release.months ?? []), TOTAL].map((month) => {
                  const cell = cells.get(`${area} ${month}`);
                  const reason = cell?.suppression ?? cell?.outOfSuppression;
                  return (
                    <TableCell key={month}>
                      {reason ? <abbr title={suppressionText(reason, threshold)}>{cellText(cell, share)}</abbr>
                        : cellText(cell, share)}
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
