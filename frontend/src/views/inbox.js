import { api } from '../api.js';
import { clear, h } from '../dom.js';
import { formatAge, formatDateTime, t } from '../i18n.js';
import { taskName } from '../labels.js';

const PAGE_SIZE = 50;

export async function inboxView(main, state, offset = 0) {
  const page = await api.get(`/api/tasks?offset=${offset}&limit=${PAGE_SIZE}`, { paged: true });
  const tasks = page.items;
  const view = clear(main);
  view.append(h('h1', {}, t('inbox.title')));
  if (tasks.length === 0 && offset > 0) {
    await inboxView(main, state, 0);
    return;
  }
  if (tasks.length === 0) {
    view.append(h('p', { class: 'muted', id: 'inbox-empty' }, t('inbox.empty')));
    return;
  }
  const now = Date.now();
  view.append(
    h('div', { class: 'table-wrap' },
      h('table', { id: 'inbox' },
        h('thead', {}, h('tr', {},
          [t('inbox.step'), t('inbox.client'), t('inbox.case'), t('inbox.age'), t('inbox.due'), t('inbox.assignee'), '']
            .map((label) => h('th', { scope: 'col' }, label)))),
        h('tbody', {}, tasks.map((task) => {
          const overdue = task.due && new Date(task.due).getTime() < now;
          return h('tr', { class: overdue ? 'overdue' : null, dataset: { task: task.id, element: task.elementId } },
            h('td', {}, h('a', { href: `#/tasks/${task.id}` }, taskName(task))),
            h('td', {}, task.clientName ?? t('common.none')),
            h('td', {}, task.caseId ? h('a', { href: `#/cases/${task.caseId}` }, `#${task.caseId}`) : t('common.none')),
            h('td', {}, formatAge(task.created)),
            h('td', {}, task.due ? formatDateTime(task.due) : t('common.none'),
              overdue ? h('span', { class: 'badge warn' }, t('inbox.overdue')) : null),
            h('td', {}, task.assignee ?? t('common.none')),
            h('td', { class: 'actions' },
              task.assignee === state.user.name
                ? h('button', { type: 'button', class: 'secondary', onClick: () => act(`/api/tasks/${task.id}/unclaim`) }, t('inbox.unclaim'))
                : h('button', { type: 'button', class: 'secondary', onClick: () => act(`/api/tasks/${task.id}/claim`) }, t('inbox.claim')),
              h('a', { class: 'button', href: `#/tasks/${task.id}` }, t('inbox.open'))));
        })))));
  if (offset > 0 || page.next) {
    view.append(
      h('nav', { class: 'pager', 'aria-label': t('inbox.pages') },
        offset > 0
          ? h('button', { type: 'button', class: 'secondary', id: 'inbox-previous', onClick: () => inboxView(main, state, Math.max(0, offset - PAGE_SIZE)) }, t('inbox.previous'))
          : null,
        h('span', { class: 'muted' }, `${t('inbox.range')} ${offset + 1}–${offset + tasks.length}`),
        page.next
          ? h('button', { type: 'button', class: 'secondary', id: 'inbox-next', onClick: () => inboxView(main, state, offset + PAGE_SIZE) }, t('inbox.next'))
          : null));
  }

  async function act(url) {
    await api.post(url);
    await inboxView(main, state, offset);
  }
}
