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
import { operationsView } from './views/operations.js';

const main = document.getElementById('main');
const state = { user: null };

const routes = [
  [/^#\/inbox$/, (host) => inboxView(host, state)],
  [/^#\/tasks\/(\d+)$/, (host, id) => taskView(host, state, id)],
  [/^#\/cases$/, (host) => casesView(host, state)],
  [/^#\/cases\/(\d+)$/, (host, id) => caseView(host, state, id)],
  [/^#\/clients$/, (host) => clientsView(host, state)],
  [/^#\/clients\/(\d+)$/, (host, id) => clientView(host, state, id)],
  [/^#\/operations$/, (host) => operationsView(host, state)],
];

// Each page renders into a host of its own. A page that is still loading when the user (or a
// redirect) moves on keeps writing into its own host, which is no longer on screen, instead of
// replacing the newer page.
let shown = null;

async function render() {
  renderChrome();
  if (!state.user) {
    shown = null;
    loginView();
    return;
  }
  const hash = location.hash || '#/inbox';
  for (const [pattern, view] of routes) {
    const match = hash.match(pattern);
    if (match) {
      const host = h('div', { class: 'page' }, h('p', { class: 'muted' }, t('common.loading')));
      shown = host;
      clear(main, host);
      try {
        await view(host, ...match.slice(1));
      } catch (error) {
        if (shown !== host) return;
        if (error instanceof ApiError && error.status === 401) {
          state.user = null;
          return render();
        }
        if (!(error instanceof ApiError)) console.error(error);
        clear(host, h('p', { class: 'alert', role: 'alert', id: 'page-error' }, problemText(error)));
      }
      if (shown === host) main.focus({ preventScroll: true });
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
  const links = [['#/inbox', 'nav.inbox'], ['#/cases', 'nav.cases'], ['#/clients', 'nav.clients']];
  if (state.user.roles.includes('MANAGER')) links.push(['#/operations', 'nav.operations']);
  for (const [href, key] of links) {
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
