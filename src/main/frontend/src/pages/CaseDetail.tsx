import {
  DataList, DataListItem, DataListKey, DataListValue, Link, Paragraph,
} from '@utrecht/component-library-react';
import { useState, type ReactNode } from 'react';
import { api, type Areas, type Case, type Me, type Team } from '../api/client';
import { closingReasonLabel } from '../caseLabels';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { PageTitle } from '../components/PageTitle';
import { formatAddress, formatDate, formatDay } from '../format';
import { buurtName, wijkName } from '../reference';
import { href } from '../routing';
import { useLoad } from '../useLoad';
import { AssignmentSection } from './case/AssignmentSection';
import { BasicsPanel } from './case/BasicsPanel';
import { ConsentsSection } from './case/ConsentsSection';
import { DomainsSection } from './case/DomainsSection';
import { JournalSection } from './case/JournalSection';
import { MembersTable } from './case/MembersTable';
import { StatusSection } from './case/StatusSection';
import { TimelineSection } from './case/TimelineSection';

export function CaseDetail({ id, me }: { id: string; me: Me }) {
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
                  areas={areas.state === 'done' ? areas.data : null}
                  teams={teams.state === 'done' ? teams.data : []} />
      )}
    </>
  );
}

interface CaseViewProps {
  initial: Case;
  me: Me;
  reload: () => void;
  areas: Areas | null;
  teams: Team[];
}

/**
 * The case as last answered by the server: every change returns the new case (with its new version), which replaces
 * the one shown. A change also makes the timeline load again.
 */
function CaseView({ initial, me, reload, areas, teams }: CaseViewProps) {
  const [caseFile, setCaseFile] = useState(initial);
  const [changes, setChanges] = useState(0);
  const roles = me.roles ?? [];
  const isProfessional = roles.includes('professional');
  const household = caseFile.household ?? {};
  const members = household.members ?? [];
  const open = caseFile.status !== 'AFGESLOTEN';
  const changed = (updated?: Case) => {
    if (updated) setCaseFile(updated);
    setChanges((count) => count + 1);
  };
  const caseId = caseFile.id ?? '';
  const name = household.displayName || 'Huishouden';

  return (
    <>
      <PageTitle title={`Zaak ${name}`}>{name}</PageTitle>
      <DataList>
        <Item label="Adres">{formatAddress(household)}</Item>
        <Item label="Wijk">
          {wijkName(areas, household.wijkCode)}
          {household.buurtCode && `, buurt ${buurtName(areas, household.buurtCode)}`}
        </Item>
        <Item label="Team">{caseFile.teamName}</Item>
        <Item label="Aangemeld">{formatDay(caseFile.openedAt)}</Item>
        <Item label="Uiterlijk">
          {caseFile.dueOn ? formatDate(caseFile.dueOn) : 'Geen termijn'}
          {caseFile.overdue && open && <> <strong className="wr-overdue">Te laat</strong></>}
        </Item>
        {!open && (
          <>
            <Item label="Reden van afsluiten">{closingReasonLabel(caseFile.closingReason)}</Item>
            <Item label="Uitkomst">{caseFile.outcomeSummary}</Item>
          </>
        )}
      </DataList>

      <BasicsPanel caseId={caseId} canWrite={isProfessional && open} />
      <MembersTable members={members} />
      <StatusSection caseFile={caseFile} canWrite={isProfessional} onChanged={changed} onReload={reload} />
      <DomainsSection caseFile={caseFile} canWrite={isProfessional && open} onChanged={changed} onReload={reload} />
      <AssignmentSection caseFile={caseFile} teams={teams} canWrite={open} onChanged={changed} onReload={reload} />
      <JournalSection caseId={caseId} members={members} canWrite={isProfessional} onAdded={() => changed()} />
      <ConsentsSection caseId={caseId} members={members} canWrite={isProfessional} onChanged={() => changed()} />
      <TimelineSection caseId={caseId} changes={changes} />
    </>
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
