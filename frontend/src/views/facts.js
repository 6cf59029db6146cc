import { h } from '../dom.js';
import { language, t } from '../i18n.js';
import { label, rationale } from '../labels.js';

/**
 * The facts of the evidence in a task's variables. Tasks created before the facts became one
 * variable (`evidence`) keep the variables they were created with: the facts at the top.
 */
export function evidenceOf(v) {
  return v.evidence ?? v;
}

/**
 * The contract on file in a task's variables. Tasks created before it became one variable
 * (`contract`) hold a field each (`contractEndDate`), the currency beside them.
 */
export function contractOf(v) {
  return v.contract ?? {
    startDate: v.contractStartDate,
    endDate: v.contractEndDate,
    noticePeriodDays: v.contractNoticePeriodDays,
    earlyTerminationFee: v.contractEarlyTerminationFee,
    monthlyFee: v.contractMonthlyFee,
    currency: v.currency,
  };
}

/** The evidence a decision needs, from the case variables of a task. */
export function factsPanel(variables) {
  const v = variables ?? {};
  const evidence = evidenceOf(v);
  const row = (label, value) => h('div', { class: 'fact' }, h('dt', {}, label), h('dd', {}, value ?? t('facts.unknown')));
  const deliverables = Array.isArray(v.deliverablesOwed) ? v.deliverablesOwed.map((d) => d.title).join(', ') : null;
  return h('aside', { class: 'card facts', 'aria-label': t('task.facts') },
    h('h2', {}, t('task.facts')),
    h('dl', {},
      row(t('facts.recommendation'), v.recommendation ? h('span', { class: `badge rec-${v.recommendation}` }, label('recommendation', v.recommendation)) : null),
      row(t('facts.rationale'), rationale(v.rationale)),
      row(t('facts.strikes'), evidence.strikes === undefined ? null
        : `${evidence.strikes} (${evidence.financialStrikes ?? 0} ${t('facts.financial')}, ${evidence.ethicalStrikes ?? 0} ${t('facts.ethical')})`),
      row(t('facts.margin'), evidence.marginPercent === null || evidence.marginPercent === undefined ? null
        : `${new Intl.NumberFormat(language()).format(evidence.marginPercent)} %`),
      row(t('facts.contractEnd'), evidence.monthsToContractEnd),
      row(t('facts.deliverables'), deliverables || evidence.openDeliverables),
      row(t('facts.failedRepairs'), evidence.failedRepairs),
      v.exitDecidedBy ? row(t('facts.exitDecidedBy'), v.exitDecidedBy) : null));
}
