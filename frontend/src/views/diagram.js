// Loaded on demand: bpmn-js draws the process with the case's path marked.
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import es from '../../../bpmn/i18n/process_es.json';
import { language } from '../i18n.js';

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

export async function drawDiagram(container, xml, progress) {
  const viewer = new NavigatedViewer({ container });
  await viewer.importXML(translated(xml));
  const canvas = viewer.get('canvas');
  const registry = viewer.get('elementRegistry');
  for (const id of progress.completed) if (registry.get(id)) canvas.addMarker(id, 'done');
  for (const id of progress.current) if (registry.get(id)) canvas.addMarker(id, 'current');
  canvas.zoom('fit-viewport');
  return viewer;
}
