import {
  Button, NavList, NavListLink, Page, PageContent, PageHeader, Paragraph, SkipLink,
} from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { api, LOGIN_PAGE, type Me } from './api/client';
import { ErrorMessage, Loading } from './components/ErrorMessage';
import { mayOpen, navigationFor } from './navigation';
import { Admin } from './pages/Admin';
import { BasicsOverview } from './pages/BasicsOverview';
import { CaseDetail } from './pages/CaseDetail';
import { Caseload } from './pages/Caseload';
import { HouseholdDetail } from './pages/HouseholdDetail';
import { HouseholdList } from './pages/HouseholdList';
import { NewHousehold } from './pages/NewHousehold';
import { Monitoring } from './pages/Monitoring';
import { ApiOnly, NoAccess, NotFound } from './pages/SimplePages';
import { SignalBatches } from './pages/SignalBatches';
import { SignalCaseDetail } from './pages/SignalCaseDetail';
import { SignalFormat } from './pages/SignalFormat';
import { SignalInbox } from './pages/SignalInbox';
import { TaskInbox } from './pages/TaskInbox';
import { ProviderBoard } from './pages/ProviderBoard';
import { TeamLeadDashboard } from './pages/TeamLeadDashboard';
import { navigate, useRoute, type Route } from './routing';
import { useLoad } from './useLoad';

export function App() {
  // A 401 here is handled by the client: the browser goes to the login page.
  const [me] = useLoad(() => api.GET('/api/v1/me'), []);
  if (me.state === 'done') return <Shell me={me.data} />;
  return (
    <Page>
      <PageContent>
        <main id="inhoud">
          {me.state === 'loading' ? <Loading /> : me.status !== 401 && <ErrorMessage message={me.message} />}
        </main>
      </PageContent>
    </Page>
  );
}

function Shell({ me }: { me: Me }) {
  const route = useRoute();
  const roles = me.roles ?? [];
  const teams = me.teams ?? [];
  const navigation = navigationFor(roles);
  const [loggingOut, setLoggingOut] = useState(false);

  // The start page is the first thing the user's roles may use.
  const home = navigation[0]?.href;
  useEffect(() => {
    if (route.page === 'home' && home) navigate(home, { replace: true });
  }, [route.page, home]);

  async function logout() {
    setLoggingOut(true);
    try {
      await api.POST('/api/v1/session/logout');
    } finally {
      window.location.assign(LOGIN_PAGE);
    }
  }

  return (
    <Page className="wr-page">
      <SkipLink href="#inhoud" onClick={(event) => {
        event.preventDefault();
        document.getElementById('inhoud')?.focus();
      }}>
        Naar de inhoud
      </SkipLink>
      <PageHeader className="wr-header">
        <Paragraph className="wr-brand">Wijkregie</Paragraph>
        <div className="wr-user">
          <Paragraph className="wr-user-name">
            <span className="wr-visually-hidden">Ingelogd als </span>
            {me.displayName || 'Naam onbekend'}
            {teams.length > 0 && <span className="wr-teams">{teams.map((team) => team.name).join(', ')}</span>}
          </Paragraph>
          <Button appearance="secondary-action-button" onClick={logout} busy={loggingOut} disabled={loggingOut}>
            Uitloggen
          </Button>
        </div>
      </PageHeader>
      {navigation.length > 0 && (
        <nav className="wr-nav" aria-label="Hoofdmenu">
          <NavList>
            {navigation.map((item) => (
              <NavListLink key={item.href} href={item.href}
                           aria-current={item.pages.includes(route.page) ? 'page' : undefined}>
                {item.label}
              </NavListLink>
            ))}
          </NavList>
        </nav>
      )}
      <PageContent>
        <main id="inhoud" tabIndex={-1} className="wr-main">
          <CurrentPage route={route} me={me} hasScreens={navigation.length > 0} home={home} />
        </main>
      </PageContent>
    </Page>
  );
}

function CurrentPage({ route, me, hasScreens, home }: { route: Route; me: Me; hasScreens: boolean; home?: string }) {
  if (!hasScreens) return <ApiOnly />;
  if (!mayOpen(me.roles ?? [], route.page)) return <NoAccess />;
  switch (route.page) {
    case 'home':
      return <Loading />;
    case 'cases':
      return <Caseload filters={route.filters} me={me} />;
    case 'case':
      return <CaseDetail id={route.id} tab={route.tab} me={me} />;
    case 'households':
      return <HouseholdList pageNumber={route.pageNumber} />;
    case 'newHousehold':
      return <NewHousehold key={route.signalCaseId ?? ''} me={me} signalCaseId={route.signalCaseId} />;
    case 'household':
      return <HouseholdDetail id={route.id} />;
    case 'tasks':
      return <TaskInbox filters={route.filters} me={me} />;
    case 'signals':
      return <SignalInbox filters={route.filters} me={me} />;
    case 'signalCase':
      return <SignalCaseDetail key={route.id} id={route.id} me={me} />;
    case 'signalBatches':
      return <SignalBatches me={me} />;
    case 'signalFormat':
      return <SignalFormat />;
    case 'admin':
      return <Admin />;
    case 'monitoring':
      return <Monitoring />;
    case 'basicsOverview':
      return <BasicsOverview />;
    case 'teamLeadDashboard':
      return <TeamLeadDashboard />;
    case 'providerBoard':
      return <ProviderBoard />;
    case 'notFound':
      return <NotFound home={home} />;
  }
}
