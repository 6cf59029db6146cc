import { api } from '../api.js';
import { clear, h } from '../dom.js';
import { formatDate, formatDateTime, formatMoney, t } from '../i18n.js';
import { label, rationale, stepName, taskName } from '../labels.js';
import { fieldProblems, problemText } from '../problems.js';
import { describe, outcomeText, reasonText } from '../timeline.js';
import { follow } from '../live.js';
import { fill } from '../words-case.js';
import { messageFindings } from './writing.js';

export async function casesView(main) {
  const load = () => api.get('/api/cases');
  const cases = await load();
  clear(main, build(cases));
  follow(main, { load, build, first: cases });

  function build(cases) {
    return [
      h('h1', {}, t('cases.title')),
      h('div', { class: 'table-wrap' },
        h('table', { id: 'cases' },
          h('thead', {}, h('tr', {}, ['#', t('inbox.client'), t('cases.status'), t('cases.phase'), t('cases.waitsFor'), t('cases.opened')]
            .map((label) => h('th', { scope: 'col' }, label)))),
          h('tbody', {}, cases.map((c) => h('tr', { dataset: { key: `case-${c.id}`, case: c.id } },
            h('td', {}, h('a', { href: `#/cases/${c.id}` }, `#${c.id}`)),
            h('td', {}, h('a', { href: `#/clients/${c.clientId}` }, c.clientName)),
            h('td', {}, h('span', { class: `badge status-${c.status}` }, label('caseStatus', c.status))),
            h('td', {}, label('phase', c.phase)),
            h('td', { class: 'waits' }, waitingFor(c)),
            h('td', {}, formatDateTime(c.openedAt))))))),
    ];
  }
}

/** What an open case waits for, in words: who must do which step, or what the process waits out. */
function waitingFor(c) {
  if (c.status !== 'OPEN' || !c.waitingFor?.length) return t('common.none');
  return h('ul', { class: 'plain' }, c.waitingFor.map((w) => h('li', {}, waitText(w))));
}

function waitText(w) {
  if (w.kind === 'TASK') {
    const who = w.assignee ?? fill(t('waits.anyone'), w.groups.map((group) => label('role', group)).join(', '));
    return fill(t('waits.TASK'), taskName({ elementId: w.elementId, name: stepName(w.elementId) }), who);
  }
  const until = w.kind === 'EXIT_DATE' ? formatDate(w.until) : formatDateTime(w.until);
  return fill(t(`waits.${w.kind}`), until);
}

export async function caseView(main, state, id) {
  const load = () => Promise.all([api.get(`/api/cases/${id}`), api.get(`/api/cases/${id}/progress`)]);
  let live = null;
  const [first, xml] = await Promise.all([load(), api.get('/api/process/diagram', { raw: true })]);
  const build = ([details]) => {
    const c = details.summary;
    return [
      h('h1', {}, `${t('case.title')} #${c.id} · `, h('a', { href: `#/clients/${c.clientId}` }, c.clientName),
        ' ', h('span', { class: `badge status-${c.status}`, id: 'case-status' }, label('caseStatus', c.status))),
      h('dl', { class: 'summary' },
        item(t('cases.phase'), label('phase', c.phase)),
        item(t('cases.waitsFor'), waitingFor(c)),
        item(t('facts.recommendation'), label('recommendation', c.recommendation)),
        item(t('facts.rationale'), rationale(c.rationale)),
        item(t('case.reason'), reasonText(c.reason)),
        details.checkIns?.planned > 0 ? item(t('case.checkIns'), checkInCounts(details.checkIns)) : null,
        details.coolingOffEndsAt && c.phase === 'COOLING_OFF' ? item(t('case.coolingOffEnds'), formatDateTime(details.coolingOffEndsAt)) : null,
        c.outcome ? item(t('case.outcome'), outcomeText(c.status, details.contractReview?.exitDate)) : null),
      // Drawn once by bpmn-js and redrawn when the progress changes; updates leave it alone.
      h('section', {}, h('h2', {}, t('case.diagram')),
        h('div', { id: 'case-diagram-box', dataset: { live: 'keep' } },
          h('div', { class: 'diagram', id: 'case-diagram', role: 'img', 'aria-label': t('case.diagram') }))),
      actions(state, details, () => live?.refresh()),
      openTasks(details.openTasks),
      proposals(details.proposals),
      retrospective(details.retrospective),
      messages(details.messages),
      timeline(details.timeline),
    ];
  };
  clear(main, build(first));
  const diagram = main.querySelector('#case-diagram');
  const { drawDiagram } = await import('./diagram.js');
  let viewer = await drawDiagram(diagram, xml, first[1]);
  let progress = JSON.stringify(first[1]);
  live = follow(main, {
    load,
    build,
    first,
    changed: async ([, now]) => {
      if (JSON.stringify(now) === progress) return;
      progress = JSON.stringify(now);
      // Drawn again on the new progress, with its own toolbar (the box is kept by updates).
      viewer.destroy();
      diagram.parentElement.querySelector('.diagram-tools')?.remove();
      viewer = await drawDiagram(diagram, xml, now);
    },
  });
}

/** The latest probation's check-ins: its cadence, then planned, held and missed. */
function checkInCounts(checkIns) {
  const words = t('case.checkInsCount');
  const values = [label('cadence', checkIns.cadence), checkIns.planned, checkIns.held, checkIns.missed];
  return h('span', { id: 'case-check-ins' }, values.reduce((text, value, i) => text.replace(`{${i}}`, value), words));
}

function item(term, value) {
  return h('div', {}, h('dt', {}, term), h('dd', {}, value ?? t('common.none')));
}

function actions(state, details, reload) {
  const c = details.summary;
  const roles = state.user.roles;
  const section = h('section', { class: 'card', id: 'case-actions' }, h('h2', {}, t('case.actions')));
  // Looked up when used, not captured (see submit): a live update keeps the page's own nodes.
  const feedback = h('div', { 'aria-live': 'polite', dataset: { feedback: '', live: 'keep' } });

  if (c.phase === 'AWAITING_CLIENT_ANSWER' && roles.includes('OPS')) {
    const form = h('form', { id: 'client-answer-form', dataset: { key: 'client-answer-form' } },
      h('h3', {}, t('case.answerTitle')),
      h('label', { class: 'inline' }, h('input', { type: 'radio', name: 'accepted', value: 'true', required: true }), t('case.accepted')),
      h('label', { class: 'inline' }, h('input', { type: 'radio', name: 'accepted', value: 'false' }), t('case.declined')),
      h('label', {}, t('case.comment'), h('textarea', { name: 'comment', maxlength: 2000, rows: 2 })),
      h('button', { type: 'submit' }, t('case.record')));
    form.addEventListener('submit', (event) => submit(event, form, `/api/cases/${c.id}/client-response`,
      (data) => ({ accepted: data.get('accepted') === 'true', comment: data.get('comment') || null }),
      (data) => t(data.get('accepted') === 'true' ? 'next.clientAccepted' : 'next.clientDeclined')));
    section.append(form);
  }
  if (c.phase === 'COOLING_OFF' && roles.includes('MANAGER')) {
    const form = h('form', { id: 'withdraw-form', dataset: { key: 'withdraw-form' } },
      h('h3', {}, t('case.withdrawTitle')),
      h('label', {}, t('case.withdrawReason'), h('textarea', { name: 'reason', required: true, maxlength: 1000, rows: 2 })),
      h('button', { type: 'submit', class: 'danger' }, t('case.withdraw')));
    form.addEventListener('submit', (event) => submit(event, form, `/api/cases/${c.id}/withdraw`,
      (data) => ({ reason: data.get('reason') }), () => t('next.withdrawn')));
    section.append(form);
  }
  if (c.status === 'OPEN') {
    section.append(h('button', { type: 'button', class: 'secondary', id: 'preview-notice', onClick: async () => {
      const preview = clear(document.getElementById('notice-preview'));
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
    } }, t('case.preview')), h('div', { id: 'notice-preview', dataset: { live: 'keep' } }));
  }
  if (section.children.length === 1) return null;
  section.append(feedback);
  return section;

  async function submit(event, form, url, body, confirmation) {
    event.preventDefault();
    const feedback = clear(form.closest('section').querySelector('[data-feedback]'));
    const data = new FormData(form);
    const controls = [...form.elements];
    try {
      controls.forEach((control) => { control.disabled = true; });
      await api.post(url, body(data));
      feedback.append(h('p', { class: 'ok', role: 'status', id: 'case-action-done' }, confirmation(data)));
      // Done: the form stays disabled until the case moves on and the update removes it.
      form.dataset.live = 'keep';
      await reload();
    } catch (error) {
      controls.forEach((control) => { control.disabled = false; });
      feedback.append(h('p', { class: 'alert', role: 'alert' }, (fieldProblems(error) ?? [problemText(error)]).join(' ')));
    }
  }
}

function openTasks(tasks) {
  if (!tasks.length) return null;
  return h('section', {}, h('h2', {}, t('case.openTasks')),
    h('ul', { id: 'case-open-tasks' }, tasks.map((task) =>
      h('li', { dataset: { key: `task-${task.id}-${task.status}` } }, h('a', { href: `#/tasks/${task.id}` }, taskName(task)), ' · ',
        task.status === 'COMPLETING' ? fill(t('case.taskCompleting'), task.completedBy)
          : task.assignee ?? task.candidateGroups.map((group) => label('role', group)).join(', ')))));
}

/** The terms proposed to the client and what the client answered. */
function proposals(list) {
  if (!list?.length) return null;
  return h('section', {}, h('h2', {}, t('case.proposals')),
    h('ul', { id: 'case-proposals', class: 'plain' }, list.map((p) => h('li', { dataset: { key: `proposal-${p.id}-${p.status}` } },
      h('strong', {}, label('proposalStatus', p.status)), ' · ',
      fill(t('case.proposal.how'), label('channel', p.communicationChannel), label('cadence', p.checkInCadence).toLocaleLowerCase(document.documentElement.lang), formatMoney(p.monthlyFee)),
      h('br'), fill(t('case.proposal.terms'), p.scope, p.boundaries),
      h('br'), p.status === 'PENDING' ? fill(t('case.proposal.deadline'), formatDateTime(p.deadline))
        : p.status === 'EXPIRED' ? fill(t('answer.expired'), formatDateTime(p.deadline))
          : [fill(t(p.status === 'ACCEPTED' ? 'answer.accepted' : 'answer.declined'), formatDateTime(p.answeredAt)),
            ' · ', p.clientComment ? `“${p.clientComment}”` : t('answer.noComment')]))));
}

/** What the team learned from the exit, kept on the case for the criteria review. */
function retrospective(r) {
  if (!r) return null;
  const row = (term, value) => (value ? item(term, value) : null);
  return h('section', { id: 'case-retrospective' }, h('h2', {}, t('case.retrospective')),
    h('p', { class: 'muted' }, fill(t('case.retrospectiveBy'), r.writtenBy, formatDateTime(r.writtenAt))),
    h('dl', { class: 'summary' },
      row(t('retro.whatHappened'), r.whatHappened),
      row(t('retro.ourShare'), r.ourShare),
      row(t('retro.missedSigns'), r.missedSigns.length ? r.missedSigns.map((sign) => label('sign', sign)).join(', ') : null),
      row(t('retro.warningSignsMissed'), r.warningSignsMissed),
      row(t('retro.criteriaChange'), r.criteriaChange)));
}

function messages(list) {
  return h('section', {}, h('h2', {}, t('case.messages')),
    list.length === 0
      ? h('p', { class: 'muted' }, t('case.noMessages'))
      : h('div', { class: 'table-wrap' }, h('table', { id: 'case-messages' },
        h('tbody', {}, list.map((m) => h('tr', { dataset: { key: `message-${m.id}-${m.status}`, kind: m.kind } },
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
