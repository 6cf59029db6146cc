import { api } from '../api.js';
import { clear, h, svg } from '../dom.js';
import { formatDate, formatDateTime, formatMoney, language, t } from '../i18n.js';
import { label, options } from '../labels.js';
import { fieldProblems, problemText } from '../problems.js';
import { follow } from '../live.js';
import { changesSection, contractCard, deliverablesCard, editClientForm, ledgerSection, newClientForm } from './client-setup.js';

const KINDS = ['CALL', 'MEETING', 'EMAIL_RECEIVED', 'EMAIL_SENT', 'MESSAGE', 'AGREEMENT', 'NOTE'];
/** The channels staff can choose; the answer link is recorded by the app only. */
const CHANNELS = ['EMAIL', 'PHONE', 'VIDEO_CALL', 'IN_PERSON', 'SHARED_WORKSPACE'];

export async function clientsView(main) {
  const clients = await api.get('/api/clients');
  clear(main, 
    h('h1', {}, t('clients.title')),
    h('section', { class: 'card' }, h('h2', {}, t('clients.chart')), h('p', { class: 'muted' }, t('clients.chartHelp')),
      h('div', { class: 'chart-with-legend' }, chart(clients), legend(clients))),
    h('div', { class: 'table-wrap' }, h('table', { id: 'clients' },
      h('thead', {}, h('tr', {}, [t('clients.name'), t('clients.margin'), t('clients.strikes'), t('clients.revenue'), t('clients.cost'), t('clients.status'), t('clients.case')]
        .map((label) => h('th', { scope: 'col' }, label)))),
      h('tbody', {}, clients.map((c) => h('tr', { dataset: { client: c.id } },
        h('td', {}, h('a', { href: `#/clients/${c.id}` }, c.name)),
        h('td', {}, c.marginPercent === null ? t('common.none') : `${c.marginPercent} %`),
        h('td', {}, `${c.strikes} / ${c.reviewThreshold}`),
        h('td', {}, formatMoney(c.revenue)),
        h('td', {}, formatMoney(c.cost)),
        h('td', {}, label('clientStatus', c.status)),
        h('td', {}, c.openCaseId ? h('a', { href: `#/cases/${c.openCaseId}` }, `#${c.openCaseId}`) : t('common.none'))))))),
    newClientForm());
}

/** Each client placed by margin (x) and strikes (y), sized by the cost of serving them. */
function chart(clients) {
  const width = 640;
  const height = 320;
  const pad = 44;
  const margins = clients.map((c) => Number(c.marginPercent ?? 0));
  const minX = Math.min(-20, Math.floor((Math.min(...margins) - 10) / 10) * 10);
  const maxX = Math.max(40, Math.ceil((Math.max(...margins) + 10) / 10) * 10);
  const maxY = Math.max(4, ...clients.map((c) => c.strikes + 1));
  const maxCost = Math.max(1, ...clients.map((c) => Number(c.cost)));
  const x = (m) => pad + ((m - minX) / (maxX - minX)) * (width - 2 * pad);
  const y = (s) => height - pad - (s / maxY) * (height - 2 * pad);
  const threshold = clients[0]?.reviewThreshold ?? 3;
  const bubbles = stacked(clients.map((c) => ({
    client: c,
    cx: x(Number(c.marginPercent ?? 0)),
    cy: y(c.strikes),
    r: 8 + 18 * Math.sqrt(Number(c.cost) / maxCost),
    problem: (c.marginPercent !== null && c.marginPercent < 0) || c.strikes >= threshold - 1 || c.ethicalStrikes > 0,
  })));
  // Axis titles, ticks and zone names: (x, baseline) and how the text is anchored there.
  const labels = [
    { x: width - pad, y: height - 10, anchor: 'end', cls: 'label', text: `${t('clients.margin')} %` },
    ...[minX, 0, maxX].map((m) => ({ x: x(m), y: height - pad + 16, anchor: 'middle', cls: 'label', text: `${m}` })),
    ...Array.from({ length: maxY + 1 }, (_, s) => ({ x: pad - 8, y: y(s) + 4, anchor: 'end', cls: 'label', text: `${s}` })),
    { x: 12, y: pad - 12, anchor: 'start', cls: 'label', text: t('clients.strikes') },
    { x: width - pad - 6, y: height - pad - 8, anchor: 'end', cls: 'label zone', text: t('clients.ideal') },
    { x: pad + 6, y: pad + 16, anchor: 'start', cls: 'label zone', text: t('clients.problem') },
  ];
  const names = nameLabels(bubbles, width, height, labels.map((l) => textBox(l)));
  return svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart', id: 'portfolio-chart', role: 'img', 'aria-label': t('clients.chart') },
    svg('rect', { x: x(0), y: pad, width: width - pad - x(0), height: y(threshold) - pad, class: 'zone-watch' }),
    svg('rect', { x: x(0), y: y(threshold), width: width - pad - x(0), height: height - pad - y(threshold), class: 'zone-ideal' }),
    svg('rect', { x: pad, y: pad, width: x(0) - pad, height: height - 2 * pad, class: 'zone-problem' }),
    svg('line', { x1: pad, y1: height - pad, x2: width - pad, y2: height - pad, class: 'axis' }),
    svg('line', { x1: pad, y1: pad, x2: pad, y2: height - pad, class: 'axis' }),
    svg('line', { x1: x(0), y1: pad, x2: x(0), y2: height - pad, class: 'zero' }),
    labels.map((l) => svg('text', { x: l.x, y: l.y, 'text-anchor': l.anchor, class: l.cls }, l.text)),
    bubbles.map((b) => svg('a', { href: `#/clients/${b.client.id}` },
      svg('circle', { cx: b.cx, cy: b.cy, r: b.r, class: b.problem ? 'dot problem' : 'dot' },
        // Clients at one spot share margin and strikes: the tooltip names them all.
        svg('title', {}, `${b.stack.map((s) => s.client.name).join(', ')}: ${b.client.marginPercent ?? '?'} %, ${b.client.strikes} ${t('clients.strikes').toLowerCase()}`)))),
    // Names after every bubble, so no bubble covers a name; nor may a name cover the chart's words.
    names.elements,
    stackMarks(bubbles, names.placed));
}

/** Bubbles drawn at the same point, each bubble with the list it belongs to. */
function stacked(bubbles) {
  const stacks = new Map();
  for (const b of bubbles) {
    const key = `${Math.round(b.cx)}:${Math.round(b.cy)}`;
    if (!stacks.has(key)) stacks.set(key, []);
    b.stack = stacks.get(key);
    b.stack.push(b);
  }
  return bubbles;
}

/**
 * "+N" on a spot whose N clients got no name beside it, so a stack of bubbles does not read as one
 * or two clients; hovering the bubble names them all.
 */
function stackMarks(bubbles, placed) {
  return [...new Set(bubbles.map((b) => b.stack))].flatMap((stack) => {
    const unnamed = stack.filter((b) => !placed.has(b)).length;
    if (unnamed === 0) return [];
    const top = stack[stack.length - 1];
    const count = { x: top.cx, y: top.cy + 4, anchor: 'middle', text: `+${unnamed}` };
    return [svg('g', { class: 'stack' },
      svg('circle', { cx: top.cx, cy: top.cy, r: Math.max(9, textBox(count, 11).w / 2 + 3) }),
      svg('text', { x: count.x, y: count.y, 'text-anchor': count.anchor }, count.text))];
  });
}

/** The room a line of the chart's sans-serif text takes, roughly, from its baseline and anchor. */
function textBox({ x, y, anchor, text }, fontSize = 12) {
  const w = text.length * fontSize * 0.58 + 2;
  const left = anchor === 'end' ? x - w : anchor === 'middle' ? x - w / 2 : x;
  return { x: left, y: y - fontSize, w, h: fontSize + 3 };
}

/**
 * Each client's name beside its bubble where it overlaps no other name: above, below, right or
 * left of it, the clients most likely to need attention placed first. Clients close together on
 * the chart would otherwise print their names over each other; a name with no free place is left
 * out (the bubble's tooltip, its stack's "+N" and the table below still give it).
 */
function nameLabels(bubbles, width, height, taken) {
  const boxes = [...taken];
  const placed = new Set();
  const free = (box) => box.x >= 0 && box.y >= 0 && box.x + box.w <= width && box.y + box.h <= height
    && boxes.every((o) => box.x + box.w <= o.x || o.x + o.w <= box.x || box.y + box.h <= o.y || o.y + o.h <= box.y);
  const order = [...bubbles].sort((a, b) => (b.problem - a.problem) || (b.r - a.r));
  const elements = order.flatMap((b) => {
    const text = b.client.name;
    const place = [
      { x: b.cx, y: b.cy - b.r - 4, anchor: 'middle', text },
      { x: b.cx, y: b.cy + b.r + 12, anchor: 'middle', text },
      { x: b.cx + b.r + 4, y: b.cy + 4, anchor: 'start', text },
      { x: b.cx - b.r - 4, y: b.cy + 4, anchor: 'end', text },
    ].find((p) => free(textBox(p, 11)));
    if (!place) return [];
    boxes.push(textBox(place, 11));
    placed.add(b);
    return [svg('a', { href: `#/clients/${b.client.id}` },
      svg('text', { x: place.x, y: place.y, 'text-anchor': place.anchor, class: 'name' }, text))];
  });
  return { elements, placed };
}

/** What the chart's colours and bubble sizes mean, with the cost range the sizes stand for. */
function legend(clients) {
  const swatch = (cls) => svg('svg', { viewBox: '0 0 16 16', width: 16, height: 16, class: 'chart', 'aria-hidden': 'true' },
    svg('rect', { x: 0, y: 0, width: 16, height: 16, rx: 3, class: cls }));
  const dot = (cls, r = 6) => svg('svg', { viewBox: '0 0 28 28', width: 28, height: 28, class: 'chart', 'aria-hidden': 'true' },
    svg('circle', { cx: 14, cy: 14, r, class: cls }));
  const costs = clients.map((c) => Number(c.cost));
  const item = (mark, words) => h('li', {}, mark, h('span', {}, words));
  return h('div', { class: 'legend', id: 'portfolio-legend' },
    h('h3', {}, t('legend.title')),
    h('ul', {},
      item(swatch('zone-ideal'), t('legend.ideal')),
      item(swatch('zone-watch'), t('legend.watch')),
      item(swatch('zone-problem'), t('legend.problem')),
      item(dot('dot'), t('legend.dotOk')),
      item(dot('dot problem'), t('legend.dotProblem'))),
    h('p', {}, t('legend.size')),
    h('ul', { class: 'sizes' }, sizes()));

  function sizes() {
    if (!costs.length) return [item(dot('dot neutral', 5), t('legend.smaller')), item(dot('dot neutral', 13), t('legend.larger'))];
    const [least, most] = [Math.min(...costs), Math.max(...costs)];
    // Every bubble is then the same size: a smaller and a larger example would show a difference that is not there.
    if (least === most) return [item(dot('dot neutral', 13), `${t('legend.sameCost')} (${formatMoney(most)})`)];
    return [
      item(dot('dot neutral', 5), `${t('legend.smaller')} (${formatMoney(least)})`),
      item(dot('dot neutral', 13), `${t('legend.larger')} (${formatMoney(most)})`),
    ];
  }
}

/** A client's page; `notice` says what the last change on it did. */
export async function clientView(main, state, id, notice) {
  const load = () => Promise.all([
    api.get(`/api/clients/${id}`), api.get(`/api/clients/${id}/interactions`), api.get(`/api/clients/${id}/incidents`)]);
  const first = await load();
  clear(main, clientPage(main, state, id, first, notice));
  // A case an incident opened, a message the process sent: the page shows them as they happen.
  follow(main, { load, build: (answers) => clientPage(main, state, id, answers), first });
}

function clientPage(main, state, id, [d, interactions, incidents], notice) {
  const c = d.client;
  const contract = d.contract;
  const reload = (message) => clientView(main, state, id, message);
  // The setup and record forms are left as they are by a live update (a disclosure the user
  // opened stays open) until what they show changes: keyed by that, they are then replaced whole.
  const kept = (node, name, ...shown) => {
    if (!node) return node;
    node.dataset.live = 'keep';
    node.dataset.key = `${name}:${JSON.stringify(shown)}`;
    return node;
  };
  return [
    h('h1', {}, c.name, ' ', h('span', { class: `badge status-${c.status}` }, label('clientStatus', c.status))),
    h('p', { class: 'muted', id: 'client-facts' }, `${c.email} · ${label('locale', c.locale)} · ${t('setup.contact')}: ${c.contactName ?? t('setup.companyAddressed')} · ${t('client.primaryChannel')}: ${t(`channel.${c.primaryChannel}`)} · ${t('client.strikesLeft')} ${Math.max(0, c.reviewThreshold - c.strikes)}`),
    notice ? toast(notice) : null,
    c.status === 'CLOSED' ? null : kept(editClientForm(c, reload), 'edit', c),
    kept(h('div', { class: 'grid setup-grid' },
      contractCard(id, c, contract, reload),
      deliverablesCard(id, c, d, reload)), 'setup', c, contract, d.deliverables, d.deliverablesHeldByCaseId),
    history(interactions, incidents),
    kept(interactionForm(id, c, () => clientView(main, state, id)), 'interaction', c.status, interactions.length),
    c.status === 'CLOSED' ? null : kept(incidentForm(id, () => clientView(main, state, id)), 'incident', c.status),
    h('section', {}, h('h2', {}, t('client.incidents')),
      h('ul', { id: 'client-incidents' }, d.incidents.map((i) => h('li', {},
        `${formatDate(i.occurredOn)} · ${label('area', i.area)} · ${label('sign', i.sign)} · ${label('severity', i.severity)}`,
        i.caseId ? h('span', {}, ' · ', h('a', { href: `#/cases/${i.caseId}` }, `#${i.caseId}`)) : null)))),
    h('section', {}, h('h2', {}, t('client.cases')),
      h('ul', {}, d.cases.map((x) => h('li', {}, h('a', { href: `#/cases/${x.id}` }, `#${x.id}`), ` · ${label('caseStatus', x.status)} · ${label('phase', x.phase)}`)))),
    kept(ledgerSection(id, c, d, reload), 'ledger', c.status, d.ledger),
    changesSection(d)];
}

/** What the last change did; it stays in view while the page scrolls, then fades. */
function toast(message) {
  const note = h('p', { class: 'ok toast', role: 'status', id: 'client-notice' }, message);
  setTimeout(() => note.classList.add('fading'), 6000);
  return note;
}

/** Interactions (the messages the app sent among them) and incidents in one list, newest first. */
function history(interactions, incidents) {
  const entries = [
    ...interactions.map((i) => ({ at: i.occurredAt, kind: i.kind, node: interactionLine(i) })),
    ...incidents.map((i) => ({ at: `${i.occurredOn}T23:59:59Z`, kind: 'INCIDENT', node: incidentLine(i) })),
  ].sort((a, b) => b.at.localeCompare(a.at));
  const list = h('ul', { id: 'client-history', class: 'history' });
  const show = (kind) => clear(list, entries.filter((e) => !kind || e.kind === kind).map((e) => e.node),
    entries.length ? null : h('li', { class: 'muted' }, t('client.noHistory')));
  const filter = h('select', { id: 'history-filter', 'aria-label': t('client.show') },
    h('option', { value: '' }, t('client.everything')),
    KINDS.map((k) => h('option', { value: k }, t(`interactionKind.${k}`))),
    h('option', { value: 'INCIDENT' }, t('client.incidents')));
  filter.addEventListener('change', () => show(filter.value));
  show('');
  // Replaced whole when the history changes (keyed by it), left as it is otherwise: the filter
  // chosen stays while nothing new comes in.
  const version = `history-${interactions.map((i) => `${i.id}.${i.correctedById ?? ''}`).join(',')}-${incidents.map((i) => i.id).join(',')}`;
  return h('section', { id: 'history', dataset: { key: version } }, h('h2', {}, t('client.history')),
    h('p', { class: 'muted' }, t('client.historyHelp')),
    h('label', {}, t('client.show'), ' ', filter), list);
}

function interactionLine(i) {
  const origin = i.origin === 'APP' ? t('interaction.byApp') : i.origin === 'CLIENT_LINK' ? t('interaction.byLink') : i.recordedBy;
  return h('li', { dataset: { kind: i.kind, interaction: i.id }, class: i.correctedById ? 'corrected' : null },
    h('strong', {}, `#${i.id} ${t(`interactionKind.${i.kind}`)}`),
    ` · ${formatDateTime(i.occurredAt)} · ${t(`channel.${i.channel}`)} · ${i.participants} · ${origin}`,
    h('div', {}, i.summary),
    i.agreementMade ? h('div', { class: 'agreement' }, `${t('interaction.agreed')} ${i.agreement}`) : null,
    i.correctsId ? h('div', { class: 'muted' }, `${t('interaction.corrects')} #${i.correctsId}`) : null,
    i.correctedById ? h('div', { class: 'muted' }, `${t('interaction.correctedBy')} #${i.correctedById}`) : null,
    i.messageId ? h('a', { href: `/api/messages/${i.messageId}.html`, target: '_blank', rel: 'noopener' }, t('common.view')) : null,
    i.caseId ? h('span', {}, ' · ', h('a', { href: `#/cases/${i.caseId}` }, `#${i.caseId}`)) : null);
}

function incidentLine(i) {
  return h('li', { dataset: { kind: 'INCIDENT' }, class: 'incident' },
    h('strong', {}, `${t('interaction.incident')} · ${label('sign', i.sign)}`),
    ` · ${formatDate(i.occurredOn)} · ${label('area', i.area)} · ${label('severity', i.severity)} · ${i.reporter}`,
    h('div', {}, i.description),
    i.interactionId ? h('div', { class: 'muted' }, `→ #${i.interactionId}`) : null,
    i.caseId ? h('span', {}, h('a', { href: `#/cases/${i.caseId}` }, `#${i.caseId}`)) : null);
}

function interactionForm(clientId, client, reload) {
  const feedback = h('div', { 'aria-live': 'polite', id: 'interaction-result' });
  const now = new Date(Date.now() - new Date().getTimezoneOffset() * 60000).toISOString().slice(0, 16);
  const agreement = h('textarea', { name: 'agreement', id: 'interaction-agreement', maxlength: 4000, rows: 2 });
  const agreementMade = h('input', { type: 'checkbox', name: 'agreementMade', id: 'interaction-agreement-made' });
  const form = h('form', { class: 'card', id: 'interaction-form' },
    h('h2', {}, t('interaction.record')),
    h('div', { class: 'row' },
      h('label', {}, t('interaction.kind'), h('select', { name: 'kind', id: 'interaction-kind' }, KINDS.map((k) => h('option', { value: k }, t(`interactionKind.${k}`))))),
      h('label', {}, t('interaction.occurredAt'), h('input', { name: 'occurredAt', type: 'datetime-local', required: true, value: now, max: now })),
      h('label', {}, t('interaction.channel'), h('select', { name: 'channel', id: 'interaction-channel' },
        CHANNELS.map((ch) => h('option', { value: ch, selected: ch === client.primaryChannel }, t(`channel.${ch}`))))),
      h('label', {}, t('interaction.corrects'), h('input', { name: 'correctsId', type: 'number', min: 1, step: 1 }))),
    h('label', {}, t('interaction.participants'), h('input', { name: 'participants', id: 'interaction-participants', required: true, maxlength: 500 })),
    h('label', {}, t('interaction.summary'), h('textarea', { name: 'summary', id: 'interaction-summary', required: true, maxlength: 4000, rows: 2 })),
    h('label', { class: 'check' }, agreementMade, ' ', t('interaction.agreementMade')),
    h('label', {}, t('interaction.agreement'), agreement),
    feedback,
    h('button', { type: 'submit', id: 'record-interaction' }, t('interaction.save')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clear(feedback);
    const data = new FormData(form);
    try {
      await api.post(`/api/clients/${clientId}/interactions`, {
        kind: data.get('kind'),
        occurredAt: new Date(data.get('occurredAt')).toISOString(),
        channel: data.get('channel'),
        participants: data.get('participants'),
        summary: data.get('summary'),
        agreementMade: agreementMade.checked,
        agreement: data.get('agreement') || null,
        correctsId: data.get('correctsId') ? Number(data.get('correctsId')) : null,
      });
      feedback.append(h('p', { class: 'ok' }, t('interaction.saved')));
      reload();
    } catch (error) {
      feedback.append(errorMessage(error));
    }
  });
  return form;
}

function incidentForm(clientId, reload) {
  const feedback = h('div', { 'aria-live': 'polite', id: 'incident-result' });
  const today = new Date().toISOString().slice(0, 10);
  const form = h('form', { class: 'card', id: 'incident-form' },
    h('h2', {}, t('client.logIncident')),
    h('div', { class: 'row' },
      h('label', {}, t('client.sign'), h('select', { name: 'sign', id: 'incident-sign' }, options('sign').map(([value, word]) => h('option', { value }, word)))),
      h('label', {}, t('client.severity'), h('select', { name: 'severity' }, options('severity').map(([value, word]) => h('option', { value, selected: value === 'MEDIUM' }, word)))),
      h('label', {}, t('client.occurredOn'), h('input', { name: 'occurredOn', type: 'date', required: true, value: today, max: today }))),
    h('label', {}, t('client.description'), h('textarea', { name: 'description', id: 'incident-description', required: true, maxlength: 4000, rows: 2 })),
    feedback,
    h('button', { type: 'submit', id: 'log-incident' }, t('client.log')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clear(feedback);
    const data = new FormData(form);
    try {
      const result = await api.post(`/api/clients/${clientId}/incidents`, {
        sign: data.get('sign'), severity: data.get('severity'), occurredOn: data.get('occurredOn'), description: data.get('description'),
      });
      if (result.openedCaseId) {
        feedback.append(h('p', { class: 'ok', id: 'opened-case' }, `${t('client.openedCase')} `, h('a', { href: `#/cases/${result.openedCaseId}` }, `#${result.openedCaseId}`)));
      } else if (result.addedToCaseId) {
        feedback.append(h('p', { class: 'ok' }, `${t('client.addedToCase')} `, h('a', { href: `#/cases/${result.addedToCaseId}` }, `#${result.addedToCaseId}`)));
      } else {
        feedback.append(h('p', { class: 'ok' }, `${t('client.strikesLeft')} ${result.strikesUntilReview}`));
      }
      if (!result.openedCaseId) setTimeout(reload, 1500);
    } catch (error) {
      feedback.append(errorMessage(error));
    }
  });
  return form;
}

function errorMessage(error) {
  return h('p', { class: 'alert', role: 'alert' }, (fieldProblems(error) ?? [problemText(error)]).join(' '));
}
