import {
  DataList, DataListItem, DataListKey, DataListValue, Heading2, Link, Paragraph, Table, TableBody, TableCaption,
  TableCell, TableHeader, TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { api, type Household } from '../api/client';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { PageTitle } from '../components/PageTitle';
import { statusLabel, roleLabel } from '../caseLabels';
import { formatAddress, formatDate, formatDay, fullName } from '../format';
import { href } from '../routing';
import { useLoad } from '../useLoad';

export function HouseholdDetail({ id }: { id: string }) {
  const [loaded] = useLoad(() => api.GET('/api/v1/households/{id}', { params: { path: { id } } }), [id]);
  return (
    <>
      <Paragraph>
        <Link href={href.households()}>Terug naar huishoudens</Link>
      </Paragraph>
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' && (
        <>
          <PageTitle>Huishouden</PageTitle>
          <ErrorMessage message={loaded.status === 404
            ? 'Dit huishouden bestaat niet of hoort niet bij je team.'
            : loaded.message} />
        </>
      )}
      {loaded.state === 'done' && <HouseholdView household={loaded.data} />}
      {loaded.state === 'done' && <HouseholdCases householdId={id} />}
    </>
  );
}

/** The household's cases, open and closed, each linking to its case page. */
function HouseholdCases({ householdId }: { householdId: string }) {
  const [cases] = useLoad(() => api.GET('/api/v1/cases', { params: { query: { household: householdId } } }),
    [householdId]);
  return (
    <>
      <Heading2>Zaken</Heading2>
      {cases.state === 'loading' && <Loading />}
      {cases.state === 'failed' && <ErrorMessage message={cases.message} />}
      {cases.state === 'done' && (cases.data.items ?? []).length === 0 && <Paragraph>Geen zaken.</Paragraph>}
      {cases.state === 'done' && (cases.data.items ?? []).length > 0 && (
        <ul className="wr-case-links">
          {(cases.data.items ?? []).map((item) => (
            <li key={item.id}>
              <Link href={href.case(item.id ?? '')}>Zaak van {formatDay(item.openedAt)}</Link>
              {' '}— {statusLabel(item.status)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function HouseholdView({ household }: { household: Household }) {
  const members = household.members ?? [];
  return (
    <>
      <PageTitle title={`Huishouden ${household.displayName}`}>{household.displayName || 'Huishouden'}</PageTitle>
      <DataList>
        <Item label="Adres">{formatAddress(household.address)}</Item>
        <Item label="Wijk">{household.address?.wijkCode}</Item>
        <Item label="Team">{household.teamName}</Item>
        <Item label="Aangemaakt">{formatDay(household.createdAt)}</Item>
      </DataList>
      <Heading2>Leden</Heading2>
      <div className="wr-table-container" role="region" aria-labelledby="members-caption" tabIndex={0}>
        <Table>
          <TableCaption id="members-caption">Leden van het huishouden ({members.length})</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Naam</TableHeaderCell>
              <TableHeaderCell scope="col">Rol</TableHeaderCell>
              <TableHeaderCell scope="col">Geboortedatum</TableHeaderCell>
              <TableHeaderCell scope="col">Lid sinds</TableHeaderCell>
              <TableHeaderCell scope="col">BSN</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {members.map((member) => (
              <TableRow key={member.id}>
                <TableCell>{fullName(member)}</TableCell>
                <TableCell>{roleLabel(member.role)}</TableCell>
                <TableCell>{formatDate(member.dateOfBirth)}</TableCell>
                <TableCell>
                  {formatDate(member.joinedOn)}
                  {member.leftOn ? ` (vertrokken ${formatDate(member.leftOn)})` : ''}
                </TableCell>
                <TableCell>{member.bsn || 'Niet vastgelegd'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
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
