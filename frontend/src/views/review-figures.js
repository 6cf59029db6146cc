import { api } from '../api.js';
import { clear, h } from '../dom.js';
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
  const table = (id, heads, rows, className) => rows.length === 0 ? none()
    : h('div', { class: 'table-wrap' }, h('table', { id, class: className },
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
    h('h3', {}, t('review.portfolio')),
    h('p', { class: 'muted' }, t('review.portfolioHelp')),
    // Four narrow columns fit the side panel; the margin before is under its change.
    table('review-portfolio', [t('review.client'), t('review.strikes'), t('review.margin'), t('review.moved')],
      (f.portfolio ?? []).map((p) => [p.clientName, number(p.strikes), percent(p.marginPercent),
        moved(p.marginPercent, p.previousMarginPercent)]), 'compact'),
    h('h3', {}, t('review.failedRepairs')),
    (f.failedRepairs ?? []).length === 0 ? none()
      : h('ul', { id: 'review-failed-repairs' }, f.failedRepairs.map((r) => h('li', {},
        h('a', { href: `#/cases/${r.caseId}` }, `#${r.caseId} ${r.clientName ?? ''}`), ' ',
        fill(t('review.failedRepairCount'), number(r.failedRepairs), label('caseStatus', r.outcome))))));
}

export function casesText(cases) {
  return cases === 1 ? t('review.ruleOneCase')
    : fill(t('review.ruleCases'), new Intl.NumberFormat(language()).format(cases ?? 0));
}

function percent(value) {
  if (value === null || value === undefined) return '—';
  return `${new Intl.NumberFormat(language(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value)} %`;
}

/** How the margin moved since the previous review, in percentage points. */
function moved(now, before) {
  if (before === null || before === undefined) return '—';
  const previously = h('span', { class: 'muted moved-from' }, fill(t('review.movedFrom'), percent(before)));
  if (now === null || now === undefined) return previously;
  const points = Number(now) - Number(before);
  const text = new Intl.NumberFormat(language(), { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(points);
  const direction = points > 0 ? 'up' : points < 0 ? 'down' : 'flat';
  return [h('span', { class: `moved moved-${direction}`, title: t(`review.moved.${direction}`) },
    `${points > 0 ? '▲' : points < 0 ? '▼' : '='} ${fill(t('review.points'), text)}`), previously];
}

/**
 * Below the figures: the decision table the cases were assessed by (read-only, drawn by dmn-js on
 * demand), the rules that fired in the period with how many cases each, and the cases of the
 * period; choosing a case picks out its rule.
 */
export function decisionTableSection(variables) {
  const f = variables?.figures ?? {};
  const host = h('div', { class: 'decision-table-host', id: 'decision-table', role: 'region', 'aria-label': t('review.decisionTable') });
  const cases = h('div', { id: 'review-case-rules-box' }, h('p', { class: 'muted' }, t('review.loadingTable')));
  const section = h('section', { class: 'card', id: 'review-decision-table' },
    h('h2', {}, t('review.decisionTable')),
    h('p', { class: 'muted' }, t('review.decisionTableHelp')),
    host, h('h3', {}, t('review.caseRules')), cases);
  show(host, cases, f).catch((error) => {
    clear(host, h('p', { class: 'alert', role: 'alert' }, t('review.tableUnavailable'), ' ', String(error.message ?? error)));
  });
  return section;
}

async function show(host, cases, f) {
  const [xml, { rulesOf }] = await Promise.all([
    api.get('/api/criteria-reviews/decision-table', { raw: true }),
    import('./decision-words.js'),
  ]);
  const rules = new Map(rulesOf(xml).map((rule) => [rule.id, rule]));
  const counts = Object.fromEntries((f.rules ?? []).filter((r) => r.rule).map((r) => [r.rule, r.cases]));
  const unrecorded = (f.rules ?? []).find((r) => !r.rule)?.cases ?? 0;
  const { drawDecisionTable } = await import('./decision-table.js');
  const table = await drawDecisionTable(host, xml, counts);
  const number = (n) => new Intl.NumberFormat(language()).format(n ?? 0);
  const ruleText = (id) => {
    const rule = rules.get(id);
    if (!id) return h('span', { class: 'muted' }, t('review.ruleNotRecorded'));
    return rule ? fill(t('review.ruleNumber'), number(rule.number), rule.description) : id;
  };
  const rows = (f.caseRules ?? []).map((c) => {
    const choose = h('button', { type: 'button', class: 'secondary small', 'data-rule': c.rule ?? '',
      'aria-pressed': 'false', disabled: !c.rule || !rules.has(c.rule) }, t('review.showRule'));
    const row = h('tr', { 'data-case': String(c.caseId) },
      h('td', {}, h('a', { href: `#/cases/${c.caseId}` }, `#${c.caseId}`), ' ', c.clientName ?? ''),
      h('td', {}, label('caseStatus', c.outcome)),
      h('td', {}, c.recommendation ? label('recommendation', c.recommendation) : '—'),
      h('td', {}, ruleText(c.rule)),
      h('td', {}, choose));
    choose.addEventListener('click', () => {
      cases.querySelectorAll('tr.case-selected').forEach((r) => {
        r.classList.remove('case-selected');
        r.querySelector('button')?.setAttribute('aria-pressed', 'false');
      });
      if (table.select(c.rule)) {
        row.classList.add('case-selected');
        choose.setAttribute('aria-pressed', 'true');
      }
    });
    return row;
  });
  clear(cases,
    h('ul', { id: 'review-rule-counts' }, (f.rules ?? []).map((r) => h('li', { 'data-rule': r.rule ?? '' },
      h('strong', {}, casesText(r.cases)), ' — ', ruleText(r.rule)))),
    unrecorded > 0 ? h('p', { class: 'muted' }, t('review.ruleNotRecordedHelp')) : null,
    rows.length === 0 ? h('p', { class: 'muted' }, t('review.none'))
      : h('div', { class: 'table-wrap' }, h('table', { id: 'review-case-rules' },
        h('thead', {}, h('tr', {}, [t('review.case'), t('review.outcome'), t('facts.recommendation'), t('review.rule'), ''].map((head) => h('th', { scope: 'col' }, head)))),
        h('tbody', {}, rows))));
}
