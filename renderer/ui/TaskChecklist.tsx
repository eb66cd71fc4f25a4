// A role's tasks as a checklist (done ones ticked and locked): the console's role panel and a role seat both show it.
import { own } from '../../shared/domain/records';
import type { Role } from '../../shared/domain/scenario';

export function TaskChecklist(props: {
  role: Role;
  /** taskId -> seq of its task.done entry. */
  done: Readonly<Record<string, number>>;
  active: boolean;
  lang: 'zh-CN' | 'en';
  testIdPrefix: string;
  onDone(taskId: string): void;
}) {
  const { role, done, active, lang, testIdPrefix, onDone } = props;
  return (
    <ul className="task-list">
      {role.tasks.map((task) => {
        const isDone = own(done, task.id) !== undefined;
        return (
          <li key={task.id} className={isDone ? 'done' : undefined}>
            <label className="check">
              <input type="checkbox" checked={isDone} disabled={isDone || !active} onChange={() => onDone(task.id)} data-testid={`${testIdPrefix}${task.id}`} />
              <span>{(lang === 'en' && task.textEn) || task.text}</span>
            </label>
          </li>
        );
      })}
    </ul>
  );
}
