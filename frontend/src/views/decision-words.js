import es from '../../../bpmn/i18n/decision_es.json';
import { language } from '../i18n.js';

// The decision table is written in English; other languages read it from bpmn/i18n/decision_<lang>.json.
const dictionaries = { es };
const DMN = 'https://www.omg.org/spec/DMN/20191111/MODEL/';

/** The DMN XML with its names, labels, rule descriptions and worded outputs in the UI's language. */
export function translatedDecision(xml) {
  const dictionary = dictionaries[language()];
  if (!dictionary) return xml;
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const each = (tag, action) => [...doc.getElementsByTagNameNS(DMN, tag)].forEach(action);
  const child = (element, tag) => [...element.children].find((c) => c.localName === tag);
  for (const tag of ['definitions', 'decision']) {
    each(tag, (e) => { const name = dictionary.names?.[e.id]; if (name) e.setAttribute('name', name); });
  }
  for (const tag of ['input', 'output']) {
    each(tag, (e) => { const label = dictionary.labels?.[e.id]; if (label) e.setAttribute('label', label); });
  }
  for (const tag of ['decision', 'rule']) {
    each(tag, (e) => {
      const description = dictionary.descriptions?.[e.id];
      const node = child(e, 'description');
      if (description && node) node.textContent = description;
    });
  }
  each('outputEntry', (e) => {
    const word = dictionary.entries?.[e.id];
    const node = child(e, 'text');
    // A FEEL string literal: quotes inside the words would end it early.
    if (word && node) node.textContent = `"${word.replaceAll('"', '\'')}"`;
  });
  return new XMLSerializer().serializeToString(doc);
}

/** The rules in table order: id, 1-based number and description, in the UI's language. */
export function rulesOf(xml) {
  const doc = new DOMParser().parseFromString(translatedDecision(xml), 'application/xml');
  return [...doc.getElementsByTagNameNS(DMN, 'rule')].map((rule, index) => ({
    id: rule.id,
    number: index + 1,
    description: [...rule.children].find((c) => c.localName === 'description')?.textContent ?? '',
  }));
}
