import { api, ApiError } from '../api.js';
import { clear, h } from '../dom.js';
import { t } from '../i18n.js';
import { factsPanel } from './facts.js';

export async function taskView(main, state, id) {
  const [{ task, form: schema, variables }, { Form }] = await Promise.all([
    api.get(`/api/tasks/${id}`),
    import('./form-js.js'),
  ]);
  const feedback = h('div', { id: 'task-feedback', 'aria-live': 'polite' });
  const formHost = h('div', { class: 'form-host', id: 'task-form' });
  const submit = h('button', { type: 'button', id: 'complete-task' }, t('task.submit'));
  clear(main, 
    h('p', {}, h('a', { href: '#/inbox' }, `← ${t('task.back')}`)),
    h('h1', {}, task.name, ' ', h('span', { class: 'muted' }, task.clientName ? `· ${task.clientName}` : '')),
    task.caseId ? h('p', {}, h('a', { href: `#/cases/${task.caseId}` }, `${t('case.title')} #${task.caseId}`)) : null,
    h('div', { class: 'split' }, h('section', { class: 'card' }, formHost, feedback, submit), factsPanel(variables)));

  const form = new Form({ container: formHost });
  await form.importSchema(schema, variables);

  submit.addEventListener('click', async () => {
    clear(feedback);
    const { data, errors } = form.submit();
    if (Object.keys(errors).length > 0) return;
    const fields = new Set(inputKeys(schema));
    const submitted = Object.fromEntries(Object.entries(data).filter(([key, value]) => fields.has(key) && value !== undefined));
    submit.disabled = true;
    try {
      await api.post(`/api/tasks/${id}/complete`, { variables: submitted });
      feedback.append(h('p', { class: 'ok', role: 'status' }, t('task.done')));
      setTimeout(() => { location.hash = '#/inbox'; }, 600);
    } catch (error) {
      submit.disabled = false;
      feedback.append(problem(error));
    }
  });
}

function problem(error) {
  if (!(error instanceof ApiError)) return h('p', { class: 'alert', role: 'alert' }, error.message);
  if (error.status === 409) return h('p', { class: 'alert', role: 'alert', id: 'task-gone' }, t('task.gone'), ' ', error.message);
  if (error.status === 403) return h('p', { class: 'alert', role: 'alert', id: 'task-forbidden' }, t('task.forbidden'), ' ', error.message);
  if (error.status === 400) {
    return h('div', { class: 'alert', role: 'alert', id: 'task-invalid' }, t('task.invalid'),
      h('ul', {}, (error.problem.errors ?? []).map((e) => h('li', {}, h('strong', {}, e.field), ' ', e.message))));
  }
  return h('p', { class: 'alert', role: 'alert' }, `${t('common.error')} ${error.message}`);
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
