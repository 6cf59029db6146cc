import { moreWords } from './words.js';
import { caseWords } from './words-case.js';
import { setupWords } from './words-setup.js';

// UI wording in English and Spanish; the browser's language decides until the user picks one.
const dictionaries = {
  en: {
    'nav.inbox': 'Inbox', 'nav.cases': 'Cases', 'nav.clients': 'Clients',
    'auth.title': 'Sign in', 'auth.user': 'User name', 'auth.password': 'Password',
    'auth.submit': 'Sign in', 'auth.signOut': 'Sign out', 'auth.failed': 'Wrong user name or password.',
    'inbox.title': 'My inbox', 'inbox.empty': 'Nothing waits for you.',
    'inbox.case': 'Case', 'inbox.client': 'Client', 'inbox.step': 'Step', 'inbox.age': 'Waiting',
    'inbox.due': 'Due', 'inbox.assignee': 'Claimed by', 'inbox.overdue': 'overdue',
    'inbox.claim': 'Claim', 'inbox.unclaim': 'Release', 'inbox.open': 'Open',
    'inbox.pages': 'Inbox pages', 'inbox.previous': 'Previous page', 'inbox.next': 'Next page', 'inbox.range': 'Tasks',
    'task.facts': 'Case facts', 'task.submit': 'Complete task', 'task.done': 'Task completed.',
    'task.gone': 'Someone else completed this task, or the case moved on. It is no longer yours to do.',
    'task.invalid': 'Please correct these fields:', 'task.forbidden': 'You may not complete this task:',
    'task.back': 'Back to the inbox',
    'facts.recommendation': 'Recommendation', 'facts.rationale': 'Why', 'facts.strikes': 'Strikes',
    'facts.financial': 'financial', 'facts.ethical': 'ethical', 'facts.margin': 'Profit margin',
    'facts.contractEnd': 'Months to contract end', 'facts.deliverables': 'Open deliverables',
    'facts.failedRepairs': 'Failed repairs', 'facts.exitDecidedBy': 'Exit proposed by',
    'facts.unknown': 'unknown',
    'cases.title': 'Cases', 'cases.status': 'Status', 'cases.phase': 'Stage', 'cases.opened': 'Opened',
    'case.title': 'Case', 'case.diagram': 'Where the case stands', 'case.timeline': 'Timeline',
    'case.messages': 'Messages', 'case.noMessages': 'No message sent yet.', 'case.openTasks': 'Open tasks',
    'case.actions': 'Actions', 'case.answerTitle': 'Record the client\'s answer',
    'case.accepted': 'The client accepts', 'case.declined': 'The client declines', 'case.comment': 'Comment',
    'case.record': 'Record answer', 'case.withdrawTitle': 'Withdraw the exit',
    'case.withdrawReason': 'Reason', 'case.withdraw': 'Withdraw', 'case.preview': 'Preview the termination notice',
    'case.previewFailed': 'The notice cannot be previewed yet:', 'case.coolingOffEnds': 'Cooling-off ends',
    'case.checkIns': 'Probation check-ins', 'case.checkInsCount': '{0} — planned: {1}, held: {2}, missed: {3}',
    'case.outcome': 'Outcome', 'case.reason': 'Reason', 'case.proposals': 'Proposals',
    'clients.title': 'Client portfolio', 'clients.chart': 'Profitability and difficulty',
    'clients.chartHelp': 'Right is more profitable, up is more difficult (strikes). Bubble size is the cost of serving the client. Ideal clients sit bottom right; problem clients top left.',
    'clients.ideal': 'ideal', 'clients.problem': 'problem', 'clients.name': 'Client', 'clients.margin': 'Margin',
    'clients.strikes': 'Strikes', 'clients.cost': 'Cost', 'clients.revenue': 'Revenue', 'clients.case': 'Open case',
    'clients.status': 'Status', 'clients.new': 'New client', 'clients.email': 'Email', 'clients.language': 'Language',
    'clients.create': 'Add client',
    'client.contract': 'Contract', 'client.noContract': 'No contract on file.', 'client.deliverables': 'Deliverables',
    'client.ledger': 'Ledger', 'client.incidents': 'Incidents', 'client.cases': 'Cases',
    'client.logIncident': 'Log an incident', 'client.sign': 'Warning sign', 'client.severity': 'Severity',
    'client.description': 'What happened', 'client.occurredOn': 'Date', 'client.log': 'Log incident',
    'client.openedCase': 'This strike opened case', 'client.addedToCase': 'Added to open case',
    'client.strikesLeft': 'Strikes until a review:', 'client.term': 'Term', 'client.fee': 'Monthly fee',
    'client.notice': 'Notice', 'client.days': 'days', 'client.month': 'Month', 'client.hours': 'Hours',
    'client.history': 'History', 'client.historyHelp': 'Interactions, messages and incidents, newest first.',
    'client.show': 'Show', 'client.everything': 'Everything', 'client.primaryChannel': 'Primary channel',
    'client.noHistory': 'Nothing on record yet.',
    'interaction.record': 'Record an interaction', 'interaction.kind': 'Kind', 'interaction.occurredAt': 'When',
    'interaction.channel': 'Channel', 'interaction.participants': 'Who took part', 'interaction.summary': 'Summary',
    'interaction.agreementMade': 'An agreement was made', 'interaction.agreement': 'What was agreed',
    'interaction.corrects': 'Corrects entry', 'interaction.correctedBy': 'corrected by', 'interaction.correct': 'Correct',
    'interaction.save': 'Record interaction', 'interaction.saved': 'Interaction recorded.', 'interaction.incident': 'Incident',
    'interaction.byApp': 'recorded by Exit Desk', 'interaction.byLink': 'answered through the link', 'interaction.agreed': 'Agreed:',
    'interactionKind.CALL': 'Call', 'interactionKind.MEETING': 'Meeting', 'interactionKind.EMAIL_RECEIVED': 'Email received',
    'interactionKind.EMAIL_SENT': 'Email sent', 'interactionKind.MESSAGE': 'Message', 'interactionKind.AGREEMENT': 'Agreement',
    'interactionKind.NOTE': 'Note',
    'channel.EMAIL': 'Email', 'channel.PHONE': 'Phone', 'channel.VIDEO_CALL': 'Video call', 'channel.IN_PERSON': 'In person',
    'channel.SHARED_WORKSPACE': 'Shared workspace', 'channel.ANSWER_LINK': 'Answer link',
    'common.loading': 'Loading…', 'common.error': 'Something went wrong:', 'common.forbidden': 'You may not open this:', 'common.none': '—',
    'common.view': 'View', 'common.html': 'HTML', 'common.pdf': 'PDF',
    'nav.operations': 'Operations',
    'ops.title': 'Operations', 'ops.intro': 'Work that waits for a person although no task asks for it. Each row has the action that moves it on; every action goes on the case\'s timeline with your name.',
    'ops.jobs': 'Steps out of retries', 'ops.jobsHelp': 'A step failed on every try (a mail server or database outage, say) and the process waits. Fix the cause, then retry.',
    'ops.messages': 'Messages queued but not sent', 'ops.messagesHelp': 'Written to the outbox but not accepted by the mail server yet.',
    'ops.tasks': 'Submissions the engine has not confirmed', 'ops.tasksHelp': 'Someone completed the task and Exit Desk keeps sending it to the process engine, which has not confirmed it for a while. Send it now to try at once.',
    'ops.cases': 'Cases without a process', 'ops.casesHelp': 'The engine no longer runs these open cases (cancelled from outside). Close them as cancelled.',
    'ops.keys': 'Idempotency keys in progress', 'ops.keysHelp': 'A request with this key never answered; its client gets 409 until the key is free.',
    'ops.step': 'Step', 'ops.error': 'Error', 'ops.since': 'Since', 'ops.kind': 'Message', 'ops.submittedBy': 'Submitted by',
    'ops.scope': 'Scope', 'ops.key': 'Key', 'ops.none': 'Nothing stuck.',
    'ops.retry': 'Retry', 'ops.resend': 'Send again', 'ops.resubmit': 'Send now', 'ops.attempts': 'Attempts', 'ops.close': 'Close as cancelled', 'ops.free': 'Free',
    'ops.done': 'Done:', 'ops.refused': 'Not done:',
  },
  es: {
    'nav.inbox': 'Bandeja', 'nav.cases': 'Casos', 'nav.clients': 'Clientes',
    'auth.title': 'Iniciar sesión', 'auth.user': 'Usuario', 'auth.password': 'Contraseña',
    'auth.submit': 'Entrar', 'auth.signOut': 'Salir', 'auth.failed': 'Usuario o contraseña incorrectos.',
    'inbox.title': 'Mi bandeja', 'inbox.empty': 'No tiene tareas pendientes.',
    'inbox.case': 'Caso', 'inbox.client': 'Cliente', 'inbox.step': 'Paso', 'inbox.age': 'Esperando',
    'inbox.due': 'Vence', 'inbox.assignee': 'Asignada a', 'inbox.overdue': 'vencida',
    'inbox.claim': 'Asignarme', 'inbox.unclaim': 'Liberar', 'inbox.open': 'Abrir',
    'inbox.pages': 'Páginas de la bandeja', 'inbox.previous': 'Página anterior', 'inbox.next': 'Página siguiente', 'inbox.range': 'Tareas',
    'task.facts': 'Datos del caso', 'task.submit': 'Completar tarea', 'task.done': 'Tarea completada.',
    'task.gone': 'Otra persona completó esta tarea o el caso avanzó. Ya no le corresponde.',
    'task.invalid': 'Corrija estos campos:', 'task.forbidden': 'No puede completar esta tarea:',
    'task.back': 'Volver a la bandeja',
    'facts.recommendation': 'Recomendación', 'facts.rationale': 'Motivo', 'facts.strikes': 'Incidencias',
    'facts.financial': 'financieras', 'facts.ethical': 'éticas', 'facts.margin': 'Margen',
    'facts.contractEnd': 'Meses hasta el fin del contrato', 'facts.deliverables': 'Entregables pendientes',
    'facts.failedRepairs': 'Reparaciones fallidas', 'facts.exitDecidedBy': 'Salida propuesta por',
    'facts.unknown': 'desconocido',
    'cases.title': 'Casos', 'cases.status': 'Estado', 'cases.phase': 'Etapa', 'cases.opened': 'Abierto',
    'case.title': 'Caso', 'case.diagram': 'Dónde está el caso', 'case.timeline': 'Historial',
    'case.messages': 'Mensajes', 'case.noMessages': 'Aún no se ha enviado ningún mensaje.', 'case.openTasks': 'Tareas abiertas',
    'case.actions': 'Acciones', 'case.answerTitle': 'Registrar la respuesta del cliente',
    'case.accepted': 'El cliente acepta', 'case.declined': 'El cliente rechaza', 'case.comment': 'Comentario',
    'case.record': 'Registrar respuesta', 'case.withdrawTitle': 'Retirar la salida',
    'case.withdrawReason': 'Motivo', 'case.withdraw': 'Retirar', 'case.preview': 'Ver el aviso de finalización',
    'case.previewFailed': 'Aún no se puede ver el aviso:', 'case.coolingOffEnds': 'El periodo de reflexión termina',
    'case.checkIns': 'Seguimientos del periodo de prueba', 'case.checkInsCount': '{0} — previstos: {1}, realizados: {2}, no realizados: {3}',
    'case.outcome': 'Resultado', 'case.reason': 'Motivo', 'case.proposals': 'Propuestas',
    'clients.title': 'Cartera de clientes', 'clients.chart': 'Rentabilidad y dificultad',
    'clients.chartHelp': 'A la derecha, más rentable; arriba, más difícil (incidencias). El tamaño es el coste de atender al cliente. Los clientes ideales están abajo a la derecha; los problemáticos, arriba a la izquierda.',
    'clients.ideal': 'ideal', 'clients.problem': 'problemático', 'clients.name': 'Cliente', 'clients.margin': 'Margen',
    'clients.strikes': 'Incidencias', 'clients.cost': 'Coste', 'clients.revenue': 'Ingresos', 'clients.case': 'Caso abierto',
    'clients.status': 'Estado', 'clients.new': 'Nuevo cliente', 'clients.email': 'Correo', 'clients.language': 'Idioma',
    'clients.create': 'Añadir cliente',
    'client.contract': 'Contrato', 'client.noContract': 'No hay contrato registrado.', 'client.deliverables': 'Entregables',
    'client.ledger': 'Contabilidad', 'client.incidents': 'Incidencias', 'client.cases': 'Casos',
    'client.logIncident': 'Registrar una incidencia', 'client.sign': 'Señal de alerta', 'client.severity': 'Gravedad',
    'client.description': 'Qué ocurrió', 'client.occurredOn': 'Fecha', 'client.log': 'Registrar incidencia',
    'client.openedCase': 'Esta incidencia abrió el caso', 'client.addedToCase': 'Añadida al caso abierto',
    'client.strikesLeft': 'Incidencias hasta una revisión:', 'client.term': 'Vigencia', 'client.fee': 'Cuota mensual',
    'client.notice': 'Preaviso', 'client.days': 'días', 'client.month': 'Mes', 'client.hours': 'Horas',
    'client.history': 'Historial', 'client.historyHelp': 'Interacciones, mensajes e incidencias, de la más reciente a la más antigua.',
    'client.show': 'Mostrar', 'client.everything': 'Todo', 'client.primaryChannel': 'Canal principal',
    'client.noHistory': 'Aún no hay nada registrado.',
    'interaction.record': 'Registrar una interacción', 'interaction.kind': 'Tipo', 'interaction.occurredAt': 'Cuándo',
    'interaction.channel': 'Canal', 'interaction.participants': 'Participantes', 'interaction.summary': 'Resumen',
    'interaction.agreementMade': 'Se llegó a un acuerdo', 'interaction.agreement': 'Qué se acordó',
    'interaction.corrects': 'Corrige la entrada', 'interaction.correctedBy': 'corregida por', 'interaction.correct': 'Corregir',
    'interaction.save': 'Registrar interacción', 'interaction.saved': 'Interacción registrada.', 'interaction.incident': 'Incidencia',
    'interaction.byApp': 'registrada por Exit Desk', 'interaction.byLink': 'respondida mediante el enlace', 'interaction.agreed': 'Acordado:',
    'interactionKind.CALL': 'Llamada', 'interactionKind.MEETING': 'Reunión', 'interactionKind.EMAIL_RECEIVED': 'Correo recibido',
    'interactionKind.EMAIL_SENT': 'Correo enviado', 'interactionKind.MESSAGE': 'Mensaje', 'interactionKind.AGREEMENT': 'Acuerdo',
    'interactionKind.NOTE': 'Nota',
    'channel.EMAIL': 'Correo electrónico', 'channel.PHONE': 'Teléfono', 'channel.VIDEO_CALL': 'Videollamada', 'channel.IN_PERSON': 'En persona',
    'channel.SHARED_WORKSPACE': 'Espacio de trabajo compartido', 'channel.ANSWER_LINK': 'Enlace de respuesta',
    'common.loading': 'Cargando…', 'common.error': 'Algo ha fallado:', 'common.forbidden': 'No puede abrir esto:', 'common.none': '—',
    'common.view': 'Ver', 'common.html': 'HTML', 'common.pdf': 'PDF',
    'nav.operations': 'Operaciones',
    'ops.title': 'Operaciones', 'ops.intro': 'Trabajo que espera a una persona aunque ninguna tarea lo pida. Cada fila tiene la acción que lo desbloquea; cada acción queda en el historial del caso con su nombre.',
    'ops.jobs': 'Pasos sin reintentos', 'ops.jobsHelp': 'Un paso falló en todos los intentos (una caída del servidor de correo o de la base de datos, por ejemplo) y el proceso espera. Corrija la causa y reintente.',
    'ops.messages': 'Mensajes en cola sin enviar', 'ops.messagesHelp': 'Escritos en la bandeja de salida, pero el servidor de correo aún no los ha aceptado.',
    'ops.tasks': 'Envíos que el motor no ha confirmado', 'ops.tasksHelp': 'Alguien completó la tarea y Exit Desk sigue enviándola al motor de procesos, que lleva un tiempo sin confirmarla. Envíela ahora para intentarlo de inmediato.',
    'ops.cases': 'Casos sin proceso', 'ops.casesHelp': 'El motor ya no ejecuta estos casos abiertos (cancelados desde fuera). Ciérrelos como cancelados.',
    'ops.keys': 'Claves de idempotencia en curso', 'ops.keysHelp': 'Una petición con esta clave nunca respondió; su cliente recibe 409 hasta que la clave se libere.',
    'ops.step': 'Paso', 'ops.error': 'Error', 'ops.since': 'Desde', 'ops.kind': 'Mensaje', 'ops.submittedBy': 'Enviado por',
    'ops.scope': 'Ámbito', 'ops.key': 'Clave', 'ops.none': 'Nada bloqueado.',
    'ops.retry': 'Reintentar', 'ops.resend': 'Enviar de nuevo', 'ops.resubmit': 'Enviar ahora', 'ops.attempts': 'Intentos', 'ops.close': 'Cerrar como cancelado', 'ops.free': 'Liberar',
    'ops.done': 'Hecho:', 'ops.refused': 'No se hizo:',
  },
};

for (const extra of [moreWords, caseWords, setupWords]) {
  for (const [lang, words] of Object.entries(extra)) Object.assign(dictionaries[lang], words);
}

const STORAGE_KEY = 'exitdesk.language';

export function language() {
  const chosen = localStorage.getItem(STORAGE_KEY);
  if (chosen && dictionaries[chosen]) return chosen;
  return (navigator.language || 'en').toLowerCase().startsWith('es') ? 'es' : 'en';
}

export function setLanguage(lang) {
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
}

export function t(key) {
  return dictionaries[language()][key] ?? dictionaries.en[key] ?? key;
}

export function formatDate(value) {
  if (!value) return t('common.none');
  return new Intl.DateTimeFormat(language(), { dateStyle: 'medium' }).format(new Date(value));
}

export function formatDateTime(value) {
  if (!value) return t('common.none');
  return new Intl.DateTimeFormat(language(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}

export function formatMoney(amount, currency = 'EUR') {
  if (amount === null || amount === undefined) return t('common.none');
  return new Intl.NumberFormat(language(), { style: 'currency', currency }).format(amount);
}

export function formatAge(value) {
  const minutes = Math.max(0, Math.round((Date.now() - new Date(value).getTime()) / 60000));
  const rtf = new Intl.RelativeTimeFormat(language(), { numeric: 'auto' });
  if (minutes < 60) return rtf.format(-minutes, 'minute');
  if (minutes < 60 * 48) return rtf.format(-Math.round(minutes / 60), 'hour');
  return rtf.format(-Math.round(minutes / 1440), 'day');
}

/** Enum values shown as words: VERBAL_ABUSE → "Verbal abuse". */
export function words(value) {
  if (!value) return t('common.none');
  const text = String(value).toLowerCase().replaceAll('_', ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
