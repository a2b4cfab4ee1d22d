import { Link, Paragraph } from '@utrecht/component-library-react';
import { PageTitle } from '../components/PageTitle';

export function ApiOnly() {
  return (
    <>
      <PageTitle>Wijkregie</PageTitle>
      <Paragraph>Deze rol gebruikt alleen de API.</Paragraph>
    </>
  );
}

export function NotFound({ home }: { home?: string }) {
  return (
    <>
      <PageTitle>Pagina niet gevonden</PageTitle>
      <Paragraph>Deze pagina bestaat niet.</Paragraph>
      {home && <Paragraph><Link href={home}>Naar de startpagina</Link></Paragraph>}
    </>
  );
}

export function NoAccess() {
  return (
    <>
      <PageTitle>Geen toegang</PageTitle>
      <Paragraph>Je rol geeft geen toegang tot deze pagina.</Paragraph>
    </>
  );
}
