// Setting up and keeping a client's record from the UI: the client, its contract, what we owe it
// and its ledger. The API is the one judge of what is valid: forms skip the browser's own checks
// (its messages come in the browser's language, not the page's) and show each refused field's
// problem under the field, worded from the problem's code with the field's label. Date pickers
// only offer dates the API accepts.
import { api, ApiError } from '../api.js';
import { clear, h } from '../dom.js';
import { formatDate, formatDateTime, formatMoney, language, t } from '../i18n.js';
import { label } from '../labels.js';
import { fieldProblem, problemText } from '../problems.js';

/** The range @SaneDate accepts on the server. */
const EARLIEST = '1900-01-01';
const LATEST = '2199-12-31';
const CHANNELS = ['EMAIL', 'PHONE', 'VIDEO_CALL', 'IN_PERSON', 'SHARED_WORKSPACE'];
const CURRENCIES = ['EUR', 'USD', 'GBP', 'MXN', 'COP', 'ARS', 'CLP', 'PEN'];
const LANGUAGES = [['es', 'Español'], ['en', 'English']];

/** Today in UTC, as the server counts days. */
const todayUtc = () => new Date().toISOString().slice(0, 10);
const thisMonthUtc = () => new Date().toISOString().slice(0, 7);

function dayAfter(iso) {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return EARLIEST;
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * A labelled field with a place for its problem under it. The input gets the form's name and an id
 * from `prefix`, so tests and screen readers find it; the problem is tied to it by aria-describedby.
 */
function field(prefix, name, text, input, help) {
  const id = `${prefix}-${name}`;
  input.id = id;
  input.name = name;
  const error = h('p', { class: 'field-error', id: `${id}-error`, dataset: { errorFor: name }, hidden: true });
  input.setAttribute('aria-describedby', `${id}-error`);
  return h('label', { for: id, class: 'field' }, text, input, help ? h('span', { class: 'hint' }, help) : null, error);
}

/**
 * Sends a form and says what happened: each refused field's problem under the field; anything
 * else (a conflict, a network failure) above the button.
 */
function submitting(form, labels, feedback, send, done) {
  form.setAttribute('novalidate', '');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clear(feedback);
    for (const error of form.querySelectorAll('.field-error')) {
      error.hidden = true;
      clear(error);
    }
    for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      const result = await send(new FormData(form));
      await done(result);
    } catch (error) {
      showProblem(form, labels, feedback, error);
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

/** Conflicts that are about one field's value: said under that field, like a refused value. */
const CONFLICT_FIELDS = { 'email-taken': 'email', 'ledger-month-recorded': 'month' };

function showProblem(form, labels, feedback, error) {
  const conflictField = error instanceof ApiError ? CONFLICT_FIELDS[error.problem?.code] : null;
  const conflictSlot = conflictField ? form.querySelector(`[data-error-for="${conflictField}"]`) : null;
  if (conflictSlot) {
    const sentence = problemText(error);
    conflictSlot.append(`${labels[conflictField]}: ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`);
    conflictSlot.hidden = false;
    const input = form.querySelector(`[name="${conflictField}"]`);
    input?.setAttribute('aria-invalid', 'true');
    input?.focus();
    return;
  }
  const fields = error instanceof ApiError && Array.isArray(error.problem?.errors) ? error.problem.errors : [];
  const elsewhere = [];
  for (const problem of fields) {
    const slot = form.querySelector(`[data-error-for="${CSS.escape(problem.field ?? '')}"]`);
    if (slot) {
      slot.append(fieldProblem(problem, labels));
      slot.hidden = false;
      form.querySelector(`[name="${CSS.escape(problem.field)}"]`)?.setAttribute('aria-invalid', 'true');
    } else {
      elsewhere.push(fieldProblem(problem, labels));
    }
  }
  if (fields.length === 0) {
    feedback.append(h('p', { class: 'alert', role: 'alert' }, problemText(error)));
  } else {
    feedback.append(h('p', { class: 'alert', role: 'alert' }, [t('setup.checkFields'), ...elsewhere].join(' ')));
    form.querySelector('[aria-invalid]')?.focus();
  }
}

const text = (data, name) => (data.get(name) ?? '').toString();
/**
 * Numbers as the language writes them (1.200,50 in Spanish, 1,200.50 in English; a lone comma is
 * a decimal comma); what is not a number goes as typed, and the API says what is wrong with it.
 */
function amount(data, name) {
  const typed = text(data, name).trim().replaceAll(' ', '');
  const thousands = language() === 'es' ? /\.(?=\d{3}(?!\d))/g : /,(?=\d{3}(?!\d))/g;
  const raw = typed.replace(thousands, '').replace(',', '.');
  if (raw === '') return null;
  const number = Number(raw);
  return Number.isFinite(number) ? number : raw;
}

/** An amount as the language writes it in a field: 24,5 in Spanish, 24.5 in English. */
function decimal(value) {
  if (value === null || value === undefined || value === '') return '';
  return language() === 'es' ? String(value).replace('.', ',') : String(value);
}

function input(attrs = {}) {
  return h('input', attrs);
}

function languageSelect(selected) {
  return h('select', {}, LANGUAGES.map(([value, name]) => h('option', { value, selected: value === selected }, name)));
}

// ---------------------------------------------------------------------------------------------
// The client

export function newClientForm() {
  const labels = {
    name: t('setup.name'), contactName: t('setup.contactName'), email: t('setup.email'),
    locale: t('setup.language'), primaryChannel: t('setup.primaryChannel'),
  };
  const feedback = h('div', { 'aria-live': 'polite', id: 'new-client-result' });
  const form = h('form', { class: 'card', id: 'new-client-form' },
    h('h2', {}, t('clients.new')),
    h('p', { class: 'muted' }, t('setup.newHelp')),
    h('div', { class: 'row' },
      field('new-client', 'name', labels.name, input({ maxlength: 200, autocomplete: 'organization' })),
      field('new-client', 'contactName', labels.contactName, input({ maxlength: 200, autocomplete: 'name' })),
      field('new-client', 'email', labels.email, input({ type: 'email', maxlength: 320, autocomplete: 'email' }))),
    h('div', { class: 'row' },
      field('new-client', 'locale', labels.locale, languageSelect(language())),
      field('new-client', 'primaryChannel', labels.primaryChannel,
        h('select', {}, CHANNELS.map((c) => h('option', { value: c }, t(`channel.${c}`)))))),
    feedback,
    h('button', { type: 'submit', id: 'create-client' }, t('setup.create')));
  return submitting(form, labels, feedback,
    (data) => api.post('/api/clients', {
      name: text(data, 'name'), contactName: text(data, 'contactName'), email: text(data, 'email').trim(),
      locale: text(data, 'locale'), primaryChannel: text(data, 'primaryChannel'),
    }),
    (created) => { location.hash = `#/clients/${created.id}`; });
}

/** Name, email, language and contact person of a client, behind a disclosure on its page. */
export function editClientForm(client, reload) {
  const labels = {
    name: t('setup.name'), email: t('setup.email'), locale: t('setup.language'), contactName: t('setup.contactName'),
  };
  const feedback = h('div', { 'aria-live': 'polite', id: 'edit-client-result' });
  const form = h('form', { id: 'edit-client-form' },
    h('div', { class: 'row' },
      field('edit-client', 'name', labels.name, input({ maxlength: 200, value: client.name })),
      field('edit-client', 'email', labels.email, input({ type: 'email', maxlength: 320, value: client.email })),
      field('edit-client', 'locale', labels.locale, languageSelect(client.locale))),
    field('edit-client', 'contactName', labels.contactName, input({ maxlength: 200, value: client.contactName ?? '' }), t('setup.contactHelp')),
    feedback,
    h('button', { type: 'submit', id: 'save-client' }, t('setup.saveClient')));
  submitting(form, labels, feedback, async (data) => {
    await api.put(`/api/clients/${client.id}`, { name: text(data, 'name'), email: text(data, 'email').trim(), locale: text(data, 'locale') });
    if (text(data, 'contactName').trim() !== (client.contactName ?? '')) {
      await api.put(`/api/clients/${client.id}/contact`, { contactName: text(data, 'contactName') });
    }
  }, () => reload(t('setup.clientSaved')));
  return disclosure('edit-client', t('setup.editClient'), form);
}

function disclosure(id, summary, content, open = false) {
  return h('details', { class: 'disclosure', id, open },
    h('summary', { id: `${id}-toggle` }, summary), content);
}

// ---------------------------------------------------------------------------------------------
// The contract

/** What the contract says, and the form that puts or changes it. */
export function contractCard(clientId, client, contract, reload) {
  const closed = client.status === 'CLOSED';
  return h('section', { class: 'card', id: 'client-contract' }, h('h2', {}, t('client.contract')),
    contract
      ? h('dl', { class: 'summary' },
        h('div', {}, h('dt', {}, t('client.term')), h('dd', {}, `${formatDate(contract.startDate)} – ${formatDate(contract.endDate)}`)),
        h('div', {}, h('dt', {}, t('client.fee')), h('dd', {}, formatMoney(contract.monthlyFee, contract.currency))),
        h('div', {}, h('dt', {}, t('client.notice')), h('dd', {}, `${contract.noticePeriodDays} ${t('client.days')}`)),
        h('div', {}, h('dt', {}, t('setup.earlyFee')), h('dd', {}, formatMoney(contract.earlyTerminationFee, contract.currency))),
        contract.terminationClause ? h('div', {}, h('dt', {}, t('setup.clause')), h('dd', {}, contract.terminationClause)) : null,
        contract.scope ? h('div', {}, h('dt', {}, t('client.scope')), h('dd', {}, contract.scope)) : null)
      : h('p', { class: 'muted' }, t('client.noContract')),
    closed ? null : disclosure('edit-contract', contract ? t('setup.editContract') : t('setup.addContract'), contractForm(clientId, contract, reload)));
}

function contractForm(clientId, contract, reload) {
  const labels = {
    startDate: t('setup.startDate'), endDate: t('setup.endDate'), monthlyFee: t('setup.monthlyFee'),
    currency: t('setup.currency'), noticePeriodDays: t('setup.noticePeriodDays'),
    earlyTerminationFee: t('setup.earlyTerminationFee'), terminationClause: t('setup.terminationClause'), scope: t('setup.scope'),
  };
  const c = contract ?? {};
  const start = input({ type: 'date', min: EARLIEST, max: LATEST, value: c.startDate ?? '' });
  // The term must end after it starts: the end's picker starts the day after the start.
  const end = input({ type: 'date', min: c.startDate ? dayAfter(c.startDate) : EARLIEST, max: LATEST, value: c.endDate ?? '' });
  start.addEventListener('change', () => { end.min = start.value ? dayAfter(start.value) : EARLIEST; });
  const currency = c.currency ?? 'EUR';
  const feedback = h('div', { 'aria-live': 'polite', id: 'contract-result' });
  const form = h('form', { id: 'contract-form' },
    h('div', { class: 'row' },
      field('contract', 'startDate', labels.startDate, start),
      field('contract', 'endDate', labels.endDate, end)),
    h('div', { class: 'row' },
      field('contract', 'monthlyFee', labels.monthlyFee, input({ inputmode: 'decimal', value: decimal(c.monthlyFee) })),
      field('contract', 'currency', labels.currency,
        h('select', {}, [...new Set([currency, ...CURRENCIES])].map((code) => h('option', { value: code, selected: code === currency }, code))))),
    h('div', { class: 'row' },
      field('contract', 'earlyTerminationFee', labels.earlyTerminationFee, input({ inputmode: 'decimal', value: decimal(c.earlyTerminationFee ?? 0) })),
      field('contract', 'noticePeriodDays', labels.noticePeriodDays, input({ type: 'number', min: 0, max: 365, step: 1, value: c.noticePeriodDays ?? 30 }))),
    field('contract', 'terminationClause', labels.terminationClause, h('textarea', { rows: 2, maxlength: 2000 }, c.terminationClause ?? '')),
    field('contract', 'scope', labels.scope, h('textarea', { rows: 2, maxlength: 4000 }, c.scope ?? '')),
    feedback,
    h('button', { type: 'submit', id: 'save-contract' }, t('setup.saveContract')));
  return submitting(form, labels, feedback, (data) => api.put(`/api/clients/${clientId}/contract`, {
    startDate: text(data, 'startDate') || null,
    endDate: text(data, 'endDate') || null,
    monthlyFee: amount(data, 'monthlyFee'),
    currency: text(data, 'currency'),
    noticePeriodDays: amount(data, 'noticePeriodDays') ?? 0,
    earlyTerminationFee: amount(data, 'earlyTerminationFee'),
    terminationClause: text(data, 'terminationClause') || null,
    scope: text(data, 'scope') || null,
  }), () => reload(t('setup.contractSaved')));
}

// ---------------------------------------------------------------------------------------------
// Deliverables

const deliverableLabels = () => ({
  title: t('setup.title'), dueDate: t('setup.dueDate'), deliveredOn: t('setup.deliveredOn'), deliveryNotes: t('setup.deliveryNotes'),
});

/** What we owe the client, each with what may still be done with it, and the form to add one. */
export function deliverablesCard(clientId, client, details, reload) {
  const closed = client.status === 'CLOSED';
  const held = details.deliverablesHeldByCaseId;
  const list = h('ul', { class: 'deliverables', id: 'client-deliverables' },
    details.deliverables.length === 0 ? h('li', { class: 'muted' }, t('setup.noDeliverables')) : null,
    details.deliverables.map((d) => deliverableItem(clientId, d, !closed && !held && d.status === 'OPEN', reload)));
  return h('section', { class: 'card', id: 'deliverables' }, h('h2', {}, t('client.deliverables')),
    held ? h('p', { class: 'muted', id: 'deliverables-held' }, ...heldBy(held)) : null,
    list,
    closed ? null : disclosure('add-deliverable', t('setup.addDeliverable'), newDeliverableForm(clientId, reload)));
}

function heldBy(caseId) {
  const [before, after] = t('setup.heldByCase').split('{0}');
  return [before, h('a', { href: `#/cases/${caseId}` }, `#${caseId}`), after];
}

function deliverableItem(clientId, d, changeable, reload) {
  const when = d.status === 'DONE'
    ? `${t('setup.deliveredOnShort')} ${formatDate(d.deliveredOn)}`
    : `${t('setup.due')} ${formatDate(d.dueDate)}`;
  const item = h('li', { dataset: { deliverable: d.id } });
  const line = h('div', { class: 'line' },
    h('span', {}, h('strong', {}, d.title), ` · ${when} `, h('span', { class: `badge status-${d.status === 'DONE' ? 'ACTIVE' : 'OPEN'}` }, label('deliverableStatus', d.status))));
  const panel = h('div', { class: 'panel' });
  const show = (content) => clear(panel, content);
  if (changeable) {
    line.append(h('span', { class: 'actions' },
      h('button', { type: 'button', class: 'secondary small', dataset: { action: 'edit' }, onClick: () => show(editDeliverableForm(clientId, d, reload, () => show(null))) }, t('setup.edit')),
      h('button', { type: 'button', class: 'secondary small', dataset: { action: 'deliver' }, onClick: () => show(deliveryForm(clientId, d, reload, () => show(null))) }, t('setup.markDelivered')),
      h('button', { type: 'button', class: 'secondary small', dataset: { action: 'remove' }, onClick: () => show(removal(clientId, d, reload, () => show(null))) }, t('setup.remove'))));
  }
  if (d.status === 'DONE' && d.deliveryNotes) panel.append(h('div', { class: 'muted' }, d.deliveryNotes));
  item.append(line, panel);
  return item;
}

function newDeliverableForm(clientId, reload) {
  const labels = deliverableLabels();
  const feedback = h('div', { 'aria-live': 'polite', id: 'deliverable-result' });
  const form = h('form', { id: 'deliverable-form' },
    h('div', { class: 'row' },
      field('deliverable', 'title', labels.title, input({ maxlength: 200 })),
      field('deliverable', 'dueDate', labels.dueDate, input({ type: 'date', min: EARLIEST, max: LATEST }))),
    feedback,
    h('button', { type: 'submit', id: 'add-deliverable-submit' }, t('setup.saveDeliverable')));
  return submitting(form, labels, feedback,
    (data) => api.post(`/api/clients/${clientId}/deliverables`, { title: text(data, 'title'), dueDate: text(data, 'dueDate') || null }),
    () => reload(t('setup.deliverableAdded')));
}

function editDeliverableForm(clientId, d, reload, close) {
  const labels = deliverableLabels();
  const prefix = `deliverable-${d.id}`;
  const feedback = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'inline-form', id: `${prefix}-edit` },
    h('div', { class: 'row' },
      field(prefix, 'title', labels.title, input({ maxlength: 200, value: d.title })),
      field(prefix, 'dueDate', labels.dueDate, input({ type: 'date', min: EARLIEST, max: LATEST, value: d.dueDate }))),
    feedback,
    h('div', { class: 'buttons' },
      h('button', { type: 'submit' }, t('setup.save')),
      h('button', { type: 'button', class: 'secondary', onClick: close }, t('setup.cancel'))));
  return submitting(form, labels, feedback,
    (data) => api.put(`/api/clients/${clientId}/deliverables/${d.id}`, { title: text(data, 'title'), dueDate: text(data, 'dueDate') || null }),
    () => reload(t('setup.deliverableSaved')));
}

function deliveryForm(clientId, d, reload, close) {
  const labels = deliverableLabels();
  const prefix = `deliverable-${d.id}`;
  const today = todayUtc();
  const feedback = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'inline-form', id: `${prefix}-delivery` },
    h('div', { class: 'row' },
      // Delivered work was handed over already: no day after today.
      field(prefix, 'deliveredOn', labels.deliveredOn, input({ type: 'date', min: EARLIEST, max: today, value: today })),
      field(prefix, 'deliveryNotes', labels.deliveryNotes, input({ maxlength: 4000 }))),
    feedback,
    h('div', { class: 'buttons' },
      h('button', { type: 'submit' }, t('setup.recordDelivery')),
      h('button', { type: 'button', class: 'secondary', onClick: close }, t('setup.cancel'))));
  return submitting(form, labels, feedback,
    (data) => api.post(`/api/clients/${clientId}/deliverables/${d.id}/delivered`, {
      deliveredOn: text(data, 'deliveredOn') || null, deliveryNotes: text(data, 'deliveryNotes') || null,
    }),
    () => reload(t('setup.deliverableDelivered')));
}

function removal(clientId, d, reload, close) {
  const feedback = h('div', { 'aria-live': 'polite' });
  const confirm = h('button', { type: 'button', class: 'danger', dataset: { action: 'confirm-remove' } }, t('setup.confirmRemove'));
  confirm.addEventListener('click', async () => {
    clear(feedback);
    confirm.disabled = true;
    try {
      await api.delete(`/api/clients/${clientId}/deliverables/${d.id}`);
      reload(t('setup.deliverableRemoved'));
    } catch (error) {
      confirm.disabled = false;
      feedback.append(h('p', { class: 'alert', role: 'alert' }, problemText(error)));
    }
  });
  return h('div', { class: 'inline-form' }, feedback,
    h('div', { class: 'buttons' }, confirm, h('button', { type: 'button', class: 'secondary', onClick: close }, t('setup.cancel'))));
}

// ---------------------------------------------------------------------------------------------
// The ledger

const ledgerLabels = () => ({
  month: t('setup.month'), revenue: t('setup.revenue'), cost: t('setup.cost'), hours: t('setup.hours'), reason: t('setup.reason'),
});

/** A ledger month (2026-08) as the language says it: "agosto de 2026", "August 2026". */
export function formatMonth(month) {
  const date = new Date(`${month}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return month;
  return new Intl.DateTimeFormat(language(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** The ledger month by month, each correctable, and the form that adds a month. */
export function ledgerSection(clientId, client, details, reload) {
  const closed = client.status === 'CLOSED';
  const currency = details.contract?.currency ?? 'EUR';
  const rows = details.ledger.map((e) => {
    const row = h('tr', { dataset: { month: e.month } },
      h('td', {}, formatMonth(e.month)), h('td', {}, formatMoney(e.revenue, currency)), h('td', {}, formatMoney(e.cost, currency)),
      h('td', {}, new Intl.NumberFormat(language()).format(e.hours)),
      h('td', {}, closed ? null : h('button', { type: 'button', class: 'secondary small', dataset: { action: 'correct' } }, t('setup.correct'))));
    const button = row.querySelector('button');
    button?.addEventListener('click', () => {
      const next = row.nextElementSibling;
      if (next?.classList.contains('correction')) {
        next.remove();
        return;
      }
      row.after(h('tr', { class: 'correction' }, h('td', { colspan: 5 }, correctionForm(clientId, e, reload, () => row.nextElementSibling?.remove()))));
    });
    return row;
  });
  return h('section', { id: 'ledger' }, h('h2', {}, t('client.ledger')),
    h('div', { class: 'table-wrap' }, h('table', { id: 'client-ledger' },
      h('thead', {}, h('tr', {}, [t('client.month'), t('clients.revenue'), t('clients.cost'), t('client.hours'), t('setup.actions')]
        .map((l) => h('th', { scope: 'col' }, l)))),
      h('tbody', {}, rows.length ? rows : h('tr', {}, h('td', { colspan: 5, class: 'muted' }, t('setup.noLedger')))))),
    closed ? null : disclosure('add-month', t('setup.addMonth'), newMonthForm(clientId, details.ledger, reload)));
}

function newMonthForm(clientId, ledger, reload) {
  const labels = ledgerLabels();
  const feedback = h('div', { 'aria-live': 'polite', id: 'ledger-result' });
  // The month after the last one recorded, if that month has begun; else the current month.
  const last = ledger.at(-1)?.month;
  const current = thisMonthUtc();
  let suggested = current;
  if (last && last < current) {
    const [year, month] = last.split('-').map(Number);
    suggested = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
  }
  const form = h('form', { id: 'ledger-form' },
    h('div', { class: 'row' },
      // A month still to come has earned nothing yet: the picker stops at the current month.
      field('ledger', 'month', labels.month, input({ type: 'month', min: '1900-01', max: current, value: suggested })),
      field('ledger', 'revenue', labels.revenue, input({ inputmode: 'decimal' })),
      field('ledger', 'cost', labels.cost, input({ inputmode: 'decimal' })),
      field('ledger', 'hours', labels.hours, input({ inputmode: 'decimal' }))),
    feedback,
    h('button', { type: 'submit', id: 'add-month-submit' }, t('setup.saveMonth')));
  return submitting(form, labels, feedback,
    (data) => api.post(`/api/clients/${clientId}/ledger`, {
      month: text(data, 'month') || null, revenue: amount(data, 'revenue'), cost: amount(data, 'cost'), hours: amount(data, 'hours'),
    }),
    () => reload(t('setup.monthAdded')));
}

function correctionForm(clientId, entry, reload, close) {
  const labels = ledgerLabels();
  const prefix = `ledger-${entry.month}`;
  const feedback = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'inline-form', id: `${prefix}-correction` },
    h('div', { class: 'row' },
      field(prefix, 'revenue', labels.revenue, input({ inputmode: 'decimal', value: decimal(entry.revenue) })),
      field(prefix, 'cost', labels.cost, input({ inputmode: 'decimal', value: decimal(entry.cost) })),
      field(prefix, 'hours', labels.hours, input({ inputmode: 'decimal', value: decimal(entry.hours) }))),
    field(prefix, 'reason', labels.reason, input({ maxlength: 500 }), t('setup.reasonHelp')),
    feedback,
    h('div', { class: 'buttons' },
      h('button', { type: 'submit' }, t('setup.saveCorrection')),
      h('button', { type: 'button', class: 'secondary', onClick: close }, t('setup.cancel'))));
  return submitting(form, labels, feedback,
    (data) => api.put(`/api/clients/${clientId}/ledger/${entry.month}`, {
      revenue: amount(data, 'revenue'), cost: amount(data, 'cost'), hours: amount(data, 'hours'), reason: text(data, 'reason'),
    }),
    () => reload(t('setup.monthCorrected')));
}

// ---------------------------------------------------------------------------------------------
// The record of changes

const quote = {
  en: (text) => `“${text}”`,
  es: (text) => `«${text}»`,
};

/** Each change worded from its type and parameters; a change recorded without them keeps its name. */
const say = {
  en: {
    CLIENT_CREATED: (d) => `Added as ${q(d.name)}; letters in ${label('locale', d.locale)}.`,
    CLIENT_UPDATED: (d) => [
      d.previousName ? `Renamed from ${q(d.previousName)} to ${q(d.name)}.` : null,
      (d.changed ?? []).includes('email') ? 'Email address changed.' : null,
      d.previousLocale ? `Letters now in ${label('locale', d.locale)}.` : null,
    ].filter(Boolean).join(' '),
    CLIENT_CONTACT_CHANGED: (d) => (d.contactName ? `Letters addressed to ${d.contactName}.` : 'Letters addressed to the company.'),
    CONTRACT_UPDATED: (d) => `From ${formatDate(d.startDate)} to ${formatDate(d.endDate)}, ${formatMoney(d.monthlyFee, d.currency)} a month, ${d.noticePeriodDays} days’ notice.`,
    DELIVERABLE_ADDED: (d) => `${q(d.title)}, due ${formatDate(d.dueDate)}.`,
    DELIVERABLE_CHANGED: (d) => `${q(d.previousTitle)} (due ${formatDate(d.previousDueDate)}) is now ${q(d.title)}, due ${formatDate(d.dueDate)}.`,
    DELIVERABLE_REMOVED: (d) => `${q(d.title)} (due ${formatDate(d.dueDate)}) taken off the list.`,
    DELIVERABLE_COMPLETED: (d) => `${q(d.title)} delivered on ${formatDate(d.deliveredOn)}.`,
    LEDGER_RECORDED: (d, money) => `${formatMonth(d.month)}: revenue ${money(d.revenue)}, cost ${money(d.cost)}, ${hours(d.hours)} hours.`,
    LEDGER_CORRECTED: (d, money) => `${formatMonth(d.month)}: ${corrections(d, money, { revenue: 'revenue', cost: 'cost', hours: 'hours' })}. Reason: ${q(d.reason)}.`,
  },
  es: {
    CLIENT_CREATED: (d) => `Alta como ${q(d.name)}; cartas en ${label('locale', d.locale).toLowerCase()}.`,
    CLIENT_UPDATED: (d) => [
      d.previousName ? `Cambió de nombre: de ${q(d.previousName)} a ${q(d.name)}.` : null,
      (d.changed ?? []).includes('email') ? 'Cambió la dirección de correo.' : null,
      d.previousLocale ? `Las cartas pasan a estar en ${label('locale', d.locale).toLowerCase()}.` : null,
    ].filter(Boolean).join(' '),
    CLIENT_CONTACT_CHANGED: (d) => (d.contactName ? `Las cartas se dirigen a ${d.contactName}.` : 'Las cartas se dirigen a la empresa.'),
    CONTRACT_UPDATED: (d) => `Del ${formatDate(d.startDate)} al ${formatDate(d.endDate)}, ${formatMoney(d.monthlyFee, d.currency)} al mes, ${d.noticePeriodDays} días de preaviso.`,
    DELIVERABLE_ADDED: (d) => `${q(d.title)}, previsto el ${formatDate(d.dueDate)}.`,
    DELIVERABLE_CHANGED: (d) => `${q(d.previousTitle)} (previsto el ${formatDate(d.previousDueDate)}) pasa a ser ${q(d.title)}, previsto el ${formatDate(d.dueDate)}.`,
    DELIVERABLE_REMOVED: (d) => `${q(d.title)} (previsto el ${formatDate(d.dueDate)}) se quitó de la lista.`,
    DELIVERABLE_COMPLETED: (d) => `${q(d.title)} entregado el ${formatDate(d.deliveredOn)}.`,
    LEDGER_RECORDED: (d, money) => `${formatMonth(d.month)}: ingresos ${money(d.revenue)}, coste ${money(d.cost)}, ${hours(d.hours)} horas.`,
    LEDGER_CORRECTED: (d, money) => `${formatMonth(d.month)}: ${corrections(d, money, { revenue: 'ingresos', cost: 'coste', hours: 'horas' })}. Motivo: ${q(d.reason)}.`,
  },
};

/** The figures a correction changed, each from its old value to its new one. */
function corrections(d, money, words) {
  const figures = [
    ['revenue', d.previousRevenue, d.revenue, money],
    ['cost', d.previousCost, d.cost, money],
    ['hours', d.previousHours, d.hours, hours],
  ];
  return figures
    .filter(([, before, after]) => Number(before) !== Number(after))
    .map(([name, before, after, format]) => `${words[name]} ${format(before)} → ${format(after)}`)
    .join(', ');
}

function q(text) {
  return (quote[language()] ?? quote.en)(text ?? '');
}

function hours(value) {
  return new Intl.NumberFormat(language()).format(Number(value));
}

function changeText(change, currency) {
  const words = (say[language()] ?? say.en)[change.type];
  if (!words || !change.details) return null;
  return words(change.details, (amount) => formatMoney(amount, currency)) || null;
}

/** What staff set up or corrected on this client, newest first, in the reader's language. */
export function changesSection(details) {
  const currency = details.contract?.currency ?? 'EUR';
  const changes = details.changes ?? [];
  return h('section', { id: 'record-of-changes' }, h('h2', {}, t('changes.title')),
    h('p', { class: 'muted' }, t('changes.help')),
    h('ul', { class: 'history', id: 'client-changes' },
      changes.length === 0 ? h('li', { class: 'muted' }, t('changes.none')) : null,
      changes.map((change) => h('li', { dataset: { type: change.type } },
        h('strong', {}, t(`change.${change.type}`)),
        ` · ${formatDateTime(change.at)} · ${change.actor}`,
        changeText(change, currency) ? h('div', {}, changeText(change, currency)) : null))));
}
