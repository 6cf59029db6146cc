import { h } from '../dom.js';
import { language, t } from '../i18n.js';
import { label, rationale } from '../labels.js';

/** The evidence a decision needs, from the case variables of a task. */
export function factsPanel(variables) {
  const v = variables ?? {};
  // Tasks created before the facts became one variable hold them at the top (`strikes`).
  const evidence = v.evidence ?? v;
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
