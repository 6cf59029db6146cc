// Loaded on demand: the task page is the only one that renders Camunda forms.
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';

export { Form } from '@bpmn-io/form-js-viewer';
