import {
  Button, Link, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { api, type Task } from '../api/client';
import { toFormErrors } from '../api/problem';
import { ErrorMessage, Loading } from '../components/ErrorMessage';
import { PageTitle } from '../components/PageTitle';
import { formatDateTime } from '../format';
import { href } from '../routing';
import { useLoad } from '../useLoad';
import { OutcomeAlert, type Outcome } from '../components/OutcomeAlert';


export function TaskInbox() {
  const [loaded, reload] = useLoad(() => api.GET('/api/v1/tasks'), []);
  const [busyTaskId, setBusyTaskId] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function complete(task: Task) {
    const id = task.id;
    if (!id) return;
    setBusyTaskId(id);
    setOutcome(null);
    try {
      const { error, response } = await api.POST('/api/v1/tasks/{id}/complete', { params: { path: { id } } });
      setOutcome(response.ok
        ? { type: 'ok', message: `Taak ‘${task.name}’ voor ${task.householdName} is afgerond.` }
        : { type: 'error', message: toFormErrors(error, response.status).message });
    } catch {
      setOutcome({ type: 'error', message: 'Wijkregie is niet bereikbaar. Probeer het later opnieuw.' });
    } finally {
      setBusyTaskId(null);
      reload();
    }
  }

  return (
    <>
      <PageTitle>Taken</PageTitle>
      <OutcomeAlert outcome={outcome} />
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' && <ErrorMessage message={loaded.message} />}
      {loaded.state === 'done' && <TaskTable tasks={loaded.data} busyTaskId={busyTaskId} onComplete={complete} />}
    </>
  );
}

interface TaskTableProps {
  tasks: Task[];
  busyTaskId: string | null;
  onComplete: (task: Task) => void;
}

function TaskTable({ tasks, busyTaskId, onComplete }: TaskTableProps) {
  if (tasks.length === 0) {
    return <Paragraph>Geen open taken.</Paragraph>;
  }
  return (
    <div className="wr-table-container" role="region" aria-labelledby="tasks-caption" tabIndex={0}>
      <Table>
        <TableCaption id="tasks-caption">Open taken van je team</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Taak</TableHeaderCell>
            <TableHeaderCell scope="col">Huishouden</TableHeaderCell>
            <TableHeaderCell scope="col">Team</TableHeaderCell>
            <TableHeaderCell scope="col">Aangemaakt</TableHeaderCell>
            <TableHeaderCell scope="col">Uiterlijk</TableHeaderCell>
            <TableHeaderCell scope="col"><span className="wr-visually-hidden">Actie</span></TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {tasks.map((task) => (
            <TableRow key={task.id}>
              <TableCell>{task.name}</TableCell>
              <TableCell>
                {task.householdId
                  ? <Link href={href.household(task.householdId)}>{task.householdName}</Link>
                  : task.householdName}
              </TableCell>
              <TableCell>{task.teamName}</TableCell>
              <TableCell>{formatDateTime(task.createdAt)}</TableCell>
              <TableCell>{task.dueAt ? formatDateTime(task.dueAt) : 'Geen termijn'}</TableCell>
              <TableCell>
                <Button appearance="secondary-action-button" busy={busyTaskId === task.id}
                        disabled={busyTaskId !== null} onClick={() => onComplete(task)}>
                  Afronden<span className="wr-visually-hidden">: {task.name}, {task.householdName}</span>
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
