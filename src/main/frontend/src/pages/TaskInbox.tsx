import {
  Button, ButtonGroup, Link, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useEffect, useState, type FormEvent } from 'react';
import { api, type Me, type Task, type TaskPage } from '../api/client';
import { toFormErrors } from '../api/problem';
import { CheckboxField } from '../components/CheckboxField';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { OutcomeAlert, type Outcome } from '../components/OutcomeAlert';
import { PageTitle } from '../components/PageTitle';
import { SelectField } from '../components/SelectField';
import { formatDateTime } from '../format';
import { href, navigate } from '../routing';
import { useLoad } from '../useLoad';
import {
  completedByForm, dueLabel, isLate, subjectHref, taskApiQuery, taskCount, TASK_PAGE_SIZE, type TaskFilters,
} from '../worklist';

/**
 * The task list ("werkvoorraad"): every open task of the user's teams, or only the user's own, most urgent first.
 * Generic over the engine's tasks: intake, signal contact and whatever task a new process adds.
 */
export function TaskInbox({ filters, me }: { filters: TaskFilters; me: Me }) {
  const query = taskApiQuery(filters);
  const queryKey = JSON.stringify(query);
  const [loaded, reload] = useLoad(() => api.GET('/api/v1/tasks', { params: { query } }), [queryKey]);
  const [busyTaskId, setBusyTaskId] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const show = (changes: Partial<TaskFilters>) => {
    setOutcome(null);
    navigate(href.tasks({ ...filters, page: 0, ...changes }));
  };

  async function complete(task: Task) {
    const id = task.id;
    if (!id) return;
    setBusyTaskId(id);
    setOutcome(null);
    try {
      const { error, response } = await api.POST('/api/v1/tasks/{id}/complete', { params: { path: { id } } });
      setOutcome(response.ok
        ? { type: 'ok', message: `Taak ‘${task.name}’ voor ${task.subjectLabel ?? 'dit onderwerp'} is afgerond.` }
        : { type: 'error', message: toFormErrors(error, response.status).message });
    } catch {
      setOutcome({ type: 'error', message: 'Wijkregie is niet bereikbaar. Probeer het later opnieuw.' });
    } finally {
      setBusyTaskId(null);
      reload();
    }
  }

  const kinds = loaded.state === 'done' ? loaded.data.kinds ?? [] : [];
  return (
    <>
      <PageTitle>Werkvoorraad</PageTitle>
      <Paragraph>Alle open taken van je team, de meest dringende eerst.</Paragraph>
      <div role="group" aria-label="Welke taken" className="wr-toggle">
        <Button appearance={filters.scope === 'team' ? 'primary-action-button' : 'secondary-action-button'}
                pressed={filters.scope === 'team'} onClick={() => show({ scope: 'team' })}>
          Taken van het team
        </Button>
        <Button appearance={filters.scope === 'mine' ? 'primary-action-button' : 'secondary-action-button'}
                pressed={filters.scope === 'mine'} onClick={() => show({ scope: 'mine' })}>
          Mijn taken
        </Button>
      </div>
      {filters.subject && (
        <Paragraph>
          Alleen de taken over één huishouden, zaak of signaalzaak.{' '}
          <Link href={href.tasks({ ...filters, subject: '', page: 0 })}>Alle taken tonen</Link>
        </Paragraph>
      )}
      <TaskFilterForm filters={filters} kinds={kinds.map((kind) => ({ value: kind.taskKey ?? '', label: kind.name ?? '' }))}
                      onApply={show} />
      <OutcomeAlert outcome={outcome} />
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' && <ErrorMessage message={loaded.message} />}
      {loaded.state === 'done' && (
        <TaskTable page={loaded.data} filters={filters} me={me} busyTaskId={busyTaskId} onComplete={complete}
                   onPage={(page) => navigate(href.tasks({ ...filters, page }))} />
      )}
    </>
  );
}

function TaskFilterForm({ filters, kinds, onApply }: {
  filters: TaskFilters; kinds: { value: string; label: string }[]; onApply: (changes: Partial<TaskFilters>) => void;
}) {
  const [kind, setKind] = useState(filters.kind);
  const [overdue, setOverdue] = useState(filters.overdue);
  useEffect(() => {
    setKind(filters.kind);
    setOverdue(filters.overdue);
  }, [filters.kind, filters.overdue]);
  function apply(event: FormEvent) {
    event.preventDefault();
    onApply({ kind, overdue });
  }
  return (
    <form onSubmit={apply} aria-label="Taken filteren" className="wr-filters">
      <div className="wr-field-grid">
        <SelectField id="filter-kind" label="Soort taak" value={kind} onChange={setKind} emptyLabel="Alle soorten"
                     options={kinds} />
      </div>
      <CheckboxField id="filter-late" label="Alleen te laat" checked={overdue} onChange={setOverdue} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button">Filteren</Button>
        {(filters.kind || filters.overdue) && (
          <Button appearance="subtle-button" onClick={() => onApply({ kind: '', overdue: false })}>Filters wissen</Button>
        )}
      </ButtonGroup>
    </form>
  );
}

interface TaskTableProps {
  page: TaskPage;
  filters: TaskFilters;
  me: Me;
  busyTaskId: string | null;
  onComplete: (task: Task) => void;
  onPage: (page: number) => void;
}

function TaskTable({ page, filters, me, busyTaskId, onComplete, onPage }: TaskTableProps) {
  const tasks = page.items ?? [];
  const total = page.totalItems ?? 0;
  const pageNumber = page.page ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / (page.size || TASK_PAGE_SIZE)));
  if (tasks.length === 0) {
    return (
      <Paragraph>
        {filters.kind || filters.overdue ? 'Geen open taken die aan de filters voldoen.'
          : filters.scope === 'mine' ? 'Je hebt geen open taken op je naam.' : 'Je team heeft geen open taken.'}
      </Paragraph>
    );
  }
  return (
    <>
      <div className="wr-table-container wr-cards" role="region" aria-labelledby="tasks-caption" tabIndex={0}>
        <Table>
          <TableCaption id="tasks-caption">
            {filters.scope === 'mine' ? 'Mijn open taken' : 'Open taken van je team'} ({taskCount(total)})
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Taak</TableHeaderCell>
              <TableHeaderCell scope="col">Over</TableHeaderCell>
              <TableHeaderCell scope="col">Uiterlijk</TableHeaderCell>
              <TableHeaderCell scope="col">Team</TableHeaderCell>
              <TableHeaderCell scope="col">Opgepakt door</TableHeaderCell>
              <TableHeaderCell scope="col"><span className="wr-visually-hidden">Actie</span></TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {tasks.map((task) => {
              const link = subjectHref(task);
              const late = isLate(task.dueAt);
              return (
                <TableRow key={task.id} className={late ? 'wr-urgency-overdue' : undefined}>
                  <TableCell data-label="Taak">{task.name}</TableCell>
                  <TableCell data-label="Over">
                    {link ? <Link href={link}>{task.subjectLabel}</Link> : task.subjectLabel ?? 'Onbekend onderwerp'}
                  </TableCell>
                  <TableCell data-label="Uiterlijk">
                    {task.dueAt ? formatDateTime(task.dueAt) : 'Geen termijn'}
                    {task.dueAt && <><br /><strong className={late ? 'wr-overdue' : undefined}>{dueLabel(task.dueAt)}</strong></>}
                  </TableCell>
                  <TableCell data-label="Team">{task.teamName}</TableCell>
                  <TableCell data-label="Opgepakt door">
                    {!task.assignee ? 'Nog niemand' : task.assignee === me.userId ? 'Jij' : task.assignee}
                  </TableCell>
                  <TableCell data-label="Actie">
                    {task.subjectType === 'SIGNAL_CASE' || completedByForm(task)
                      ? link && <Link href={link}>Openen<span className="wr-visually-hidden">: {task.subjectLabel}</span></Link>
                      : (
                        <Button appearance="secondary-action-button" busy={busyTaskId === task.id}
                                disabled={busyTaskId !== null} onClick={() => onComplete(task)}>
                          Afronden<span className="wr-visually-hidden">: {task.name}, {task.subjectLabel}</span>
                        </Button>
                      )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
      <Paragraph>Pagina {pageNumber + 1} van {pageCount}</Paragraph>
      <nav aria-label="Paginering">
        <ButtonGroup>
          <Button appearance="secondary-action-button" disabled={pageNumber === 0} onClick={() => onPage(pageNumber - 1)}>
            Vorige
          </Button>
          <Button appearance="secondary-action-button" disabled={pageNumber + 1 >= pageCount}
                  onClick={() => onPage(pageNumber + 1)}>
            Volgende
          </Button>
        </ButtonGroup>
      </nav>
    </>
  );
}
