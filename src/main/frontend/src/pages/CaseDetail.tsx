import {
  DataList, DataListItem, DataListKey, DataListValue, Heading2, Link, Paragraph,
} from '@utrecht/component-library-react';
import { useState, type ReactNode } from 'react';
import { api, type Areas, type Case, type Me, type Team } from '../api/client';
import { closingReasonLabel, deadlinePurpose, nextStepLabel, statusLabel } from '../caseLabels';
import { currentTab } from '../caseTabs';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { PageTitle } from '../components/PageTitle';
import { formatAddress, formatDate, formatDateTime, formatDay } from '../format';
import { buurtName, wijkName } from '../reference';
import { href } from '../routing';
import { useLoad } from '../useLoad';
import { PlanTab } from './case/PlanTab';
import { AssessmentTab } from './case/AssessmentTab';
import { AssignmentSection } from './case/AssignmentSection';
import { BasicsPanel } from './case/BasicsPanel';
import { ConsentsSection } from './case/ConsentsSection';
import { DomainsSection } from './case/DomainsSection';
import { JournalSection } from './case/JournalSection';
import { MembersTable } from './case/MembersTable';
import { ReferralsTab } from './case/ReferralsTab';
import { StatusSection } from './case/StatusSection';
import { TimelineSection } from './case/TimelineSection';

/** What a tab of the case page gets to render itself with. */
export interface CaseTabContext {
  caseFile: Case;
  me: Me;
  areas: Areas | null;
  teams: Team[];
  isProfessional: boolean;
  open: boolean;
  changes: number;
  changed: (updated?: Case) => void;
  reload: () => void;
}

interface CaseTab {
  /** The last part of the tab's URL: `#/zaken/<id>/<id of the tab>`. */
  id: string;
  label: string;
  render: (context: CaseTabContext) => ReactNode;
}

/**
 * The tabs of the case page, in order. Adding a tab is adding one entry here: it gets its link in the tab list and
 * its own URL (deep link) at once.
 */
const CASE_TABS: CaseTab[] = [
  { id: 'overzicht', label: 'Overzicht', render: (c) => <OverviewTab {...c} /> },
  { id: 'huishouden', label: 'Huishouden', render: (c) => <HouseholdTab {...c} /> },
  {
    id: 'journaal', label: 'Journaal', render: (c) => (
      <JournalSection caseId={c.caseFile.id ?? ''} members={c.caseFile.household?.members ?? []}
                      canWrite={c.isProfessional} onAdded={() => c.changed()} />
    ),
  },
  {
    id: 'toestemmingen', label: 'Toestemmingen', render: (c) => (
      <ConsentsSection caseId={c.caseFile.id ?? ''} members={c.caseFile.household?.members ?? []}
                       canWrite={c.isProfessional} onChanged={() => c.changed()} />
    ),
  },
  {
    id: 'zelfredzaamheid', label: 'Zelfredzaamheid', render: (c) => (
      <AssessmentTab caseId={c.caseFile.id ?? ''} members={c.caseFile.household?.members ?? []}
                     canWrite={c.isProfessional && c.open} />
    ),
  },
  {
    id: 'plan', label: 'Plan', render: (c) => (
      <PlanTab caseId={c.caseFile.id ?? ''} canWrite={c.isProfessional} onChanged={() => c.reload()} />
    ),
  },
  { id: 'tijdlijn', label: 'Tijdlijn', render: (c) => <TimelineSection caseId={c.caseFile.id ?? ''} changes={c.changes} /> },
  { id: 'signalen', label: 'Signalen', render: (c) => <SignalsTab {...c} /> },
  {
    id: 'verwijzingen', label: 'Verwijzingen', render: (c) => (
      <ReferralsTab caseId={c.caseFile.id ?? ''} members={c.caseFile.household?.members ?? []}
                    canWrite={c.isProfessional && c.open} />
    ),
  },
];

export function CaseDetail({ id, tab, me }: { id: string; tab?: string; me: Me }) {
  const [loaded, reload] = useLoad(() => api.GET('/api/v1/cases/{id}', { params: { path: { id } } }), [id]);
  const [areas] = useLoad(() => api.GET('/api/v1/areas'), []);
  const [teams] = useLoad(() => api.GET('/api/v1/teams'), []);
  return (
    <>
      <Paragraph>
        <Link href={href.cases()}>Terug naar zaken</Link>
      </Paragraph>
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' && (
        <>
          <PageTitle>Zaak</PageTitle>
          <ErrorMessage message={loaded.status === 404
            ? 'Deze zaak bestaat niet of hoort niet bij je team.'
            : loaded.message} />
        </>
      )}
      {loaded.state === 'done' && (
        <CaseView key={`${loaded.data.id}-${loaded.data.version}`} initial={loaded.data} me={me} reload={reload}
                  tab={tab} areas={areas.state === 'done' ? areas.data : null}
                  teams={teams.state === 'done' ? teams.data : []} />
      )}
    </>
  );
}

interface CaseViewProps {
  initial: Case;
  me: Me;
  tab?: string;
  reload: () => void;
  areas: Areas | null;
  teams: Team[];
}

/**
 * The case as last answered by the server: every change returns the new case (with its new version), which replaces
 * the one shown. A change also makes the timeline load again.
 */
function CaseView({ initial, me, tab, reload, areas, teams }: CaseViewProps) {
  const [caseFile, setCaseFile] = useState(initial);
  const [changes, setChanges] = useState(0);
  const roles = me.roles ?? [];
  const changed = (updated?: Case) => {
    if (updated) setCaseFile(updated);
    setChanges((count) => count + 1);
  };
  const name = caseFile.household?.displayName || 'Huishouden';
  const current = currentTab(CASE_TABS, tab);
  const context: CaseTabContext = {
    caseFile, me, areas, teams, isProfessional: roles.includes('professional'),
    open: caseFile.status !== 'AFGESLOTEN', changes, changed, reload,
  };

  return (
    <>
      <PageTitle title={`Zaak ${caseFile.caseNumber ?? ''} ${name} – ${current.label}`}>{name}</PageTitle>
      <SummaryHeader caseFile={caseFile} />
      <nav className="wr-tabs" aria-label="Onderdelen van de zaak">
        <ul>
          {CASE_TABS.map((item) => (
            <li key={item.id}>
              <a href={href.case(caseFile.id ?? '', item.id)} aria-current={item.id === current.id ? 'page' : undefined}
                 className={item.id === current.id ? 'wr-tab wr-tab-current' : 'wr-tab'}>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="wr-tab-panel">{current.render(context)}</div>
    </>
  );
}

/** Who, where and what next, at a glance above every tab. */
function SummaryHeader({ caseFile }: { caseFile: Case }) {
  const open = caseFile.status !== 'AFGESLOTEN';
  const household = caseFile.household ?? {};
  return (
    <section className="wr-case-summary" aria-label="Samenvatting van de zaak">
      <DataList>
        <Item label="Zaaknummer"><span id="case-number">{caseFile.caseNumber}</span></Item>
        <Item label="Huishouden">
          <Link href={href.household(caseFile.householdId ?? '')}>{household.displayName || 'Huishouden'}</Link>
          {household.street && <>, {formatAddress(household)}</>}
        </Item>
        <Item label="Status">
          <strong id="case-status-summary">{statusLabel(caseFile.status)}</strong>
          <span className="wr-next-step"> {nextStepLabel(caseFile.status)}</span>
          {caseFile.statusReason && <span className="wr-next-step"> Reden: {caseFile.statusReason}</span>}
        </Item>
        <Item label="Regisseur">
          <span id="case-summary-regisseur">{caseFile.regisseur?.displayName || 'Nog geen regisseur'}</span>
        </Item>
        {open && (
          <Item label="Uiterlijk">
            {caseFile.dueOn ? (
              <>
                <span id="case-due">{formatDate(caseFile.dueOn)}</span>: {deadlinePurpose(caseFile.status)}
                {caseFile.overdue && <> <strong className="wr-overdue">Te laat</strong></>}
                <span className="wr-hint"> De termijn van deze fase volgens de norm van de gemeente; hij wordt
                  opnieuw gezet als de status verandert.</span>
              </>
            ) : 'Geen termijn'}
          </Item>
        )}
        {!open && (
          <>
            <Item label="Afgesloten">{formatDay(caseFile.closedAt)}: {closingReasonLabel(caseFile.closingReason)}</Item>
            <Item label="Uitkomst">{caseFile.outcomeSummary}</Item>
          </>
        )}
      </DataList>
    </section>
  );
}

function OverviewTab(c: CaseTabContext) {
  return (
    <>
      <BasicsPanel caseId={c.caseFile.id ?? ''} canWrite={c.isProfessional && c.open} />
      <StatusSection caseFile={c.caseFile} canWrite={c.isProfessional} onChanged={c.changed} onReload={c.reload} />
      <DomainsSection caseFile={c.caseFile} canWrite={c.isProfessional && c.open} onChanged={c.changed}
                      onReload={c.reload} />
      <AssignmentSection caseFile={c.caseFile} teams={c.teams} canWrite={c.open} onChanged={c.changed}
                         onReload={c.reload} />
    </>
  );
}

function HouseholdTab({ caseFile, areas }: CaseTabContext) {
  const household = caseFile.household ?? {};
  return (
    <>
      <section aria-labelledby="household-heading" className="wr-section">
        <Heading2 id="household-heading">Huishouden</Heading2>
        <DataList>
          <Item label="Adres">{formatAddress(household)}</Item>
          <Item label="Wijk">
            {wijkName(areas, household.wijkCode)}
            {household.buurtCode && `, buurt ${buurtName(areas, household.buurtCode)}`}
          </Item>
          <Item label="Team">{caseFile.teamName}</Item>
          <Item label="Aangemeld">{formatDay(caseFile.openedAt)}</Item>
        </DataList>
        <Paragraph>
          <Link href={href.household(caseFile.householdId ?? '')}>
            Naar het huishouden: leden toevoegen of wijzigen, verhuizing en adresgeschiedenis
          </Link>
        </Paragraph>
      </section>
      <MembersTable members={household.members ?? []} />
    </>
  );
}

function SignalsTab({ caseFile }: CaseTabContext) {
  const signalCases = caseFile.signalCases ?? [];
  return (
    <section aria-labelledby="signals-heading" className="wr-section">
      <Heading2 id="signals-heading">Signalen</Heading2>
      {signalCases.length === 0 ? <Paragraph>Er zijn geen vroegsignalen over dit huishouden.</Paragraph> : (
        <ul className="wr-case-links">
          {signalCases.map((signalCase) => (
            <li key={signalCase.signalCaseId}>
              <Link href={href.signalCase(signalCase.signalCaseId ?? '')}>
                Signaalzaak van {formatDateTime(signalCase.receivedAt)}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}
