import { api, ApiError } from '../api.js';
import { clear, h } from '../dom.js';
import { formatDateTime, t } from '../i18n.js';
import { contractOf, factsPanel } from './facts.js';
import { decisionTableSection, reviewFiguresPanel } from './review-figures.js';
import { label, taskName } from '../labels.js';
import { fill } from '../words-case.js';
import { fieldProblems, problemText } from '../problems.js';
import { watchClientFacingFields } from './writing.js';

export async function taskView(main, state, id) {
  const [view, { Form }, { displayVariables, fieldLabels, localizeDatePicker, localizeSchema, templateSafe, translatePlaceholders, translateValidator }] = await Promise.all([
    api.get(`/api/tasks/${id}`),
    import('./form-js.js'),
    import('./form-i18n.js'),
  ]);
  const { task, form: schema, variables } = view;
  // A done task reads back as it was sent, and a manager's own exit as what another approves:
  // neither is a form anyone could fill in.
  const open = task.status === 'OPEN';
  const editable = open && !task.blockedReason;
  const feedback = h('div', { id: 'task-feedback', 'aria-live': 'polite' });
  const formHost = h('div', { class: editable ? 'form-host' : 'form-host read-only', id: 'task-form' });
  const submit = editable ? h('button', { type: 'button', id: 'complete-task' }, t('task.submit')) : null;
  clear(main,
    h('p', {}, h('a', { href: '#/inbox' }, `← ${t('task.back')}`)),
    h('h1', {}, taskName(task), ' ', h('span', { class: 'muted' }, task.clientName ? `· ${task.clientName}` : ''),
      editable ? null : h('span', { class: 'badge', id: 'task-read-only' }, t('task.readOnly'))),
    task.caseId ? h('p', {}, h('a', { href: `#/cases/${task.caseId}` }, `${t('case.title')} #${task.caseId}`)) : null,
    editable ? null : h('p', { class: task.refusal ? 'alert' : 'notice', id: 'task-not-editable', role: 'status' }, whyNotEditable(task)),
    h('div', { class: 'split' }, h('section', { class: 'card' }, formHost, feedback, submit),
      task.elementId === 'task_review_criteria' ? reviewFiguresPanel(variables) : factsPanel(variables)),
    task.elementId === 'task_review_criteria' ? decisionTableSection(variables) : null);

  localizeDatePicker();
  const form = new Form({ container: formHost, properties: editable ? {} : { readOnly: true } });
  translateValidator(form);
  const localized = localizeSchema(schema);
  const shown = open ? variables : { ...variables, ...(view.submitted ?? {}) };
  await form.importSchema(localized, templateSafe(localized, displayVariables(shown)));
  translatePlaceholders(formHost);
  if (!editable) return;
  limitDates(formHost, form, schema, view);
  watchClientFacingFields({ formHost, schema, locale: variables?.clientLanguage, caseId: task.caseId });

  submit.addEventListener('click', async () => {
    clear(feedback);
    const { data, errors } = form.submit();
    if (Object.keys(errors).length > 0) return;
    const fields = new Set(inputKeys(schema));
    const submitted = Object.fromEntries(Object.entries(data).filter(([key, value]) => fields.has(key) && value !== undefined));
    submit.disabled = true;
    try {
      const kept = await api.post(`/api/tasks/${id}/complete`, { variables: submitted });
      feedback.append(h('p', { class: 'ok', role: 'status' }, whatHappensNext(task, submitted)));
      // The answer comes before the engine takes the submission: stay while it does, so a refusal
      // (the task was interrupted meanwhile) is read here rather than missed.
      const settled = await followSubmission(id, kept);
      if (settled.refusal) {
        clear(feedback).append(h('p', { class: 'alert', role: 'alert', id: 'task-refused' }, refusalText(settled)));
        return;
      }
      setTimeout(() => { location.hash = '#/inbox'; }, 2500);
    } catch (error) {
      submit.disabled = false;
      feedback.append(problem(error, fieldLabels(localized)));
    }
  });
}

/** The task once the engine took or refused its submission, or as it stands after a few seconds. */
async function followSubmission(id, task) {
  let current = task;
  for (let tries = 0; current.status === 'COMPLETING' && tries < 10; tries++) {
    await new Promise((resolve) => { setTimeout(resolve, 300); });
    current = (await api.get(`/api/tasks/${id}`)).task;
  }
  return current;
}

function refusalText(task) {
  return fill(t('task.refused'), task.completedBy, formatDateTime(task.completedAt));
}

function whyNotEditable(task) {
  if (task.blockedReason === 'own-exit') return t('task.ownExit');
  if (task.refusal) return refusalText(task);
  if (task.status === 'COMPLETING') {
    return fill(t('task.completing'), task.completedBy, formatDateTime(task.completedAt));
  }
  if (task.status === 'COMPLETED' && task.completedBy) {
    return fill(t('task.completedBy'), task.completedBy, formatDateTime(task.completedAt));
  }
  return fill(t('task.closed'), label('taskStatus', task.status).toLocaleLowerCase(document.documentElement.lang));
}

/**
 * The date pickers offer only dates the server accepts (TaskRules): an exit date at least the
 * notice period from today (the longer of the contract's and the one entered) unless an early
 * termination was agreed, and a delivery date no later than today. Typed dates are still checked
 * by the server.
 */
function limitDates(formHost, form, schema, view) {
  const dateFields = {};
  const walk = (components) => (components ?? []).forEach((c) => {
    if (c.type === 'datetime' && c.key) dateFields[c.key] = c.id;
    walk(c.components);
  });
  walk(schema.components);
  const today = view.today;
  const notice = (data) => Math.max(Number(data.noticePeriodDays) || 0, Number(contractOf(view.variables).noticePeriodDays) || 0);
  const limits = (data) => ({
    exitDate: { minDate: localDate(today, data.earlyTerminationAgreed ? 0 : notice(data)) },
    deliveredOn: { maxDate: localDate(today, 0) },
  });
  const apply = () => {
    const data = form._getState().data;
    for (const [key, limit] of Object.entries(limits(data))) {
      const componentId = dateFields[key];
      if (!componentId) continue;
      const picker = [...formHost.querySelectorAll(`input[id*="${componentId}"]`)].map((input) => input._flatpickr).find(Boolean);
      if (!picker) continue;
      for (const [option, value] of Object.entries(limit)) {
        if (picker.config[option]?.getTime?.() !== value.getTime()) picker.set(option, value);
      }
    }
  };
  apply();
  form.on('changed', apply);
  formHost.addEventListener('focusin', apply);
}

/** Midnight, in the browser's zone, `days` after the ISO date `iso`. */
function localDate(iso, days) {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(year, month - 1, day + days);
}

function problem(error, labels) {
  if (!(error instanceof ApiError)) return h('p', { class: 'alert', role: 'alert' }, problemText(error));
  if (error.status === 409) return h('p', { class: 'alert', role: 'alert', id: 'task-gone' }, t('task.gone'), ' ', problemText(error));
  if (error.status === 403) return h('p', { class: 'alert', role: 'alert', id: 'task-forbidden' }, problemText(error));
  const fields = error.status === 400 ? fieldProblems(error, labels) : null;
  if (fields) {
    return h('div', { class: 'alert', role: 'alert', id: 'task-invalid' }, t('task.invalid'),
      h('ul', {}, fields.map((sentence) => h('li', {}, sentence))));
  }
  return h('p', { class: 'alert', role: 'alert' }, problemText(error));
}

/** The confirmation after a submit: what the process does next, in words. */
function whatHappensNext(task, submitted) {
  const element = task.elementId?.startsWith('task_correct_address') ? 'task_correct_address' : task.elementId;
  const decision = submitted.reviewDecision ?? submitted.approvalDecision
    ?? (element === 'task_review_contract' ? 'EXIT' : null);
  for (const key of [`next.${element}.${decision}`, `next.${element}`]) {
    if (t(key) !== key) return t(key);
  }
  return t('task.done');
}

function inputKeys(schema) {
  const keys = [];
  const walk = (components) => {
    for (const component of components ?? []) {
      if (component.key && component.type !== 'text') keys.push(component.key);
      walk(component.components);
    }
  };
  walk(schema.components);
  return keys;
}
