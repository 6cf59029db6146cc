// The API's problem details in the user's language: the server's `detail` is English for API clients;
// the UI says its own sentence from the stable `code` (and, for bad input, each field's code and label).
import { ApiError } from './api.js';
import { t } from './i18n.js';
import { label } from './labels.js';

/** Words for the fields the UI's own forms and the API name, by field name. */
const FIELD_KEYS = {
  name: 'clients.name', email: 'clients.email', locale: 'clients.language', sign: 'client.sign',
  severity: 'client.severity', description: 'client.description', occurredOn: 'client.occurredOn',
  comment: 'case.comment', reason: 'case.withdrawReason', accepted: 'case.answerTitle',
};

/** The label of a field: from the form being shown, else from the UI's words, else a neutral word. */
export function fieldLabel(field, formLabels = {}) {
  if (formLabels[field]) return formLabels[field];
  if (FIELD_KEYS[field]) return t(FIELD_KEYS[field]);
  return t('problem.thisField');
}

/** One field's problem as a sentence, e.g. "Fecha de entrega: no puede ser una fecha futura." */
export function fieldProblem(error, formLabels = {}) {
  const code = error.code ?? 'invalid';
  const key = `problem.field.${code}`;
  const sentence = t(key) === key ? t('problem.field.invalid') : t(key);
  return `${fieldLabel(error.field, formLabels)}: ${sentence.replace('{0}', error.limit ?? '')}`;
}

/** What went wrong, said in the user's language; never the server's English text. */
export function problemText(error) {
  if (!(error instanceof ApiError)) return t('problem.network');
  const p = error.problem ?? {};
  const code = p.code ?? `http-${error.status}`;
  if (code === 'task-for-other-groups') {
    return t('problem.task-for-other-groups').replace('{0}', (p.groups ?? []).map((g) => label('role', g)).join(', '));
  }
  const key = `problem.${code}`;
  if (t(key) !== key) return t(key);
  if (code.endsWith('-not-found')) return t('problem.not-found');
  const byStatus = `problem.http-${error.status}`;
  return t(byStatus) !== byStatus ? t(byStatus) : t('problem.unexpected');
}

/** The list of field problems of a 400, or null when the problem is not about fields. */
export function fieldProblems(error, formLabels = {}) {
  if (!(error instanceof ApiError) || !Array.isArray(error.problem?.errors) || error.problem.errors.length === 0) return null;
  return error.problem.errors.map((e) => fieldProblem(e, formLabels));
}
