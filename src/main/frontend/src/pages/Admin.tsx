import { Link } from '@utrecht/component-library-react';
import type { MouseEvent } from 'react';
import { PageTitle } from '../components/PageTitle';
import { AccessLogCheck } from './AccessLogCheck';
import { AccessOverviewSection } from './admin/AccessOverviewSection';
import { NormsSection } from './admin/NormsSection';
import { ProvidersSection } from './admin/ProvidersSection';
import { ReferralMessagesSection } from './admin/ReferralMessagesSection';
import { AreaImportSection } from './admin/AreaImportSection';
import { RefusalsSection } from './admin/RefusalsSection';
import { SignalPartnersSection } from './admin/SignalPartnersSection';
import { TeamsSection } from './admin/TeamsSection';
import { WijkenSection } from './admin/WijkenSection';

/**
 * Beheer: the access log (who saw this person? is it intact?), teams and their members, wijken, signal partners,
 * refused attempts.
 */
export function Admin() {
  return (
    <>
      <PageTitle>Beheer</PageTitle>
      <nav aria-label="Op deze pagina" className="wr-toc">
        <ul>
          <li><Link href="#inzage" onClick={jump('inzage')}>Inzage toegang</Link></li>
          <li><Link href="#toegangslog" onClick={jump('toegangslog')}>Toegangslog controleren</Link></li>
          <li><Link href="#teams" onClick={jump('teams')}>Teams</Link></li>
          <li><Link href="#wijken" onClick={jump('wijken')}>Wijken</Link></li>
          <li><Link href="#signaalpartners" onClick={jump('signaalpartners')}>Signaalpartners</Link></li>
          <li><Link href="#weigeringen" onClick={jump('weigeringen')}>Geweigerde toegang</Link></li>
          <li><Link href="#aanbieders" onClick={jump('aanbieders')}>Zorgaanbieders</Link></li>
          <li><Link href="#wachttijdnormen" onClick={jump('wachttijdnormen')}>Wachttijdnormen</Link></li>
          <li><Link href="#berichten" onClick={jump('berichten')}>Berichten van aanbieders</Link></li>
        </ul>
      </nav>
      {/* The sections that load nothing first, so that the lists loading below do not shift them. */}
      <AccessOverviewSection />
      <AccessLogCheck />
      <TeamsSection />
      <WijkenSection />
      <AreaImportSection />
      <SignalPartnersSection />
      <RefusalsSection />
      <ProvidersSection />
      <NormsSection />
      <ReferralMessagesSection />
    </>
  );
}

/** In-page links would change the hash route; scroll and move the focus instead. */
function jump(id: string) {
  return (event: MouseEvent) => {
    event.preventDefault();
    const target = document.getElementById(id);
    target?.scrollIntoView();
    target?.querySelector<HTMLElement>('h2')?.setAttribute('tabindex', '-1');
    target?.querySelector<HTMLElement>('h2')?.focus();
  };
}
