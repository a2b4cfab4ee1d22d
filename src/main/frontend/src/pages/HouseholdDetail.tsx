import {
  DataList, DataListItem, DataListKey, DataListValue, Heading2, Link, Paragraph, Table, TableBody, TableCaption,
  TableCell, TableHeader, TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { api, type Household } from '../api/client';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { PageTitle } from '../components/PageTitle';
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
              <TableHeaderCell scope="col">Geboortedatum</TableHeaderCell>
              <TableHeaderCell scope="col">BSN</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {members.map((member) => (
              <TableRow key={member.id}>
                <TableCell>{fullName(member)}</TableCell>
                <TableCell>{formatDate(member.dateOfBirth)}</TableCell>
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
