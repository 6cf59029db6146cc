import './style.css';
import { api, ApiError, session } from './api.js';
import { clear, h } from './dom.js';
import { language, setLanguage, t } from './i18n.js';
import { label } from './labels.js';
import { problemText } from './problems.js';
import { inboxView } from './views/inbox.js';
import { taskView } from './views/task.js';
import { casesView, caseView } from './views/cases.js';
import { clientsView, clientView } from './views/clients.js';

const main = document.getElementById('main');
const state = { user: null };

const routes = [
  [/^#\/inbox$/, () => inboxView(main, state)],
  [/^#\/tasks\/(\d+)$/, (id) => taskView(main, state, id)],
  [/^#\/cases$/, () => casesView(main, state)],
  [/^#\/cases\/(\d+)$/, (id) => caseView(main, state, id)],
  [/^#\/clients$/, () => clientsView(main, state)],
  [/^#\/clients\/(\d+)$/, (id) => clientView(main, state, id)],
];

async function render() {
  renderChrome();
  if (!state.user) {
    loginView();
    return;
  }
  const hash = location.hash || '#/inbox';
  for (const [pattern, view] of routes) {
    const match = hash.match(pattern);
    if (match) {
      clear(main, h('p', { class: 'muted' }, t('common.loading')));
      try {
        await view(...match.slice(1));
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          state.user = null;
          return render();
        }
        if (!(error instanceof ApiError)) console.error(error);
        clear(main, h('p', { class: 'alert', role: 'alert', id: 'page-error' }, problemText(error)));
      }
      main.focus({ preventScroll: true });
      return;
    }
  }
  location.hash = '#/inbox';
}

function renderChrome() {
  document.documentElement.lang = language();
  document.getElementById('lang').value = language();
  document.querySelector('.skip').textContent = t('chrome.skip');
  document.getElementById('lang-label').textContent = t('chrome.language');
  document.getElementById('nav').setAttribute('aria-label', t('chrome.nav'));
  const nav = clear(document.getElementById('nav'));
  const who = clear(document.getElementById('who'));
  if (!state.user) return;
  const current = location.hash || '#/inbox';
  for (const [href, key] of [['#/inbox', 'nav.inbox'], ['#/cases', 'nav.cases'], ['#/clients', 'nav.clients']]) {
    nav.append(h('a', { href, 'aria-current': current.startsWith(href) ? 'page' : null }, t(key)));
  }
  who.append(
    h('span', { class: 'user' }, `${state.user.name} (${state.user.roles.map((role) => label('role', role)).join(', ')})`),
    h('button', { type: 'button', class: 'link', id: 'sign-out', onClick: signOut }, t('auth.signOut')),
  );
}

function loginView() {
  const error = h('p', { class: 'alert', role: 'alert', hidden: true });
  const form = h(
    'form',
    { class: 'card narrow', id: 'login-form', onSubmit: signIn },
    h('h1', {}, t('auth.title')),
    h('label', {}, t('auth.user'), h('input', { name: 'username', id: 'username', autocomplete: 'username', required: true })),
    h('label', {}, t('auth.password'),
      h('input', { name: 'password', id: 'password', type: 'password', autocomplete: 'current-password', required: true })),
    error,
    h('button', { type: 'submit', id: 'sign-in' }, t('auth.submit')),
  );
  clear(main, form);
  form.querySelector('input').focus();

  async function signIn(event) {
    event.preventDefault();
    const data = new FormData(form);
    try {
      state.user = await api.login(data.get('username'), data.get('password'));
      if (!location.hash || location.hash === '#/login') location.hash = '#/inbox';
      render();
    } catch (e) {
      error.hidden = false;
      error.textContent = e instanceof ApiError && e.status === 401 ? t('auth.failed') : problemText(e);
    }
  }
}

async function signOut() {
  await api.logout();
  state.user = null;
  render();
}

document.getElementById('lang').addEventListener('change', (event) => {
  setLanguage(event.target.value);
  render();
});
window.addEventListener('hashchange', render);

state.user = await session();
render();
