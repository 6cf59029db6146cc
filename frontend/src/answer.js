import './style.css';
import { api, ApiError } from './api.js';
import { clear, h } from './dom.js';
import { labelIn } from './labels.js';

// The client's page: no account, the signed link in the email is the permission.
const text = {
  en: {
    title: 'Our proposal', intro: 'These are the new terms we propose for our work together.',
    scope: 'Scope', boundaries: 'Boundaries', channel: 'Communication channel', cadence: 'Check-ins', fee: 'Monthly fee',
    deadline: 'Please answer by', comment: 'Comment (optional)', accept: 'Accept the new terms', decline: 'Decline',
    thanksAccepted: 'Thank you: we have recorded that you accept the new terms.',
    thanksDeclined: 'Thank you: we have recorded that you decline the new terms. We will be in touch.',
    answered: 'This proposal has already been answered.', expired: 'This proposal expired on {date}. Please contact us directly.',
    invalid: 'This link is not valid. Please use the link from our email.',
    failed: 'We could not record your answer just now. Please try again in a moment, or reply to our email.',
  },
  es: {
    title: 'Nuestra propuesta', intro: 'Estas son las nuevas condiciones que le proponemos para nuestra colaboración.',
    scope: 'Alcance', boundaries: 'Límites', channel: 'Canal de comunicación', cadence: 'Reuniones de seguimiento', fee: 'Cuota mensual',
    deadline: 'Le rogamos que responda antes del', comment: 'Comentario (opcional)', accept: 'Acepto las nuevas condiciones', decline: 'Rechazar',
    thanksAccepted: 'Gracias: hemos registrado que acepta las nuevas condiciones.',
    thanksDeclined: 'Gracias: hemos registrado que rechaza las nuevas condiciones. Nos pondremos en contacto con usted.',
    answered: 'Esta propuesta ya ha sido respondida.', expired: 'Esta propuesta venció el {date}. Póngase en contacto con nosotros.',
    invalid: 'Este enlace no es válido. Use el enlace de nuestro correo.',
    failed: 'No hemos podido registrar su respuesta en este momento. Vuelva a intentarlo dentro de un rato o responda a nuestro correo.',
  },
};

const main = document.getElementById('main');
const token = location.hash.slice(1);
let lang = (navigator.language || 'en').startsWith('es') ? 'es' : 'en';

async function show() {
  let proposal;
  try {
    proposal = await api.get(`/api/public/proposals/${encodeURIComponent(token)}`);
  } catch {
    clear(main, h('p', { class: 'alert', role: 'alert', id: 'answer-invalid' }, text[lang].invalid));
    return;
  }
  lang = text[proposal.language] ? proposal.language : lang;
  document.documentElement.lang = lang;
  const tx = text[lang];
  document.title = tx.title;
  const money = new Intl.NumberFormat(lang, { style: 'currency', currency: proposal.currency }).format(proposal.monthlyFee);
  const deadline = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(proposal.deadline));
  const expired = tx.expired.replace('{date}', new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(proposal.deadline)));
  const status = h('div', { 'aria-live': 'polite', id: 'answer-status' });
  const row = (label, value) => h('div', {}, h('dt', {}, label), h('dd', {}, value));
  clear(main, 
    h('h1', {}, tx.title),
    h('p', {}, proposal.clientName),
    h('p', {}, tx.intro),
    h('dl', { class: 'summary card' },
      row(tx.scope, proposal.scope), row(tx.boundaries, proposal.boundaries),
      row(tx.channel, labelIn(lang, 'channel', proposal.communicationChannel)), row(tx.cadence, labelIn(lang, 'cadence', proposal.checkInCadence)),
      row(tx.fee, money), row(tx.deadline, deadline)),
    status);

  if (!proposal.open) {
    status.append(h('p', { class: 'alert', id: 'answer-closed' }, ['PENDING', 'EXPIRED'].includes(proposal.status) ? expired : tx.answered));
    return;
  }
  const comment = h('textarea', { id: 'answer-comment', maxlength: 2000, rows: 3 });
  const accept = h('button', { type: 'button', id: 'accept', onClick: () => answer(true) }, tx.accept);
  const decline = h('button', { type: 'button', id: 'decline', class: 'secondary', onClick: () => answer(false) }, tx.decline);
  const form = h('div', { class: 'card' }, h('label', {}, tx.comment, comment), h('div', { class: 'row' }, accept, decline));
  main.append(form);

  async function answer(accepted) {
    accept.disabled = true;
    decline.disabled = true;
    clear(status);
    try {
      await api.post(`/api/public/proposals/${encodeURIComponent(token)}/answer`, { accepted, comment: comment.value || null });
      form.remove();
      status.append(h('p', { class: 'ok', id: 'answer-thanks' }, accepted ? tx.thanksAccepted : tx.thanksDeclined));
    } catch (error) {
      const message = error instanceof ApiError && error.status === 409 ? tx.answered
        : error instanceof ApiError && error.status === 410 ? expired : tx.failed;
      status.append(h('p', { class: 'alert', role: 'alert', id: 'answer-refused' }, message));
    }
  }
}

show();
