import { messageFindings } from './writing.js';
import { api } from '../api.js';
import { clear, h } from '../dom.js';
import { formatDateTime, t } from '../i18n.js';
import { label, rationale, taskName } from '../labels.js';
import { fieldProblems, problemText } from '../problems.js';
import { describe, outcomeText, reasonText } from '../timeline.js';

export async function casesView(main) {
  const cases = await api.get('/api/cases');
  clear(main, 
    h('h1', {}, t('cases.title')),
    h('div', { class: 'table-wrap' },
      h('table', { id: 'cases' },
        h('thead', {}, h('tr', {}, ['#', t('inbox.client'), t('cases.status'), t('cases.phase'), t('facts.recommendation'), t('cases.opened')]
          .map((label) => h('th', { scope: 'col' }, label)))),
        h('tbody', {}, cases.map((c) => h('tr', { dataset: { case: c.id } },
          h('td', {}, h('a', { href: `#/cases/${c.id}` }, `#${c.id}`)),
          h('td', {}, h('a', { href: `#/clients/${c.clientId}` }, c.clientName)),
          h('td', {}, h('span', { class: `badge status-${c.status}` }, label('caseStatus', c.status))),
          h('td', {}, label('phase', c.phase)),
          h('td', {}, label('recommendation', c.recommendation)),
          h('td', {}, formatDateTime(c.openedAt))))))));
}

export async function caseView(main, state, id) {
  const [details, progress, xml] = await Promise.all([
    api.get(`/api/cases/${id}`),
    api.get(`/api/cases/${id}/progress`),
    api.get('/api/process/diagram', { raw: true }),
  ]);
  const c = details.summary;
  const diagram = h('div', { class: 'diagram', id: 'case-diagram', role: 'img', 'aria-label': t('case.diagram') });
  clear(main, 
    h('h1', {}, `${t('case.title')} #${c.id} · `, h('a', { href: `#/clients/${c.clientId}` }, c.clientName),
      ' ', h('span', { class: `badge status-${c.status}`, id: 'case-status' }, label('caseStatus', c.status))),
    h('dl', { class: 'summary' },
      item(t('cases.phase'), label('phase', c.phase)),
      item(t('facts.recommendation'), label('recommendation', c.recommendation)),
      item(t('facts.rationale'), rationale(c.rationale)),
      item(t('case.reason'), reasonText(c.reason)),
      details.coolingOffEndsAt && c.phase === 'COOLING_OFF' ? item(t('case.coolingOffEnds'), formatDateTime(details.coolingOffEndsAt)) : null,
      c.outcome ? item(t('case.outcome'), outcomeText(c.status, details.contractReview?.exitDate)) : null),
    h('section', {}, h('h2', {}, t('case.diagram')), diagram),
    actions(state, details, () => caseView(main, state, id)),
    openTasks(details.openTasks),
    messages(details.messages),
    timeline(details.timeline));
  const { drawDiagram } = await import('./diagram.js');
  await drawDiagram(diagram, xml, progress);
}

function item(term, value) {
  return h('div', {}, h('dt', {}, term), h('dd', {}, value ?? t('common.none')));
}

function actions(state, details, reload) {
  const c = details.summary;
  const roles = state.user.roles;
  const section = h('section', { class: 'card', id: 'case-actions' }, h('h2', {}, t('case.actions')));
  const feedback = h('div', { 'aria-live': 'polite' });

  if (c.phase === 'AWAITING_CLIENT_ANSWER' && roles.includes('OPS')) {
    const form = h('form', { id: 'client-answer-form' },
      h('h3', {}, t('case.answerTitle')),
      h('label', { class: 'inline' }, h('input', { type: 'radio', name: 'accepted', value: 'true', required: true }), t('case.accepted')),
      h('label', { class: 'inline' }, h('input', { type: 'radio', name: 'accepted', value: 'false' }), t('case.declined')),
      h('label', {}, t('case.comment'), h('textarea', { name: 'comment', maxlength: 2000, rows: 2 })),
      h('button', { type: 'submit' }, t('case.record')));
    form.addEventListener('submit', (event) => submit(event, form, `/api/cases/${c.id}/client-response`,
      (data) => ({ accepted: data.get('accepted') === 'true', comment: data.get('comment') || null })));
    section.append(form);
  }
  if (c.phase === 'COOLING_OFF' && roles.includes('MANAGER')) {
    const form = h('form', { id: 'withdraw-form' },
      h('h3', {}, t('case.withdrawTitle')),
      h('label', {}, t('case.withdrawReason'), h('textarea', { name: 'reason', required: true, maxlength: 1000, rows: 2 })),
      h('button', { type: 'submit', class: 'danger' }, t('case.withdraw')));
    form.addEventListener('submit', (event) => submit(event, form, `/api/cases/${c.id}/withdraw`,
      (data) => ({ reason: data.get('reason') })));
    section.append(form);
  }
  if (c.status === 'OPEN') {
    const preview = h('div', { id: 'notice-preview' });
    section.append(h('button', { type: 'button', class: 'secondary', id: 'preview-notice', onClick: async () => {
      clear(preview);
      try {
        const [message, client] = await Promise.all([
          api.get(`/api/cases/${c.id}/messages/preview?kind=TERMINATION_NOTICE`),
          api.get(`/api/clients/${c.clientId}`),
        ]);
        preview.append(h('h3', {}, message.subject),
          h('iframe', { class: 'mail', sandbox: '', title: message.subject, srcdoc: message.html }));
        // The words staff typed reach the client in this message: the manager who may still
        // withdraw during the cooling-off sees what the writing check finds in it.
        preview.append(await messageFindings(message.text, client.client.locale));
      } catch (error) {
        preview.append(h('p', { class: 'muted' }, problemText(error)));
      }
    } }, t('case.preview')), preview);
  }
  if (section.children.length === 1) return null;
  section.append(feedback);
  return section;

  async function submit(event, form, url, body) {
    event.preventDefault();
    clear(feedback);
    try {
      await api.post(url, body(new FormData(form)));
      setTimeout(reload, 800);
    } catch (error) {
      feedback.append(h('p', { class: 'alert', role: 'alert' }, (fieldProblems(error) ?? [problemText(error)]).join(' ')));
    }
  }
}

function openTasks(tasks) {
  if (!tasks.length) return null;
  return h('section', {}, h('h2', {}, t('case.openTasks')),
    h('ul', { id: 'case-open-tasks' }, tasks.map((task) =>
      h('li', {}, h('a', { href: `#/tasks/${task.id}` }, taskName(task)), ' · ',
        task.assignee ?? task.candidateGroups.map((group) => label('role', group)).join(', ')))));
}

function messages(list) {
  return h('section', {}, h('h2', {}, t('case.messages')),
    list.length === 0
      ? h('p', { class: 'muted' }, t('case.noMessages'))
      : h('div', { class: 'table-wrap' }, h('table', { id: 'case-messages' },
        h('tbody', {}, list.map((m) => h('tr', { dataset: { kind: m.kind } },
          h('td', {}, label('messageKind', m.kind)),
          h('td', {}, m.subject),
          h('td', {}, m.recipient),
          h('td', {}, h('span', { class: `badge msg-${m.status}` }, label('messageStatus', m.status))),
          h('td', {}, formatDateTime(m.sentAt ?? m.createdAt)),
          h('td', { class: 'actions' },
            h('a', { href: `/api/messages/${m.id}.html`, target: '_blank', rel: 'noopener' }, t('common.html')),
            m.hasLetter ? h('a', { href: `/api/messages/${m.id}.pdf`, target: '_blank', rel: 'noopener' }, t('common.pdf')) : null)))))));
}

function timeline(entries) {
  return h('section', {}, h('h2', {}, t('case.timeline')),
    h('ol', { class: 'timeline', id: 'case-timeline' }, entries.map((e) =>
      h('li', {}, h('time', { datetime: e.at }, formatDateTime(e.at)), ' ',
        h('strong', {}, label('auditType', e.type)), ' · ', h('span', { class: 'muted' }, e.actor === 'system' ? 'Exit Desk' : e.actor),
        h('br'), describe(e)))));
}
