import { Button, ButtonGroup, Link, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { api } from '../../api/client';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { Section } from '../../components/Section';
import { formatDateTime, formatNumber } from '../../format';
import { href } from '../../routing';
import { useLoad } from '../../useLoad';


const PAGE_SIZE = 50;

/** What happened to the household, newest first; loaded again after every change made on the page. */
export function TimelineSection({ caseId, changes }: { caseId: string; changes: number }) {
  const [page, setPage] = useState(0);
  const [loaded] = useLoad(
    () => api.GET('/api/v1/cases/{id}/timeline', { params: { path: { id: caseId }, query: { page, size: PAGE_SIZE } } }),
    [caseId, page, changes],
  );
  return (
    <Section id="tijdlijn" title="Tijdlijn">
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' && <ErrorMessage message={loaded.message} />}
      {loaded.state === 'done' && (() => {
        const events = loaded.data.items ?? [];
        const total = loaded.data.totalItems ?? events.length;
        const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
        if (events.length === 0) return <Paragraph>Nog niets gebeurd.</Paragraph>;
        return (
          <>
            <ol className="wr-timeline" aria-label="Gebeurtenissen, nieuwste eerst">
              {events.map((event, index) => (
                <li key={event.id ?? index}>
                  <span className="wr-timeline-time">{formatDateTime(event.occurredAt)}</span>{' '}
                  <span>{event.summary}</span>
                  {event.actorName && <span className="wr-timeline-actor"> ({event.actorName})</span>}
                  {event.signalCaseId && <> <Link href={href.signalCase(event.signalCaseId)}>Naar de signaalzaak</Link></>}
                  {event.confidential && <> <strong className="wr-confidential">Vertrouwelijk</strong></>}
                </li>
              ))}
            </ol>
            {pageCount > 1 && (
              <nav aria-label="Paginering tijdlijn">
                <Paragraph>{formatNumber(total)} gebeurtenissen, pagina {page + 1} van {pageCount}</Paragraph>
                <ButtonGroup>
                  <Button appearance="secondary-action-button" disabled={page === 0} onClick={() => setPage(page - 1)}>
                    Nieuwer
                  </Button>
                  <Button appearance="secondary-action-button" disabled={page + 1 >= pageCount}
                          onClick={() => setPage(page + 1)}>
                    Ouder
                  </Button>
                </ButtonGroup>
              </nav>
            )}
          </>
        );
      })()}
    </Section>
  );
}
