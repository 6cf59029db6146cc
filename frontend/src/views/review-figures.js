import { h } from '../dom.js';
import { formatDateTime, language, t } from '../i18n.js';
import { label } from '../labels.js';
import { fill } from '../words-case.js';

/**
 * Beside the criteria review's form: how the cases of the period ended and what came before,
 * from the figures the review's first step gathered (the `figures` variable of the task).
 */
export function reviewFiguresPanel(variables) {
  const f = variables?.figures ?? {};
  const number = (n) => new Intl.NumberFormat(language()).format(n ?? 0);
  const none = () => h('p', { class: 'muted' }, t('review.none'));
  const table = (id, heads, rows) => rows.length === 0 ? none()
    : h('div', { class: 'table-wrap' }, h('table', { id },
      h('thead', {}, h('tr', {}, heads.map((head) => h('th', { scope: 'col' }, head)))),
      h('tbody', {}, rows.map((cells) => h('tr', {}, cells.map((cell) => h('td', {}, cell)))))));
  const period = f.from
    ? fill(t('review.period'), formatDateTime(f.from), formatDateTime(f.to))
    : fill(t('review.periodFromStart'), formatDateTime(f.to));
  return h('aside', { class: 'card facts', id: 'review-figures', 'aria-label': t('review.figures') },
    h('h2', {}, t('review.figures')),
    h('p', {}, period),
    h('p', {}, h('strong', {}, fill(t('review.cases'), number(f.cases)))),
    h('h3', {}, t('review.byOutcome')),
    table('review-outcomes', [t('review.outcome'), t('review.caseCount'), t('review.medianDays')],
      (f.outcomes ?? []).map((o) => [label('caseStatus', o.outcome), number(o.cases),
        o.medianDays === null || o.medianDays === undefined ? '—' : number(o.medianDays)])),
    h('h3', {}, t('review.signs')),
    (f.signs ?? []).length === 0 ? none() : [
      table('review-signs', [t('review.sign'), t('review.beforeRepairs'), t('review.beforeExits')],
        f.signs.map((s) => [label('sign', s.sign), number(s.beforeRepairs), number(s.beforeExits)])),
      table('review-areas', [t('review.area'), t('review.beforeRepairs'), t('review.beforeExits')],
        (f.areas ?? []).map((a) => [label('area', a.area), number(a.beforeRepairs), number(a.beforeExits)]))],
    h('h3', {}, t('review.missed')),
    table('review-missed', [t('review.sign'), t('review.retrospectives')],
      (f.missedSigns ?? []).map((m) => [label('sign', m.sign), number(m.cases)])),
    h('h3', {}, t('review.proposed')),
    (f.proposedChanges ?? []).length === 0 ? none()
      : h('ul', { id: 'review-proposed' }, f.proposedChanges.map((p) => h('li', {},
        h('a', { href: `#/cases/${p.caseId}` }, `#${p.caseId} ${p.clientName ?? ''}`), ': ', p.change,
        p.writtenBy ? h('span', { class: 'muted' }, ` — ${p.writtenBy}`) : null))),
    h('h3', {}, t('review.failedRepairs')),
    (f.failedRepairs ?? []).length === 0 ? none()
      : h('ul', { id: 'review-failed-repairs' }, f.failedRepairs.map((r) => h('li', {},
        h('a', { href: `#/cases/${r.caseId}` }, `#${r.caseId} ${r.clientName ?? ''}`), ' ',
        fill(t('review.failedRepairCount'), number(r.failedRepairs), label('caseStatus', r.outcome))))));
}
