// Prints the UI's words per language as JSON, for BilingualUiIT's "no word of the other language"
// check: the dictionaries of frontend/src (object literals, read without running the modules) and
// the form dictionaries of bpmn/i18n.
import { readFileSync } from 'node:fs';

const root = process.argv[2];
const literal = (file, name) => {
  const source = readFileSync(`${root}/frontend/src/${file}`, 'utf8');
  const start = source.indexOf(`const ${name} = {`);
  if (start < 0) throw new Error(`${name} not found in ${file}`);
  const open = source.indexOf('{', start);
  let depth = 0;
  let i = open;
  let quote = null;
  for (; i < source.length; i++) {
    const c = source[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '/' && source[i + 1] === '/') i = source.indexOf('\n', i);
    else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) break;
  }
  return new Function(`return ${source.slice(open, i + 1)};`)();
};
const strings = (value, out = []) => {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
};
const sources = [
  literal('i18n.js', 'dictionaries'),
  literal('words.js', 'moreWords'),
  literal('words-case.js', 'caseWords'),
  literal('words-setup.js', 'setupWords'),
  literal('labels.js', 'labels'),
  literal('answer.js', 'text'),
];
const words = { en: [], es: [] };
for (const lang of Object.keys(words)) {
  for (const source of sources) strings(source[lang], words[lang]);
  const forms = JSON.parse(readFileSync(`${root}/bpmn/i18n/forms_${lang}.json`, 'utf8'));
  for (const form of Object.values(forms)) {
    for (const entry of Object.values(form)) {
      for (const [key, value] of Object.entries(entry)) {
        if (key !== 'text') strings(value, words[lang]);
      }
    }
  }
}
process.stdout.write(JSON.stringify(words));
