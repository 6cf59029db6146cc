import { api } from '../api.js';
import { clear, h } from '../dom.js';
import { formatDateTime, t, words } from '../i18n.js';
import { label, stepName, taskName } from '../labels.js';
import { problemText } from '../problems.js';

// The API answers an action with codes (what was done, to what, the outcome); the page says it.
const OUTCOME_KIND = { MESSAGE_RESENT: 'messageStatus', TASK_RESUBMITTED: 'taskStatus', CASE_CLOSED: 'caseStatus' };

function whatWasDone(done) {
  if (done.action === 'JOB_RETRIED') return t(`ops.did.JOB_RETRIED.${done.outcome}`);
  const kind = OUTCOME_KIND[done.action];
  return t(`ops.did.${done.action}`)
    .replace('{0}', kind ? label(kind, done.outcome).toLowerCase() : '')
    .replace('{1}', String(done.subject));
}

// Work that waits for a person although no user task asks for it, with the action that moves it on.
// After an action the page loads again and says what was done, above the new state.
export async function operationsView(main, state, done = null) {
  const overview = await api.get('/api/operations');
  const feedback = h('div', { id: 'operations-feedback', 'aria-live': 'polite' },
    done ? h('p', { class: 'ok', role: 'status', id: 'operations-done' }, `${t('ops.done')} ${whatWasDone(done)}`) : null);

  const act = (label, id, url, body) => h('button', {
    type: 'button', id, class: 'secondary',
    onClick: async (event) => {
      event.target.disabled = true;
      clear(feedback);
      let answer;
      try {
        answer = await api.post(url, body);
      } catch (error) {
        event.target.disabled = false;
        feedback.append(h('p', { class: 'alert', role: 'alert', id: 'operations-refused' },
          `${t('ops.refused')} ${problemText(error)}`));
        return;
      }
      await operationsView(main, state, answer);
    },
  }, label);

  const caseLink = (caseId) => (caseId ? h('a', { href: `#/cases/${caseId}` }, `#${caseId}`) : t('common.none'));

  clear(main,
    h('h1', {}, t('ops.title')),
    h('p', { class: 'muted' }, t('ops.intro')),
    feedback,
    section('ops-jobs', t('ops.jobs'), t('ops.jobsHelp'),
      [t('inbox.case'), t('ops.step'), t('ops.error'), t('ops.since'), ''],
      overview.jobs.map((job) => h('tr', { dataset: { job: job.jobKey } },
        h('td', {}, caseLink(job.caseId)),
        h('td', { title: job.elementId }, stepName(job.elementId, job.stepName)),
        h('td', { class: 'error-text' }, job.error),
        h('td', {}, formatDateTime(job.failedAt)),
        h('td', {}, act(t('ops.retry'), `retry-${job.jobKey}`, `/api/operations/jobs/${job.jobKey}/retry`))))),
    section('ops-messages', t('ops.messages'), t('ops.messagesHelp'),
      [t('inbox.case'), t('ops.kind'), t('ops.error'), t('ops.since'), ''],
      overview.messages.map((m) => h('tr', { dataset: { message: m.id } },
        h('td', {}, caseLink(m.caseId)),
        h('td', {}, words(m.kind)),
        h('td', { class: 'error-text' }, m.failure ?? t('common.none')),
        h('td', {}, formatDateTime(m.queuedAt)),
        h('td', {}, act(t('ops.resend'), `resend-${m.id}`, `/api/operations/messages/${m.id}/resend`))))),
    section('ops-tasks', t('ops.tasks'), t('ops.tasksHelp'),
      [t('inbox.case'), t('inbox.step'), t('ops.submittedBy'), t('ops.since'), t('ops.attempts'), t('ops.error'), ''],
      overview.tasks.map((task) => h('tr', { dataset: { task: task.id } },
        h('td', {}, caseLink(task.caseId)),
        h('td', {}, taskName(task)),
        h('td', {}, task.submittedBy),
        h('td', {}, formatDateTime(task.submittedAt)),
        h('td', {}, String(task.attempts ?? 0)),
        h('td', { class: 'error-text' }, task.lastError ?? t('common.none')),
        h('td', {}, act(t('ops.resubmit'), `resubmit-${task.id}`, `/api/operations/tasks/${task.id}/resubmit`))))),
    section('ops-cases', t('ops.cases'), t('ops.casesHelp'),
      [t('inbox.case'), t('cases.phase'), t('ops.since'), ''],
      overview.cases.map((c) => h('tr', { dataset: { case: c.caseId } },
        h('td', {}, caseLink(c.caseId)),
        h('td', {}, words(c.phase)),
        h('td', {}, formatDateTime(c.noticedAt)),
        h('td', {}, act(t('ops.close'), `close-${c.caseId}`, `/api/operations/cases/${c.caseId}/close`))))),
    section('ops-keys', t('ops.keys'), t('ops.keysHelp'),
      [t('ops.scope'), t('ops.key'), t('ops.since'), ''],
      overview.idempotencyKeys.map((k) => h('tr', {},
        h('td', {}, k.scope),
        h('td', {}, k.key),
        h('td', {}, formatDateTime(k.since)),
        h('td', {}, act(t('ops.free'), null, '/api/operations/idempotency-keys/free', { scope: k.scope, key: k.key }))))),
    criteriaReviewCard());
}

/** A manager starts a review of the criteria between the regular ones; the task lands in the inbox. */
function criteriaReviewCard() {
  const feedback = h('div', { 'aria-live': 'polite', id: 'criteria-review-feedback' });
  const form = h('form', { id: 'criteria-review-form' },
    h('label', {}, t('review.startReason'), h('textarea', { name: 'reason', required: true, maxlength: 1000, rows: 2 })),
    h('button', { type: 'submit', id: 'start-criteria-review' }, t('review.start')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clear(feedback);
    const button = form.querySelector('button');
    button.disabled = true;
    try {
      await api.post('/api/criteria-reviews', { reason: new FormData(form).get('reason') });
      form.reset();
      feedback.append(h('p', { class: 'ok', role: 'status', id: 'criteria-review-started' }, t('review.started'), ' ',
        h('a', { href: '#/inbox' }, t('nav.inbox'))));
    } catch (error) {
      feedback.append(h('p', { class: 'alert', role: 'alert', id: 'criteria-review-refused' }, problemText(error)));
    } finally {
      button.disabled = false;
    }
  });
  return h('section', { class: 'card', id: 'criteria-review' },
    h('h2', {}, t('review.startTitle')), h('p', { class: 'muted' }, t('review.startHelp')), form, feedback);
}

function section(id, title, help, columns, rows) {
  return h('section', { class: 'card', id },
    h('h2', {}, title, ' ', h('span', { class: 'badge', id: `${id}-count` }, String(rows.length))),
    h('p', { class: 'muted' }, help),
    rows.length === 0
      ? h('p', { class: 'muted', id: `${id}-empty` }, t('ops.none'))
      : h('div', { class: 'table-wrap' },
        h('table', { id: `${id}-table` },
          h('thead', {}, h('tr', {}, columns.map((label) => h('th', { scope: 'col' }, label)))),
          h('tbody', {}, rows))));
}
