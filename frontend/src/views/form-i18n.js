// Camunda forms in the chosen language. The .form files stay what the engine deploys (and what Camunda
// Modeler opens); their words come at render time from bpmn/i18n/forms_<language>.json, keyed by form id,
// then by component key (or id, for text components), with label, dateLabel, description and option values.
import flatpickr from 'flatpickr';
import { Spanish } from 'flatpickr/dist/l10n/es.js';
import en from '../../../bpmn/i18n/forms_en.json';
import es from '../../../bpmn/i18n/forms_es.json';
import { formatDate, formatDateTime, formatMoney, language, t } from '../i18n.js';
import { fill } from '../words-case.js';
import { label, rationale } from '../labels.js';
import { contractOf, evidenceOf } from './facts.js';

const dictionaries = { en, es };

function dictionary() {
  return dictionaries[language()] ?? en;
}

/** A copy of the schema with every label, description, option and text in the chosen language. */
export function localizeSchema(schema) {
  const words = dictionary()[schema.id] ?? {};
  const localize = (component) => {
    const entry = words[component.key] ?? words[component.id];
    const copy = { ...component };
    if (entry) {
      for (const property of ['text', 'label', 'dateLabel', 'description']) {
        if (entry[property] && property in component) copy[property] = entry[property];
      }
      if (entry.values && Array.isArray(component.values)) {
        copy.values = component.values.map((option) => ({ ...option, label: entry.values[option.value] ?? option.label }));
      }
    }
    if (Array.isArray(component.components)) copy.components = component.components.map(localize);
    return copy;
  };
  return { ...schema, components: (schema.components ?? []).map(localize) };
}

/**
 * The case variables plus `labels`: the words and formatted values the translated texts show
 * (`{{labels.recommendation}}`) in place of codes, ISO dates and bare numbers.
 */
export function displayVariables(variables) {
  const v = variables ?? {};
  const evidence = evidenceOf(v);
  const contract = contractOf(v);
  const unknown = t('facts.unknown');
  const money = (amount) => (amount === null || amount === undefined || amount === '' ? unknown : formatMoney(amount, contract.currency ?? 'EUR'));
  const date = (value) => (value ? formatDate(value) : unknown);
  const number = (value) => (value === null || value === undefined ? unknown : new Intl.NumberFormat(language()).format(value));
  const days = (count) => (count === null || count === undefined ? unknown : `${number(count)} ${t('client.days')}`);
  return {
    ...v,
    evidence,
    // The exit date's description names the term's end (`{{contract.endDate}}`) as people write it.
    contract: { ...contract, endDate: date(contract.endDate) },
    rationale: rationale(v.rationale) ?? unknown,
    // Mid-sentence a language's name is lower case in Spanish ("en inglés"), capitalised in English.
    clientLanguageName: v.clientLanguage
      ? (language() === 'es' ? label('locale', v.clientLanguage).toLocaleLowerCase('es') : label('locale', v.clientLanguage))
      : v.clientLanguageName,
    labels: {
      recommendation: v.recommendation ? label('recommendation', v.recommendation) : unknown,
      marginPercent: evidence.marginPercent === null || evidence.marginPercent === undefined ? unknown : `${number(evidence.marginPercent)} %`,
      monthsToContractEnd: number(evidence.monthsToContractEnd),
      exitDate: date(v.exitDate),
      noticePeriod: days(v.noticePeriodDays),
      earlyTerminationFee: money(v.earlyTerminationFee),
      refundAmount: money(v.refundAmount),
      deliverableDueDate: date(v.deliverable?.dueDate),
      contractStartDate: date(contract.startDate),
      contractEndDate: date(contract.endDate),
      contractNoticePeriod: days(contract.noticePeriodDays),
      contractEarlyTerminationFee: money(contract.earlyTerminationFee),
      contractMonthlyFee: money(contract.monthlyFee),
      termsDraftedBy: v.termsDraftedBy ?? unknown,
      communicationChannel: v.communicationChannel ? label('channel', v.communicationChannel) : unknown,
      checkInCadence: v.checkInCadence ? label('cadence', v.checkInCadence).toLocaleLowerCase(language()) : unknown,
      newMonthlyFee: money(v.newMonthlyFee),
      ...clientAnswer(v),
      checkInChannel: v.checkInChannel ? label('channel', v.checkInChannel).toLocaleLowerCase(language()) : unknown,
    },
  };
}

/** How the client answered the last proposal, for the manager who approves the exit after it. */
function clientAnswer(v) {
  if (v.repairOutcome === 'PROPOSAL_EXPIRED') {
    return { clientAnswer: fill(t('answer.expired'), v.proposalDeadline ? formatDateTime(v.proposalDeadline) : t('facts.unknown')), clientComment: t('answer.noComment') };
  }
  if (v.clientAccepted === undefined || v.clientAccepted === null) {
    return { clientAnswer: t('facts.unknown'), clientComment: t('answer.noComment') };
  }
  const when = v.clientAnsweredAt ? formatDateTime(v.clientAnsweredAt) : t('facts.unknown');
  const how = v.clientAnswerRecordedBy ? fill(t('answer.recordedBy'), v.clientAnswerRecordedBy) : t('answer.throughLink');
  return {
    clientAnswer: `${fill(t(v.clientAccepted ? 'answer.accepted' : 'answer.declined'), when)}, ${how}`,
    clientComment: v.clientComment ? `“${v.clientComment}”` : t('answer.noComment'),
  };
}

const VALIDATION_MESSAGES = [
  [/^Field is required\.$/, 'required'],
  [/^Field must have minimum value of (.+)\.$/, 'min'],
  [/^Field must have maximum value of (.+)\.$/, 'max'],
  [/^Field must have minimum length of (.+)\.$/, 'minLength'],
  [/^Field must have maximum length of (.+)\.$/, 'maxLength'],
  [/^Field must be a valid email\.$/, 'email'],
  [/^Value is expected to be an integer\.$/, 'integer'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, 'decimals'],
  [/^Value is not a number\.$/, 'notANumber'],
];

/** form-js writes its validation messages in English; this says them in the chosen language. */
export function translateValidation(message) {
  const messages = dictionary().validation ?? {};
  for (const [pattern, key] of VALIDATION_MESSAGES) {
    const match = pattern.exec(message);
    if (match && messages[key]) return messages[key].replace('{0}', match[1] ?? '');
  }
  return message;
}

/** Makes the form's validator (form-js does not export its class) speak the chosen language. */
export function translateValidator(form) {
  const validator = form.get('validator');
  for (const method of ['validateField', 'validateFieldInstance']) {
    const original = validator[method].bind(validator);
    validator[method] = (...args) => original(...args).map(translateValidation);
  }
}

/** The label of each input of a (localized) schema, by key: errors name fields the way the form does. */
export function fieldLabels(schema) {
  const labels = {};
  const walk = (components) => {
    for (const component of components ?? []) {
      const text = component.label ?? component.dateLabel;
      if (component.key && text) labels[component.key] = text;
      walk(component.components);
    }
  };
  walk(schema.components);
  return labels;
}

// form-js's date picker is flatpickr: its month and day names and labels follow the chosen language.
const DATE_PICKER = {
  en: flatpickr.l10ns.default,
  es: {
    ...Spanish, monthAriaLabel: 'Mes', yearAriaLabel: 'Año', hourAriaLabel: 'Hora', minuteAriaLabel: 'Minuto',
    toggleTitle: 'Pulse para cambiar', scrollTitle: 'Desplace para aumentar',
  },
};

/** Sets the date picker's language before a form renders. */
export function localizeDatePicker() {
  flatpickr.localize(DATE_PICKER[language()] ?? DATE_PICKER.en);
}

/** form-js writes "Select" in an empty select; this keeps it in the chosen language as it re-renders. */
export function translatePlaceholders(container) {
  const placeholder = t('form.select');
  const apply = () => {
    for (const element of container.querySelectorAll('.fjs-select-placeholder')) {
      if (element.textContent === 'Select') element.textContent = placeholder;
    }
  };
  apply();
  new MutationObserver(apply).observe(container, { childList: true, subtree: true, characterData: true });
}

/** Markdown's punctuation: CommonMark lets any ASCII punctuation be escaped with a backslash. */
const MARKDOWN = /[\\`*_{}\[\]()#+\-.!|~>]/g;

/** Plain text that form-js's Markdown-with-HTML text components show as written, on one line. */
export function escapeForText(value) {
  return String(value)
    .replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, ' ')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(MARKDOWN, '\\$&');
}

/**
 * The data handed to form-js with every value that only text components show escaped: case data
 * (a justification holding a link or an image) must show as the characters typed, never as a live
 * link or a tracking pixel. The form's own fields keep their values as they are, since they fill
 * inputs, not text.
 */
export function templateSafe(schema, data) {
  const fields = new Set();
  const collect = (components) => (components ?? []).forEach((c) => {
    if (c.key && c.type !== 'text') fields.add(c.key);
    collect(c.components);
  });
  collect(schema.components);
  const escapeAll = (value) => {
    if (typeof value === 'string') return escapeForText(value);
    if (Array.isArray(value)) return value.map(escapeAll);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeAll(v)]));
    return value;
  };
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, fields.has(key) ? value : escapeAll(value)]));
}
