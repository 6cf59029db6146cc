// The writing check in the web UI: spelling, grammar and tone findings for text that goes to a client,
// in the client's language. It only advises: nothing here ever blocks a submission.
import clientFacing from '../../../src/main/resources/writing/client_facing_fields.json';
import { api } from '../api.js';
import { clear, h } from '../dom.js';
import { language, t } from '../i18n.js';
import { label } from '../labels.js';
import { problemText } from '../problems.js';

/** The task form fields whose text reaches the client as typed (shared with the server and its tests). */
export const CLIENT_FACING_KEYS = new Set(Object.values(clientFacing).flat());

const LOCALES = new Set(['en', 'es']);
const MAX_LENGTH = 10000;
const DEBOUNCE_MS = 500;

export async function checkText(text, locale) {
  const { findings } = await api.post('/api/writing-check', { text: text.slice(0, MAX_LENGTH), locale });
  return findings;
}

/**
 * Findings under each client-facing field of a rendered Camunda form, refreshed as the person types
 * (debounced). Spelling and grammar suggestions are one click; a field with tone findings asks for a
 * one-line "I have re-read this", recorded on the case.
 */
export function watchClientFacingFields({ formHost, schema, locale, caseId }) {
  if (!LOCALES.has(locale)) return;
  const fields = [];
  const walk = (components) => {
    for (const component of components ?? []) {
      if (component.key && CLIENT_FACING_KEYS.has(component.key)) fields.push(component);
      walk(component.components);
    }
  };
  walk(schema.components);

  // form-js may replace a field's input while rendering: look it up each time, listen on the host,
  // and put a panel back under its field if a render took it away.
  const watched = fields.map((component) => ({
    component,
    input: () => formHost.querySelector(`[id$="-${CSS.escape(component.id)}"]`),
    panel: h('div', { class: 'writing-findings', id: `writing-${component.key}`, 'aria-live': 'polite' }),
    state: { timer: null, checked: null, confirmed: false, sequence: 0 },
  }));
  const place = (field) => {
    const input = field.input();
    if (!input) return null;
    const anchor = input.closest('.fjs-form-field') ?? input;
    if (anchor.nextElementSibling !== field.panel) anchor.after(field.panel);
    return input;
  };
  const run = async (field) => {
    const input = place(field);
    if (!input) return;
    const { panel, state } = field;
    const text = input.value ?? '';
    if (text === state.checked) return;
    state.checked = text;
    const sequence = ++state.sequence;
    if (!text.trim()) { clear(panel); return; }
    panel.dataset.state = 'checking';
    try {
      const findings = await checkText(text, locale);
      if (sequence !== state.sequence) return;
      place(field);
      render(panel, text, findings, {
        apply: (finding, replacement) => {
          const current = field.input();
          if (!current || current.value !== text) return;
          setValue(current, text.slice(0, finding.offset) + replacement + text.slice(finding.offset + finding.length));
          run(field);
        },
        confirmation: caseId ? { state, caseId, field: field.component.key } : null,
      });
    } catch (error) {
      if (sequence !== state.sequence) return;
      clear(panel, h('p', { class: 'muted' }, t('writing.unavailable')));
    } finally {
      if (sequence === state.sequence) panel.dataset.state = 'done';
    }
  };
  formHost.addEventListener('input', (event) => {
    const field = watched.find((f) => event.target?.id?.endsWith(`-${f.component.id}`));
    if (!field) return;
    clearTimeout(field.state.timer);
    field.state.timer = setTimeout(() => run(field), DEBOUNCE_MS);
  });
  watched.forEach((field) => run(field));
}

/** Sets a form-js field's value the way typing does, so the form's own state follows. */
function setValue(input, value) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function render(panel, text, findings, { apply, confirmation }) {
  if (findings.length === 0) {
    clear(panel, h('p', { class: 'writing-clean muted' }, t('writing.none')));
    return;
  }
  const tone = findings.filter((f) => f.kind === 'TONE');
  clear(panel,
    h('ul', { class: 'writing-list' }, findings.map((finding) => item(text, finding, apply))),
    tone.length > 0 && confirmation ? reread(confirmation, tone.length) : null);
}

function item(text, finding, apply) {
  const words = text.slice(finding.offset, finding.offset + finding.length);
  const kind = finding.kind === 'TONE' ? label('toneRule', finding.rule) : label('findingKind', finding.kind);
  const fixes = finding.kind === 'TONE' || !apply ? [] : finding.suggestions;
  return h('li', { class: `writing-finding writing-${finding.kind.toLowerCase()}`, dataset: { kind: finding.kind, rule: finding.rule } },
    h('span', { class: 'writing-kind' }, kind), ' ',
    h('span', { class: 'writing-words' }, quoted(words)), ' ',
    h('span', { class: 'writing-message' }, finding.message),
    fixes.length > 0
      ? h('span', { class: 'writing-fixes' }, ' ', fixes.map((fix) => h('button', {
        type: 'button', class: 'secondary writing-fix', 'aria-label': `${t('writing.replaceWith')} ${fix}`,
        onClick: () => apply(finding, fix),
      }, fix)))
      : null,
    finding.kind === 'TONE' && finding.suggestions.length > 0
      ? h('span', { class: 'writing-calmer muted' }, ` ${t('writing.calmer')} `, finding.suggestions.map(quoted).join(', '))
      : null);
}

function quoted(words) {
  return language() === 'es' ? `«${words}»` : `“${words}”`;
}

function reread({ state, caseId, field }, toneFindings) {
  const feedback = h('span', { class: 'writing-reread-feedback', role: 'status' }, state.confirmed ? t('writing.rereadRecorded') : '');
  const box = h('input', { type: 'checkbox', class: 'writing-reread', id: `writing-reread-${field}`, checked: state.confirmed, disabled: state.confirmed });
  box.addEventListener('change', async () => {
    if (!box.checked) return;
    box.disabled = true;
    try {
      await api.post('/api/writing-check/confirmations', { caseId, field, toneFindings });
      state.confirmed = true;
      feedback.textContent = t('writing.rereadRecorded');
    } catch (error) {
      box.checked = false;
      box.disabled = false;
      feedback.textContent = `${t('writing.rereadFailed')} ${problemText(error)}`;
    }
  });
  return h('p', { class: 'writing-reread-line' }, t('writing.rereadAsk'), ' ',
    h('label', { class: 'inline', for: `writing-reread-${field}` }, box, ` ${t('writing.reread')}`), ' ', feedback);
}

/**
 * The findings of a rendered message (the preview of the notice). Headings in capitals are the
 * template's own, so "shouting" there is not the writer's: those findings are left out.
 */
export async function messageFindings(text, locale) {
  const host = h('div', { class: 'writing-findings', id: 'message-findings', 'aria-live': 'polite' }, h('h4', {}, t('writing.inMessage')));
  try {
    const findings = (await checkText(text, locale)).filter((f) => !(f.rule === 'SHOUTING' && isHeading(text, f)));
    host.append(findings.length === 0
      ? h('p', { class: 'writing-clean muted' }, t('writing.none'))
      : h('ul', { class: 'writing-list' }, findings.map((finding) => item(text, finding, null))));
  } catch (error) {
    host.append(h('p', { class: 'muted' }, t('writing.unavailable')));
  }
  return host;
}

function isHeading(text, finding) {
  const start = text.lastIndexOf('\n', finding.offset) + 1;
  const end = text.indexOf('\n', finding.offset);
  const line = text.slice(start, end === -1 ? text.length : end);
  return line.trim().length > 0 && line === line.toUpperCase();
}
