import {
  Button, Link, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api } from '../api/client';
import { DateField } from '../components/DateField';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { PageTitle } from '../components/PageTitle';
import { Section } from '../components/Section';
import { dutchDateError, isoDate, toDutchDate } from '../dutchDate';
import { formatDate, formatDateTime } from '../format';
import { href, navigate } from '../routing';
import { useLoad } from '../useLoad';
import { daysLeftText, percentileText, weekLabel } from '../waitingList';
import { noTaskFilters } from '../worklist';
import { NO_REGISSEUR, noFilters as noCaseFilters } from '../caseload';
import { WaitingTimeReferrals, type WaitingTimeCell } from './WaitingTimeReferrals';

/**
 * The team lead's landing page (own teams only): overdue tasks per clock, caseload per professional, unassigned cases,
 * the wijkteam's own waiting list and the referrals waiting against their norm, waiting times p50/p90 and the
 * inflow/outflow of the waiting list. Every chart has a table with the same figures; bars and rows lead to the cases.
 */
export function TeamLeadDashboard() {
  const [period, setPeriod] = useState<{ from?: string; to?: string }>({});
  const [fromText, setFromText] = useState('');
  const [toText, setToText] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refreshes, setRefreshes] = useState(0);
  const [cell, setCell] = useState<WaitingTimeCell | null>(null);
  const [loaded] = useLoad(() => api.GET('/api/v1/team-lead-dashboard',
    { params: { query: { ...period, refresh: refreshes > 0 ? true : undefined } } }),
  [period.from, period.to, refreshes]);

  function choosePeriod(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    const fromError = dutchDateError(fromText, true);
    const toError = dutchDateError(toText, true);
    if (fromError) found['period-from'] = fromError;
    if (toError) found['period-to'] = toError;
    setErrors(found);
    if (Object.keys(found).length === 0) {
      setPeriod({ from: fromText ? isoDate(fromText) : undefined, to: toText ? isoDate(toText) : undefined });
    }
  }

  return (
    <>
      <PageTitle>Dashboard</PageTitle>
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' && <ErrorMessage message={loaded.message} />}
      {loaded.state === 'done' && (() => {
        const d = loaded.data;
        const overdue = (d.overdue ?? []).map((o) => ({ ...o, label: o.taskName ?? o.taskKey ?? '' }));
        return (
          <>
            <Paragraph className="wr-figures-at">
              Cijfers van {formatDateTime(d.figuresAt)}{' '}
              <Button appearance="subtle-button" onClick={() => setRefreshes((n) => n + 1)}>Vernieuwen</Button>
            </Paragraph>
            <Section id="te-laat" title="Te laat per klok">
              {overdue.length === 0 ? <Paragraph>Geen taken over hun termijn.</Paragraph> : (
                <>
                  <figure className="wr-chart" aria-labelledby="te-laat-caption">
                    <figcaption id="te-laat-caption">Open taken over hun termijn, per soort taak</figcaption>
                    <div role="img" aria-label="Staafdiagram van de taken over hun termijn; zie de tabel hieronder.">
                      <ResponsiveContainer width="100%" height={Math.max(160, overdue.length * 44)}>
                        <BarChart data={overdue} layout="vertical" margin={{ left: 24 }}>
                          <CartesianGrid strokeDasharray="3 3" />
                          <XAxis type="number" allowDecimals={false} />
                          <YAxis type="category" dataKey="label" width={260} />
                          <Tooltip />
                          <Bar dataKey="count" name="Te laat" fill="#b3261e" cursor="pointer"
                               onClick={(entry) => {
                                 const row = entry as unknown as { taskKey?: string };
                                 navigate(href.tasks({ ...noTaskFilters, kind: row.taskKey ?? '', overdue: true }));
                               }} />
                        </BarChart>
                      </ResponsiveContainer>
                    </div>
                  </figure>
                  <div className="wr-table-container" role="region" aria-labelledby="te-laat-table" tabIndex={0}>
                    <Table>
                      <TableCaption id="te-laat-table">Te laat per klok</TableCaption>
                      <TableHeader>
                        <TableRow>
                          <TableHeaderCell scope="col">Taak</TableHeaderCell>
                          <TableHeaderCell scope="col">Te laat</TableHeaderCell>
                        </TableRow>
                      </TableHeader>
                      <TableBody>
                        {overdue.map((o) => (
                          <TableRow key={`${o.processKey}/${o.taskKey}`}>
                            <TableCell>
                              <Link href={href.tasks({ ...noTaskFilters, kind: o.taskKey ?? '', overdue: true })}
                                    data-overdue={o.taskKey}>
                                {o.label}
                              </Link>
                            </TableCell>
                            <TableCell>{o.count}</TableCell>
                          </TableRow>
                        ))}
                      </TableBody>
                    </Table>
                  </div>
                </>
              )}
            </Section>

            <Section id="caseload" title="Caseload per professional">
              <Paragraph>
                Niet toegewezen: {d.unassignedCount ?? 0} {d.unassignedCount === 1 ? 'zaak' : 'zaken'}.
              </Paragraph>
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Professional</TableHeaderCell>
                    <TableHeaderCell scope="col">Open zaken</TableHeaderCell>
                    <TableHeaderCell scope="col">Nieuw deze maand</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {(d.caseload ?? []).map((c) => (
                    <TableRow key={c.professionalId}>
                      <TableCell>{c.professionalName ?? 'Naam onbekend'}</TableCell>
                      <TableCell>{c.openCases}</TableCell>
                      <TableCell>{c.newThisMonth}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              {(d.unassigned ?? []).length > 0 && (
                <CaseList id="niet-toegewezen" caption="Niet toegewezen zaken" rows={d.unassigned ?? []}
                          total={d.unassignedCount}
                          all={href.cases({ ...noCaseFilters, scope: 'team', regisseur: NO_REGISSEUR, sort: 'opened' })} />
              )}
            </Section>

            <Section id="wachtlijst-wijkteam" title="Wachtlijst wijkteam (aanmelding → eerste gesprek)">
              <Paragraph>Norm: eerste gesprek binnen {d.intakeNormDays} dagen na aanmelding.</Paragraph>
              {(d.awaitingIntake ?? []).length === 0 ? <Paragraph>Niemand wacht op een eerste gesprek.</Paragraph>
                : <CaseList id="wacht-op-intake" caption="Wacht op een eerste gesprek" rows={d.awaitingIntake ?? []}
                            total={d.awaitingIntakeCount}
                            all={href.cases({ ...noCaseFilters, scope: 'team', status: 'AANGEMELD', sort: 'opened' })} />}
            </Section>

            <Section id="wachtlijst" title="Wachtlijst verwijzingen">
              {(d.waiting ?? []).length === 0 ? <Paragraph>Niemand wacht op zorg na een verwijzing.</Paragraph> : (
                <div className="wr-table-container" role="region" aria-labelledby="wachtlijst-table" tabIndex={0}>
                  <Table>
                    <TableCaption id="wachtlijst-table">
                      Wachtenden, urgent en langst wachtend eerst ({listedText((d.waiting ?? []).length, d.waitingCount)})
                    </TableCaption>
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell scope="col">Wie</TableHeaderCell>
                        <TableHeaderCell scope="col">Product</TableHeaderCell>
                        <TableHeaderCell scope="col">Aanbieder</TableHeaderCell>
                        <TableHeaderCell scope="col">Sinds</TableHeaderCell>
                        <TableHeaderCell scope="col">Norm</TableHeaderCell>
                        <TableHeaderCell scope="col">Nog</TableHeaderCell>
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {(d.waiting ?? []).map((w) => (
                        <TableRow key={w.referralId}>
                          <TableCell><Link href={href.case(w.caseId ?? '', 'verwijzingen')}>{w.memberName}</Link>
                            {w.urgency === 'URGENT' && ' (urgent)'}{w.paused && ' (gepauzeerd)'}</TableCell>
                          <TableCell>{w.productName}</TableCell>
                          <TableCell>{w.providerName}</TableCell>
                          <TableCell>{formatDate(w.since)}</TableCell>
                          <TableCell>{w.normDays} dagen</TableCell>
                          <TableCell>{daysLeftText(w.daysLeft)}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </div>
              )}
            </Section>

            <Section id="wachttijden" title="Wachttijden (p50/p90)">
              <form onSubmit={choosePeriod} noValidate className="wr-inline-form" aria-label="Periode kiezen">
                <DateField id="period-from" label="Zorg gestart vanaf" value={fromText} onChange={setFromText}
                           error={errors['period-from']} optional />
                <DateField id="period-to" label="tot en met" value={toText} onChange={setToText}
                           error={errors['period-to']} optional />
                <Button type="submit" appearance="secondary-action-button">Periode tonen</Button>
              </form>
              <Paragraph>
                Zorg gestart van {toDutchDate(d.from)} tot en met {toDutchDate(d.to)}. Dagen tellen van aanvraag tot
                start, zonder pauzes. Minder dan 10 verwijzingen: geen percentiel (&lt;10).
              </Paragraph>
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Product</TableHeaderCell>
                    <TableHeaderCell scope="col">Wijk</TableHeaderCell>
                    <TableHeaderCell scope="col">Aanbieder</TableHeaderCell>
                    <TableHeaderCell scope="col">Aantal</TableHeaderCell>
                    <TableHeaderCell scope="col">p50</TableHeaderCell>
                    <TableHeaderCell scope="col">p90</TableHeaderCell>
                    <TableHeaderCell scope="col"><span className="wr-visually-hidden">Verwijzingen</span></TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {(d.waitingTimes ?? []).map((p, index) => (
                    <TableRow key={index}>
                      <TableCell>{p.productName}</TableCell>
                      <TableCell>{p.wijkCode === undefined || p.wijkCode === null ? 'alle wijken'
                        : p.wijkName ?? 'onbekende wijk'}</TableCell>
                      <TableCell>{p.providerName ?? 'alle aanbieders'}</TableCell>
                      <TableCell>{(p.count ?? 0) < 10 ? '<10' : p.count}</TableCell>
                      <TableCell>{percentileText(p.p50, p.count)}</TableCell>
                      <TableCell>{percentileText(p.p90, p.count)}</TableCell>
                      <TableCell>
                        {(() => {
                          const label = `${p.productName}, ${p.wijkCode === undefined || p.wijkCode === null
                            ? 'alle wijken' : p.wijkName ?? 'onbekende wijk'}, ${p.providerName ?? 'alle aanbieders'}`;
                          return (
                            <Button appearance="subtle-button" onClick={() => setCell({
                              productCode: p.productCode ?? '', wijkCode: p.wijkCode, providerId: p.providerId,
                              label, from: d.from, to: d.to,
                            })}>
                              Verwijzingen tonen<span className="wr-visually-hidden">: {label}</span>
                            </Button>
                          );
                        })()}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              {cell && <WaitingTimeReferrals cell={cell} onClose={() => setCell(null)} />}
            </Section>

            <Section id="instroom" title="Instroom en uitstroom per week">
              {(d.flow ?? []).length === 0 ? <Paragraph>Geen aanvragen of starts in deze periode.</Paragraph> : (
                <>
                  <figure className="wr-chart" aria-labelledby="instroom-caption">
                    <figcaption id="instroom-caption">Aanvragen (instroom) en start of intrekking (uitstroom)</figcaption>
                    <div role="img" aria-label="Staafdiagram van instroom en uitstroom per week; zie de tabel hieronder.">
                      <ResponsiveContainer width="100%" height={240}>
                        <BarChart data={(d.flow ?? []).map((f) => ({ ...f, label: toDutchDate(f.week) }))}>
                          <CartesianGrid strokeDasharray="3 3" />
                          <XAxis dataKey="label" />
                          <YAxis allowDecimals={false} />
                          <Tooltip />
                          <Legend />
                          <Bar dataKey="inflow" name="Instroom" fill="#1a5a96" />
                          <Bar dataKey="outflow" name="Uitstroom" fill="#39870c" />
                        </BarChart>
                      </ResponsiveContainer>
                    </div>
                  </figure>
                  <Table>
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell scope="col">Week</TableHeaderCell>
                        <TableHeaderCell scope="col">Instroom</TableHeaderCell>
                        <TableHeaderCell scope="col">Uitstroom</TableHeaderCell>
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {(d.flow ?? []).map((f) => (
                        <TableRow key={f.week}>
                          <TableCell>{weekLabel(f.week, toDutchDate)}</TableCell>
                          <TableCell>{f.inflow}</TableCell>
                          <TableCell>{f.outflow}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </>
              )}
            </Section>
          </>
        );
      })()}
    </>
  );
}

/** "the 10 longest waiting, of 4339" when the list is cut short; the number otherwise. */
function listedText(listed: number, total: number | undefined): string {
  return total !== undefined && total > listed ? `de ${listed} die het langst wachten, van ${total}` : `${listed}`;
}

function CaseList({ id, caption, rows, total, all }: {
  id: string; caption: string;
  rows: { caseId?: string; householdLabel?: string | null; since?: string; daysLeft?: number | null }[];
  total?: number;
  /** The case list with all of them. */
  all: string;
}) {
  const shown = listedText(rows.length, total);
  return (
    <div className="wr-table-container" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <Table>
        <TableCaption id={`${id}-caption`}>{caption} ({shown})</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Huishouden</TableHeaderCell>
            <TableHeaderCell scope="col">Aangemeld</TableHeaderCell>
            <TableHeaderCell scope="col">Norm</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.caseId}>
              <TableCell><Link href={href.case(row.caseId ?? '')}>{row.householdLabel ?? 'Huishouden'}</Link></TableCell>
              <TableCell>{formatDate(row.since)}</TableCell>
              <TableCell>{daysLeftText(row.daysLeft)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {total !== undefined && total > rows.length && (
        <Paragraph><Link href={all}>Alle {total} in de zakenlijst</Link></Paragraph>
      )}
    </div>
  );
}
