// Loaded on demand: bpmn-js draws the process with the case's path marked.
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';

export async function drawDiagram(container, xml, progress) {
  const viewer = new NavigatedViewer({ container });
  await viewer.importXML(xml);
  const canvas = viewer.get('canvas');
  const registry = viewer.get('elementRegistry');
  for (const id of progress.completed) if (registry.get(id)) canvas.addMarker(id, 'done');
  for (const id of progress.current) if (registry.get(id)) canvas.addMarker(id, 'current');
  canvas.zoom('fit-viewport');
  return viewer;
}
