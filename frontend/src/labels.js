// Words for the values the API sends as codes (statuses, warning signs, stages, task steps …), per language.
// No code reaches a person: an unknown one is shown as "—" and reported in the console.
import es from '../../bpmn/i18n/process_es.json';
import { language, t } from './i18n.js';

const labels = {
  en: {
    caseStatus: { OPEN: 'Open', REPAIRED: 'Repaired', EXITED: 'Exited', RETAINED: 'Retained', WITHDRAWN: 'Withdrawn', CANCELLED: 'Cancelled' },
    phase: {
      ASSESSMENT: 'Assessment', CONTRACT_REVIEW: 'Contract review', DRAFTING_TERMS: 'Drafting new terms',
      AWAITING_CLIENT_ANSWER: 'Waiting for the client’s answer', PROBATION: 'Probation',
      AWAITING_APPROVAL: 'Waiting for a manager’s approval', WINDING_DOWN: 'Winding down', COOLING_OFF: 'Cooling-off',
      AWAITING_EXIT_DATE: 'Waiting for the exit date', RETROSPECTIVE: 'Retrospective', CLOSED: 'Closed',
    },
    recommendation: { MONITOR: 'Keep watching', REPAIR: 'Repair', EXIT: 'Exit', FAST_EXIT: 'Fast exit' },
    area: { FINANCIAL: 'Financial', ETHICAL: 'Ethical' },
    severity: { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High' },
    sign: {
      TAKES_MORE_TIME_THAN_WORTH: 'Takes more time than it is worth', REJECTS_RECOMMENDATIONS: 'Keeps rejecting our advice',
      LITTLE_RESPECT: 'Little respect', MINIMAL_COMMUNICATION: 'Minimal communication',
      NOT_PROGRESSING: 'Relationship not progressing', FATALISTIC_ATTITUDE: 'Fatalistic attitude',
      LOSING_MONEY: 'We are losing money', ABUSIVE_DEMANDS: 'Abusive or impossible demands',
      REPEATS_SAME_MISTAKE: 'Repeats the same mistake', EXPECTATIONS_MISMATCH: 'Expects something other than agreed',
      VERBAL_ABUSE: 'Verbal abuse',
    },
    clientStatus: { ACTIVE: 'Active', CLOSED: 'Closed' },
    writingField: {
      justification: 'Reasons for the exit', newScope: 'New scope', boundaries: 'Boundaries',
      handoverPlan: 'Handover plan', dataReturn: 'Data return', alternatives: 'Alternatives to recommend',
      exitJustification: 'Reasons for the exit',
    },
    findingKind: { SPELLING: 'Spelling', GRAMMAR: 'Grammar', TONE: 'Tone' },
    toneRule: {
      BLAME: 'Blame', THREAT: 'Threat', ABSOLUTE: 'Absolute', INSULT: 'Loaded word',
      INTERNAL: 'Internal vocabulary', SARCASM: 'Sarcasm', SHOUTING: 'Shouting',
    },
    deliverableStatus: { OPEN: 'Open', DONE: 'Done' },
    taskStatus: { OPEN: 'Open', COMPLETING: 'Being completed', COMPLETED: 'Completed', CANCELED: 'Cancelled' },
    proposalStatus: { PENDING: 'Waiting for the answer', ACCEPTED: 'Accepted', DECLINED: 'Declined', EXPIRED: 'Expired' },
    messageKind: {
      RENEGOTIATION_PROPOSAL: 'Renegotiation proposal', PROPOSAL_REMINDER: 'Reminder of the proposal',
      TERMINATION_NOTICE: 'Termination notice', APPROVAL_REMINDER: 'Approval reminder',
      CHECK_IN_REMINDER: 'Reminder of an overdue check-in',
    },
    messageStatus: { QUEUED: 'Queued', SENT: 'Sent', BOUNCED: 'Refused' },
    channel: {
      EMAIL: 'Email', PHONE: 'Phone', VIDEO_CALL: 'Video call', IN_PERSON: 'In person', SHARED_WORKSPACE: 'Shared workspace',
    },
    cadence: { WEEKLY: 'Weekly', BIWEEKLY: 'Every two weeks', MONTHLY: 'Monthly' },
    role: { OPS: 'Operations', MANAGER: 'Manager' },
    locale: { en: 'English', es: 'Spanish' },
    auditType: {
      CLIENT_CREATED: 'Client added', CONTRACT_UPDATED: 'Contract updated', DELIVERABLE_ADDED: 'Deliverable added',
      LEDGER_RECORDED: 'Ledger month recorded', INCIDENT_LOGGED: 'Incident logged', CASE_OPENED: 'Case opened',
      EVIDENCE_COLLECTED: 'Evidence collected', RECOMMENDATION_MADE: 'Recommendation', TASK_CREATED: 'Task created',
      TASK_CLAIMED: 'Task claimed', TASK_RELEASED: 'Task released', TASK_COMPLETED: 'Task completed',
      TASK_CANCELED: 'Task cancelled', CONTRACT_REVIEWED: 'Contract reviewed', CLIENT_ANSWERED: 'Client answered',
      NEW_TERMS_APPLIED: 'New terms applied', REPAIR_FAILED: 'Repair failed', TERMINATION_DECIDED: 'Termination decided',
      DELIVERABLE_COMPLETED: 'Deliverable completed', TRANSITION_PLANNED: 'Transition planned', REFUND_ISSUED: 'Refund issued',
      COOLING_OFF_STARTED: 'Cooling-off started', EXIT_WITHDRAWN: 'Exit withdrawn', MESSAGE_QUEUED: 'Message queued',
      MESSAGE_SENT: 'Message sent', MESSAGE_BOUNCED: 'Message refused', CLIENT_EMAIL_CORRECTED: 'Client email corrected',
      CLIENT_CLOSED: 'Client closed', CASE_CLOSED: 'Case closed', WRITING_REREAD: 'Text re-read',
      CHECK_IN_HELD: 'Check-in held', CHECK_IN_MISSED: 'Check-in missed', CHECK_IN_REMINDED: 'Check-in overdue',
      CRITERIA_REVIEW_STARTED: 'Criteria review started', CRITERIA_REVIEW_COMPLETED: 'Criteria reviewed',
      STRIKE_POLICY_CHANGED: 'Strike policy changed',
    },
    outcome: {
      RETAINED: 'Client retained', REPAIRED: 'Relationship repaired: the new terms held through probation',
      WITHDRAWN: 'Exit withdrawn during the cooling-off period', EXITED: 'Client exited',
    },
    task: {
      task_review_contract: 'Review the contract', task_draft_new_terms: 'Draft new terms',
      task_correct_address_for_proposal: 'Correct the client’s email address',
      task_correct_address_for_reminder: 'Correct the client’s email address',
      task_correct_address_for_notice: 'Correct the client’s email address',
      task_approve_termination: 'Approve the termination', task_complete_deliverable: 'Complete the deliverable',
      task_plan_transition: 'Plan the transition', task_lessons_learned: 'Hold the retrospective',
      task_hold_check_in: 'Hold the check-in',
      task_review_criteria: 'Review the criteria',
    },
  },
  es: {
    caseStatus: { OPEN: 'Abierto', REPAIRED: 'Reconducido', EXITED: 'Finalizado', RETAINED: 'Se mantiene', WITHDRAWN: 'Salida retirada', CANCELLED: 'Cancelado' },
    phase: {
      ASSESSMENT: 'Evaluación', CONTRACT_REVIEW: 'Revisión del contrato', DRAFTING_TERMS: 'Redacción de nuevas condiciones',
      AWAITING_CLIENT_ANSWER: 'Esperando la respuesta del cliente', PROBATION: 'Periodo de prueba',
      AWAITING_APPROVAL: 'Esperando la aprobación de un responsable', WINDING_DOWN: 'Cierre de trabajos',
      COOLING_OFF: 'Periodo de reflexión', AWAITING_EXIT_DATE: 'Esperando la fecha de salida',
      RETROSPECTIVE: 'Retrospectiva', CLOSED: 'Cerrado',
    },
    recommendation: { MONITOR: 'Seguir observando', REPAIR: 'Reconducir', EXIT: 'Salida', FAST_EXIT: 'Salida inmediata' },
    area: { FINANCIAL: 'Financiera', ETHICAL: 'Ética' },
    severity: { LOW: 'Baja', MEDIUM: 'Media', HIGH: 'Alta' },
    sign: {
      TAKES_MORE_TIME_THAN_WORTH: 'Nos quita más tiempo del que vale', REJECTS_RECOMMENDATIONS: 'Rechaza nuestras recomendaciones',
      LITTLE_RESPECT: 'Poco respeto', MINIMAL_COMMUNICATION: 'Comunicación mínima',
      NOT_PROGRESSING: 'La relación no avanza', FATALISTIC_ATTITUDE: 'Actitud fatalista',
      LOSING_MONEY: 'Perdemos dinero', ABUSIVE_DEMANDS: 'Exigencias abusivas o imposibles',
      REPEATS_SAME_MISTAKE: 'Repite el mismo error', EXPECTATIONS_MISMATCH: 'Espera algo distinto de lo acordado',
      VERBAL_ABUSE: 'Maltrato verbal',
    },
    clientStatus: { ACTIVE: 'Activo', CLOSED: 'Cerrado' },
    writingField: {
      justification: 'Motivos de la salida', newScope: 'Nuevo alcance', boundaries: 'Límites',
      handoverPlan: 'Plan de traspaso', dataReturn: 'Devolución de datos', alternatives: 'Alternativas que recomendar',
      exitJustification: 'Motivos de la salida',
    },
    findingKind: { SPELLING: 'Ortografía', GRAMMAR: 'Gramática', TONE: 'Tono' },
    toneRule: {
      BLAME: 'Culpa', THREAT: 'Amenaza', ABSOLUTE: 'Absoluto', INSULT: 'Palabra cargada',
      INTERNAL: 'Vocabulario interno', SARCASM: 'Sarcasmo', SHOUTING: 'Gritos',
    },
    deliverableStatus: { OPEN: 'Pendiente', DONE: 'Entregado' },
    taskStatus: { OPEN: 'Pendiente', COMPLETING: 'Completándose', COMPLETED: 'Completada', CANCELED: 'Cancelada' },
    proposalStatus: { PENDING: 'Esperando respuesta', ACCEPTED: 'Aceptada', DECLINED: 'Rechazada', EXPIRED: 'Vencida' },
    messageKind: {
      RENEGOTIATION_PROPOSAL: 'Propuesta de renegociación', PROPOSAL_REMINDER: 'Recordatorio de la propuesta',
      TERMINATION_NOTICE: 'Aviso de finalización', APPROVAL_REMINDER: 'Recordatorio de aprobación',
      CHECK_IN_REMINDER: 'Recordatorio de un seguimiento vencido',
    },
    messageStatus: { QUEUED: 'En cola', SENT: 'Enviado', BOUNCED: 'Rechazado' },
    channel: {
      EMAIL: 'Correo electrónico', PHONE: 'Teléfono', VIDEO_CALL: 'Videollamada', IN_PERSON: 'En persona',
      SHARED_WORKSPACE: 'Espacio de trabajo compartido',
    },
    cadence: { WEEKLY: 'Semanal', BIWEEKLY: 'Cada dos semanas', MONTHLY: 'Mensual' },
    role: { OPS: 'Operaciones', MANAGER: 'Responsable' },
    locale: { en: 'Inglés', es: 'Español' },
    auditType: {
      CLIENT_CREATED: 'Cliente dado de alta', CONTRACT_UPDATED: 'Contrato actualizado', DELIVERABLE_ADDED: 'Entregable añadido',
      LEDGER_RECORDED: 'Mes contable registrado', INCIDENT_LOGGED: 'Incidencia registrada', CASE_OPENED: 'Caso abierto',
      EVIDENCE_COLLECTED: 'Evidencias recopiladas', RECOMMENDATION_MADE: 'Recomendación', TASK_CREATED: 'Tarea creada',
      TASK_CLAIMED: 'Tarea asignada', TASK_RELEASED: 'Tarea liberada', TASK_COMPLETED: 'Tarea completada',
      TASK_CANCELED: 'Tarea cancelada', CONTRACT_REVIEWED: 'Contrato revisado', CLIENT_ANSWERED: 'Respuesta del cliente',
      NEW_TERMS_APPLIED: 'Nuevas condiciones aplicadas', REPAIR_FAILED: 'La reconducción fracasó',
      TERMINATION_DECIDED: 'Decisión sobre la finalización', DELIVERABLE_COMPLETED: 'Entregable completado',
      TRANSITION_PLANNED: 'Transición planificada', REFUND_ISSUED: 'Reembolso emitido',
      COOLING_OFF_STARTED: 'Comienza el periodo de reflexión', EXIT_WITHDRAWN: 'Salida retirada', MESSAGE_QUEUED: 'Mensaje en cola',
      MESSAGE_SENT: 'Mensaje enviado', MESSAGE_BOUNCED: 'Mensaje rechazado', CLIENT_EMAIL_CORRECTED: 'Correo del cliente corregido',
      CLIENT_CLOSED: 'Cliente dado de baja', CASE_CLOSED: 'Caso cerrado', WRITING_REREAD: 'Texto releído',
      CHECK_IN_HELD: 'Seguimiento realizado', CHECK_IN_MISSED: 'Seguimiento no realizado', CHECK_IN_REMINDED: 'Seguimiento vencido',
      CRITERIA_REVIEW_STARTED: 'Revisión de los criterios iniciada', CRITERIA_REVIEW_COMPLETED: 'Criterios revisados',
      STRIKE_POLICY_CHANGED: 'Criterio de incidencias cambiado',
    },
    outcome: {
      RETAINED: 'Se mantiene al cliente', REPAIRED: 'Relación reconducida: las nuevas condiciones se cumplieron durante el periodo de prueba',
      WITHDRAWN: 'Salida retirada durante el periodo de reflexión', EXITED: 'El cliente salió',
    },
    task: {
      task_review_contract: 'Revisar el contrato', task_draft_new_terms: 'Redactar nuevas condiciones',
      task_correct_address_for_proposal: 'Corregir el correo electrónico del cliente',
      task_correct_address_for_reminder: 'Corregir el correo electrónico del cliente',
      task_correct_address_for_notice: 'Corregir el correo electrónico del cliente',
      task_approve_termination: 'Aprobar la finalización', task_complete_deliverable: 'Completar el entregable',
      task_plan_transition: 'Planificar la transición', task_lessons_learned: 'Hacer la retrospectiva',
      task_hold_check_in: 'Hacer la reunión de seguimiento',
      task_review_criteria: 'Revisar los criterios',
    },
    // The decision table's rationales (bpmn/assess-relationship.dmn), keyed by their English text.
    rationale: {
      'A repair with new terms was already tried and did not hold.':
        'Ya se intentó reconducir la relación con nuevas condiciones y no funcionó.',
      'Abusive behaviour towards the team was reported: end the relationship sooner rather than later.':
        'Se ha denunciado un trato abusivo al equipo: conviene terminar la relación cuanto antes.',
      'Fewer than three strikes and the account pays its way: keep the client and keep watching.':
        'Menos de tres incidencias y la cuenta es rentable: mantenemos al cliente y seguimos observando.',
      'Repeated disrespect towards the team: morale counts as much as money.':
        'Faltas de respeto reiteradas al equipo: la moral cuenta tanto como el dinero.',
      'The account loses money and the contract ends within three months: part ways at the end of the term.':
        'La cuenta pierde dinero y el contrato termina en menos de tres meses: nos separamos al final del periodo.',
      'The account loses money: renegotiate scope and fee before the relationship costs more.':
        'La cuenta pierde dinero: hay que renegociar alcance y cuota antes de que la relación cueste más.',
      'Three strikes: the benefit of the doubt is used up. Try a new deal with clear boundaries before ending it.':
        'Tres incidencias: se acabó el beneficio de la duda. Probemos un nuevo acuerdo con límites claros antes de terminar.',
    },
  },
};

/** The word for a code of the given kind, e.g. label('phase', 'COOLING_OFF') → "Periodo de reflexión". */
export function label(kind, value) {
  return labelIn(language(), kind, value);
}

/** The word for a code in a given language (the client's answer page speaks the client's language). */
export function labelIn(lang, kind, value) {
  if (value === null || value === undefined || value === '') return t('common.none');
  const word = labels[lang]?.[kind]?.[value] ?? labels.en[kind]?.[value];
  if (word) return word;
  console.warn(`No label for ${kind} ${value}`);
  return t('common.none');
}

/** The options of a kind, as [code, word] pairs in the dictionary's order. */
export function options(kind) {
  return Object.keys(labels.en[kind]).map((value) => [value, label(kind, value)]);
}

/** A user task's name in the chosen language (the engine's name is the English one from the model). */
export function taskName(task) {
  return labels[language()].task[task.elementId] ?? task.name;
}

/** A decision's rationale: the table writes English; a known sentence is shown translated. */
export function rationale(text) {
  if (!text) return null;
  return labels[language()].rationale?.[text] ?? text;
}

// The models name their elements in English; other languages take bpmn/i18n/process_<lang>.json.
const elementNames = { es };

/** A process step (any model element) in the chosen language, from its id and the model's English name. */
export function stepName(elementId, englishName) {
  return elementNames[language()]?.[elementId] ?? englishName ?? elementId;
}
