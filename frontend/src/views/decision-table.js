// Loaded on demand: dmn-js draws the assess_relationship decision table, read-only.
import 'dmn-js/dist/assets/dmn-js-shared.css';
import 'dmn-js/dist/assets/dmn-js-decision-table.css';
// The font files, not the embedded copy: the page's CSP refuses data: fonts.
import 'dmn-js/dist/assets/dmn-font/css/dmn.css';
import DmnViewer from 'dmn-js/lib/Viewer';
import { language, t } from '../i18n.js';
import { translatedDecision } from './decision-words.js';
import { casesText } from './review-figures.js';

// dmn-js's own words (column heads, hit policy) that the read-only table shows.
const TOOL_WORDS = ['When', 'And', 'Then', 'Annotations', 'Hit policy:', 'First', 'Unique', 'Priority', 'Any', 'Collect',
  'Rules may overlap. The first matching rule will be chosen', 'Input label: ', 'Input expression: ', 'Input values',
  'Input type', 'Output label', 'Output name', 'Output values', 'Output type', 'Decision name: ', 'View DRD'];

function translate(template, replacements) {
  const key = `dmn.${template}`;
  const word = TOOL_WORDS.includes(template) && t(key) !== key ? t(key) : template;
  return word.replace(/{([^}]+)}/g, (_, name) => replacements?.[name] ?? `{${name}}`);
}

/**
 * Draws the table into `container`, marks the rules that fired in the period with how many cases
 * each decided, and returns `select(ruleId)` to pick out one case's rule.
 */
export async function drawDecisionTable(container, xml, counts) {
  // Per view: the manager replaces a common additionalModules with the view's own list.
  const words = { additionalModules: [{ translate: ['value', translate] }] };
  const viewer = new DmnViewer({ container, decisionTable: words, drd: words });
  await viewer.importXML(language() === 'en' ? xml : translatedDecision(xml));
  const table = viewer.getViews().find((view) => view.type === 'decisionTable');
  if (table) await viewer.open(table);
  // dmn-js shows each column's type as the DMN names it; people read it in their language.
  container.querySelectorAll('.input-variable, .output-variable').forEach((cell) => {
    const key = `dmn.type.${cell.textContent.trim()}`;
    if (t(key) !== key) cell.textContent = t(key);
  });
  // A boolean input's FEEL literal, as the type above it reads.
  container.querySelectorAll('tbody td').forEach((cell) => {
    const literal = cell.textContent.trim();
    if (literal === 'true' || literal === 'false') cell.textContent = t(`dmn.${literal}`);
  });
  const rowOf = (ruleId) => container.querySelector(`td.rule-index[data-row-id="${CSS.escape(ruleId)}"]`)?.closest('tr');
  for (const [ruleId, cases] of Object.entries(counts)) {
    const row = rowOf(ruleId);
    if (!row || cases === 0) continue;
    row.classList.add('rule-fired');
    row.dataset.cases = String(cases);
    const index = row.querySelector('td.rule-index');
    const badge = document.createElement('span');
    badge.className = 'rule-count';
    badge.title = casesText(cases);
    badge.textContent = `×${cases}`;
    index.append(badge);
  }
  return {
    select(ruleId) {
      container.querySelectorAll('tr.rule-selected').forEach((row) => row.classList.remove('rule-selected'));
      const row = ruleId ? rowOf(ruleId) : null;
      if (!row) return false;
      row.classList.add('rule-selected');
      row.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      return true;
    },
  };
}
