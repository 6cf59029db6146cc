// Loaded on demand: bpmn-js draws the process with the case's path marked.
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import es from '../../../bpmn/i18n/process_es.json';
import { h } from '../dom.js';
import { language, t } from '../i18n.js';

// The model's names are English; other languages name the elements from bpmn/i18n/process_<lang>.json.
const names = { es };

function translated(xml) {
  const dictionary = names[language()];
  if (!dictionary) return xml;
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  for (const element of doc.querySelectorAll('[id][name]')) {
    const name = dictionary[element.getAttribute('id')];
    if (name) element.setAttribute('name', name);
  }
  return new XMLSerializer().serializeToString(doc);
}

/** Zoom at which the model's 12 px names read comfortably; the opening view never goes below MIN_OPENING. */
const READABLE = 1;
const MIN_OPENING = 0.75;
const STEP = 1.25;

export async function drawDiagram(container, xml, progress) {
  const viewer = new NavigatedViewer({ container });
  await viewer.importXML(translated(xml));
  const canvas = viewer.get('canvas');
  const registry = viewer.get('elementRegistry');
  for (const id of progress.completed) if (registry.get(id)) canvas.addMarker(id, 'done');
  for (const id of progress.current) if (registry.get(id)) canvas.addMarker(id, 'current');
  const current = progress.current.map((id) => registry.get(id)).filter((e) => e && !e.waypoints);
  const focus = () => (current.length ? focusOn(canvas, current) : canvas.zoom('fit-viewport', 'auto'));
  focus();
  // Dragging pans and Ctrl + wheel zooms (NavigatedViewer); the buttons do the same for everyone.
  const zoomBy = (factor) => {
    const viewbox = canvas.viewbox();
    const centre = { x: viewbox.outer.width / 2, y: viewbox.outer.height / 2 };
    canvas.zoom(Math.min(4, Math.max(0.2, canvas.zoom() * factor)), centre);
  };
  const button = (id, text, title, action) =>
    h('button', { type: 'button', class: 'secondary small', id, title, 'aria-label': title, onClick: action }, text);
  container.before(h('div', { class: 'diagram-tools', role: 'toolbar', 'aria-label': t('case.diagram'), 'aria-controls': container.id },
    button('diagram-zoom-in', '+', t('diagram.zoomIn'), () => zoomBy(STEP)),
    button('diagram-zoom-out', '−', t('diagram.zoomOut'), () => zoomBy(1 / STEP)),
    current.length ? button('diagram-current', t('diagram.current'), t('diagram.current'), focus) : null,
    button('diagram-fit', t('diagram.fit'), t('diagram.fit'), () => canvas.zoom('fit-viewport', 'auto')),
    h('span', { class: 'muted' }, t('diagram.help'))));
  return viewer;
}

/**
 * Centres the view on where the case stands, at a zoom that reads well but still shows every
 * current element (several run in parallel while an exit winds down).
 */
function focusOn(canvas, elements) {
  const left = Math.min(...elements.map((e) => e.x));
  const top = Math.min(...elements.map((e) => e.y));
  const right = Math.max(...elements.map((e) => e.x + e.width));
  const bottom = Math.max(...elements.map((e) => e.y + e.height));
  const { outer } = canvas.viewbox();
  // Room for the neighbouring steps around the current ones.
  const fits = Math.min(outer.width / (right - left + 480), outer.height / (bottom - top + 200));
  const zoom = Math.max(MIN_OPENING, Math.min(READABLE, fits));
  const width = outer.width / zoom;
  const height = outer.height / zoom;
  canvas.viewbox({ x: (left + right) / 2 - width / 2, y: (top + bottom) / 2 - height / 2, width, height });
}
