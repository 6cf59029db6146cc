import { api } from '../api.js';
import { clear, h } from '../dom.js';
import { formatAge, formatDateTime, t } from '../i18n.js';
import { taskName } from '../labels.js';
import { follow } from '../live.js';

const PAGE_SIZE = 50;

export async function inboxView(main, state, offset = 0) {
  const load = () => api.get(`/api/tasks?offset=${offset}&limit=${PAGE_SIZE}`, { paged: true });
  const page = await load();
  if (page.items.length === 0 && offset > 0) {
    await inboxView(main, state, 0);
    return;
  }
  clear(main, build(page));
  follow(main, { load, build, first: page });

  function build(page) {
    const tasks = page.items;
    if (tasks.length === 0) {
      return [h('h1', {}, t('inbox.title')), h('p', { class: 'muted', id: 'inbox-empty' }, t('inbox.empty'))];
    }
    const now = Date.now();
    return [
      h('h1', {}, t('inbox.title')),
      h('div', { class: 'table-wrap' },
        h('table', { id: 'inbox' },
          h('thead', {}, h('tr', {},
            [t('inbox.step'), t('inbox.client'), t('inbox.case'), t('inbox.age'), t('inbox.due'), t('inbox.assignee'), '']
              .map((label) => h('th', { scope: 'col' }, label)))),
          h('tbody', {}, tasks.map((task) => row(task, now))))),
      offset > 0 || page.next
        ? h('nav', { class: 'pager', 'aria-label': t('inbox.pages') },
          offset > 0
            ? h('button', { type: 'button', class: 'secondary', id: 'inbox-previous', onClick: () => inboxView(main, state, Math.max(0, offset - PAGE_SIZE)) }, t('inbox.previous'))
            : null,
          h('span', { class: 'muted' }, `${t('inbox.range')} ${offset + 1}–${offset + tasks.length}`),
          page.next
            ? h('button', { type: 'button', class: 'secondary', id: 'inbox-next', onClick: () => inboxView(main, state, offset + PAGE_SIZE) }, t('inbox.next'))
            : null)
        : null,
    ];
  }

  function row(task, now) {
    const overdue = task.due && new Date(task.due).getTime() < now;
    // A manager's own exit is listed, greyed, so they know it waits for someone else.
    const ownExit = task.blockedReason === 'own-exit';
    return h('tr', { class: [overdue ? 'overdue' : null, ownExit ? 'blocked' : null].filter(Boolean).join(' ') || null,
      dataset: { key: `task-${task.id}`, task: task.id, element: task.elementId } },
      h('td', {}, h('a', { href: `#/tasks/${task.id}` }, taskName(task)),
        ownExit ? h('div', { class: 'muted small', id: `blocked-${task.id}` }, t('inbox.ownExit')) : null),
      h('td', {}, task.clientName ?? t('common.none')),
      h('td', {}, task.caseId ? h('a', { href: `#/cases/${task.caseId}` }, `#${task.caseId}`) : t('common.none')),
      h('td', {}, formatAge(task.created)),
      h('td', {}, task.due ? formatDateTime(task.due) : t('common.none'),
        overdue ? h('span', { class: 'badge warn' }, t('inbox.overdue')) : null),
      h('td', {}, task.assignee ?? t('common.none')),
      h('td', { class: 'actions' },
        ownExit ? null
          : task.assignee === state.user.name
            ? h('button', { type: 'button', class: 'secondary', onClick: () => act(`/api/tasks/${task.id}/unclaim`) }, t('inbox.unclaim'))
            : h('button', { type: 'button', class: 'secondary', onClick: () => act(`/api/tasks/${task.id}/claim`) }, t('inbox.claim')),
        h('a', { class: 'button', href: `#/tasks/${task.id}` }, ownExit ? t('task.readOnly') : t('inbox.open'))));
  }

  async function act(url) {
    await api.post(url);
    await inboxView(main, state, offset);
  }
}
