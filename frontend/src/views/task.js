import { api, ApiError } from '../api.js';
import { clear, h } from '../dom.js';
import { t } from '../i18n.js';
import { factsPanel } from './facts.js';
import { taskName } from '../labels.js';
import { fieldProblems, problemText } from '../problems.js';
import { watchClientFacingFields } from './writing.js';

export async function taskView(main, state, id) {
  const [{ task, form: schema, variables }, { Form }, { displayVariables, fieldLabels, localizeDatePicker, localizeSchema, templateSafe, translatePlaceholders, translateValidator }] = await Promise.all([
    api.get(`/api/tasks/${id}`),
    import('./form-js.js'),
    import('./form-i18n.js'),
  ]);
  const feedback = h('div', { id: 'task-feedback', 'aria-live': 'polite' });
  const formHost = h('div', { class: 'form-host', id: 'task-form' });
  const submit = h('button', { type: 'button', id: 'complete-task' }, t('task.submit'));
  clear(main, 
    h('p', {}, h('a', { href: '#/inbox' }, `← ${t('task.back')}`)),
    h('h1', {}, taskName(task), ' ', h('span', { class: 'muted' }, task.clientName ? `· ${task.clientName}` : '')),
    task.caseId ? h('p', {}, h('a', { href: `#/cases/${task.caseId}` }, `${t('case.title')} #${task.caseId}`)) : null,
    h('div', { class: 'split' }, h('section', { class: 'card' }, formHost, feedback, submit), factsPanel(variables)));

  localizeDatePicker();
  const form = new Form({ container: formHost });
  translateValidator(form);
  const localized = localizeSchema(schema);
  await form.importSchema(localized, templateSafe(localized, displayVariables(variables)));
  translatePlaceholders(formHost);
  watchClientFacingFields({ formHost, schema, locale: variables?.clientLanguage, caseId: task.caseId });

  submit.addEventListener('click', async () => {
    clear(feedback);
    const { data, errors } = form.submit();
    if (Object.keys(errors).length > 0) return;
    const fields = new Set(inputKeys(schema));
    const submitted = Object.fromEntries(Object.entries(data).filter(([key, value]) => fields.has(key) && value !== undefined));
    submit.disabled = true;
    try {
      await api.post(`/api/tasks/${id}/complete`, { variables: submitted });
      feedback.append(h('p', { class: 'ok', role: 'status' }, whatHappensNext(task, submitted)));
      setTimeout(() => { location.hash = '#/inbox'; }, 2500);
    } catch (error) {
      submit.disabled = false;
      feedback.append(problem(error, fieldLabels(localized)));
    }
  });
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
