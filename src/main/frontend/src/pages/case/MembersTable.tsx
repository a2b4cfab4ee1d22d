import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { CaseMember } from '../../api/client';
import { languageLabel, roleLabel } from '../../caseLabels';
import { Section } from '../../components/Section';
import { formatDate, fullName } from '../../format';


/** Since when a member belongs to the household, and when they left: the same words on the case and household pages. */
export function MembershipPeriod({ member }: { member: Pick<CaseMember, 'joinedOn' | 'leftOn'> }) {
  return (
    <>
      {member.joinedOn ? `sinds ${formatDate(member.joinedOn)}` : ''}
      {member.leftOn && <>{member.joinedOn ? ', ' : ''}<strong>vertrokken op {formatDate(member.leftOn)}</strong></>}
    </>
  );
}

export function MembersTable({ members }: { members: CaseMember[] }) {
  const current = members.filter((member) => !member.leftOn).length;
  return (
    <Section id="leden" title="Leden">
      <div className="wr-table-container" role="region" aria-labelledby="members-caption" tabIndex={0}>
        <Table>
          <TableCaption id="members-caption">
            Leden van het huishouden ({current}{current !== members.length && ` van ${members.length}; de anderen zijn vertrokken`})
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Naam</TableHeaderCell>
              <TableHeaderCell scope="col">Rol</TableHeaderCell>
              <TableHeaderCell scope="col">Geboortedatum</TableHeaderCell>
              <TableHeaderCell scope="col">In het huishouden</TableHeaderCell>
              <TableHeaderCell scope="col">Taal</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {members.map((member) => (
              <TableRow key={member.id}>
                <TableCell>{fullName(member)}</TableCell>
                <TableCell>{roleLabel(member.role) || 'Onbekend'}</TableCell>
                <TableCell>{formatDate(member.dateOfBirth)}</TableCell>
                <TableCell><MembershipPeriod member={member} /></TableCell>
                <TableCell>
                  {languageLabel(member.preferredLanguage) || 'Niet vastgelegd'}
                  {member.interpreterNeeded && <>, <strong>tolk nodig</strong></>}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </Section>
  );
}
