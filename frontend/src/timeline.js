// The case timeline in the reader's language: each entry is worded from its type and parameters
// (`details`); entries recorded before parameters were kept show their English summary.
import { formatDate, formatDateTime, formatMoney, language, t } from './i18n.js';
import { label, rationale, taskName } from './labels.js';

const UNITS = {
  en: { day: ['day', 'days'], hour: ['hour', 'hours'], minute: ['minute', 'minutes'], second: ['second', 'seconds'], and: 'and' },
  es: { day: ['día', 'días'], hour: ['hora', 'horas'], minute: ['minuto', 'minutos'], second: ['segundo', 'segundos'], and: 'y' },
};

/** An ISO-8601 duration in words: PT24H → "24 hours" / "24 horas", P1DT2H → "1 day and 2 hours". */
export function formatDuration(iso) {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso ?? '');
  if (!match) return t('common.none');
  const words = UNITS[language()] ?? UNITS.en;
  const number = new Intl.NumberFormat(language());
  const parts = [['day', match[1]], ['hour', match[2]], ['minute', match[3]], ['second', match[4]]]
    .filter(([, value]) => value && Number(value) > 0)
    .map(([unit, value]) => `${number.format(Number(value))} ${words[unit][Number(value) === 1 ? 0 : 1]}`);
  if (parts.length === 0) return `0 ${words.second[1]}`;
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} ${words.and} ${parts.at(-1)}`;
}

const say = {
  en: {
    INCIDENT_LOGGED: (d) => `${label('sign', d.sign)} (${label('area', d.area).toLowerCase()}, severity ${label('severity', d.severity).toLowerCase()}) on ${formatDate(d.occurredOn)}${d.case === 'opened' ? ': this strike opened the case' : d.case === 'added' ? ': added to the open case' : ''}.`,
    CASE_OPENED: (d) => reasonText(d.reason),
    EVIDENCE_COLLECTED: (d) => `${d.strikes} strikes (${d.financialStrikes} financial, ${d.ethicalStrikes} ethical)${d.abuseReported ? ', abuse reported' : ''}; margin ${percent(d.marginPercent) ?? 'unknown (no ledger)'}; ${d.monthsToContractEnd === undefined ? 'no contract' : `${d.monthsToContractEnd} months to the contract’s end`}; ${d.openDeliverables} deliverables owed; ${d.failedRepairs} failed repairs.`,
    RECOMMENDATION_MADE: (d) => `${label('recommendation', d.recommendation)}: ${rationale(d.rationale)}`,
    TASK_CREATED: (d) => `“${task(d.task)}” waits for ${groups(d.groups)}.`,
    TASK_CLAIMED: (d) => `Claimed “${task(d.task)}”.`,
    TASK_RELEASED: (d) => `Released “${task(d.task)}”.`,
    TASK_COMPLETED: (d) => `Completed “${task(d.task)}”${d.reviewDecision ? ` (decision: ${decision(d.reviewDecision)})` : ''}${d.approvalDecision ? ` (${d.approvalDecision === 'APPROVE' ? 'approved' : 'rejected'})` : ''}${d.deliveredOn ? ` (delivered on ${formatDate(d.deliveredOn)})` : ''}.`,
    TASK_CANCELED: (d) => (d.why === 'submission-refused'
      ? `The process did not take ${d.submittedBy}’s submission of “${task(d.task)}”: it no longer waited for that task (interrupted, or the case moved on). Nothing of it was recorded.`
      : `“${task(d.task)}” left the inbox: ${d.why === 'case-ended' ? 'the case ended' : 'the process no longer waits for it'}.`),
    CONTRACT_REVIEWED: (d) => `Decision: ${decision(d.decision)}. Exit date ${formatDate(d.exitDate)}, notice ${d.noticePeriodDays} days, early-termination fee ${money(d.earlyTerminationFee)}, refund ${money(d.refundAmount)}${d.canTerminateLegally === false ? ' (the contract does not allow ending it)' : ''}. ${d.justification ?? ''}`,
    CLIENT_ANSWERED: (d) => `The client ${d.accepted ? 'accepted' : 'declined'} the new terms${d.comment ? `: “${d.comment}”` : '.'}`,
    NEW_TERMS_APPLIED: (d) => `The client accepted the new terms, ${d.onContract ? 'now on the contract' : 'kept on the proposal (no contract on file)'}; probation starts${d.checkInsPlanned ? `; check-ins planned: ${d.checkInsPlanned} (${label('cadence', d.checkInCadence).toLowerCase()})` : ''}.`,
    REPAIR_FAILED: (d) => ({
      PROPOSAL_DECLINED: 'The client declined the new terms: the exit needs approval.',
      PROPOSAL_EXPIRED: 'The client did not answer the new terms in time: the exit needs approval.',
      PROBATION_BROKEN: 'A new incident broke the probation: the case is reassessed.',
      CHECK_INS_MISSED: `The probation ended with check-ins missed (${d.checkInsMissed} of ${d.checkInsMissed + d.checkInsHeld}): the case is reassessed.`,
    })[d.failure],
    CHECK_IN_HELD: (d) => `Check-in ${d.number} of ${d.planned} held${d.agreed ? `; agreed: “${d.agreed}”` : ''}.`,
    CHECK_IN_MISSED: (d) => `Check-in ${d.number} of ${d.planned} missed: ${d.outcome === 'CLIENT_ABSENT' ? 'the client did not attend' : 'we did not hold it'}${d.strike ? '; a strike for minimal communication follows' : ''}.`,
    INTERACTION_RECORDED: (d) => `Recorded: ${t(`interactionKind.${d.kind}`).toLowerCase()} (${label('channel', d.channel).toLowerCase()})${d.corrects ? `, correcting entry ${d.corrects}` : ''}. ${d.summary}${d.agreement ? ` Agreed: “${d.agreement}”` : ''}`,
    CHECK_IN_REMINDED: (d) => `A check-in due by ${formatDateTime(d.dueAt)} is overdue: the team was reminded.`,
    TERMINATION_DECIDED: (d) => `${d.decision === 'APPROVE' ? 'Termination approved' : `Termination rejected; instead: ${d.rejectionOutcome === 'REPAIR' ? 'try a repair' : 'keep the client'}`}.${d.comment ? ` “${d.comment}”` : ''}`,
    DELIVERABLE_COMPLETED: (d) => `“${d.title}” delivered on ${formatDate(d.deliveredOn)}.`,
    TRANSITION_PLANNED: (d) => `Transition planned; contact: ${d.contact}.`,
    REFUND_ISSUED: (d) => `Refund of ${money(d.amount, d.currency)} passed to finance.`,
    COOLING_OFF_STARTED: (d) => `Cooling-off of ${formatDuration(d.duration)}${d.until ? `, until ${formatDateTime(d.until)}` : ''}: a manager can still withdraw the exit.`,
    EXIT_WITHDRAWN: (d) => `Exit withdrawn: ${d.reason}`,
    MESSAGE_QUEUED: (d) => `${label('messageKind', d.kind)} queued: “${d.subject}”.`,
    MESSAGE_SENT: (d) => `${label('messageKind', d.kind)} sent.`,
    MESSAGE_BOUNCED: (d) => `${label('messageKind', d.kind)} refused by the mail server: ${d.reason}`,
    CLIENT_EMAIL_CORRECTED: () => 'The client’s email address was corrected after a refused delivery.',
    CLIENT_CLOSED: (d) => `Client closed as of ${formatDate(d.on)}.`,
    CASE_CLOSED: (d) => `${label('caseStatus', d.status)}: ${outcomeText(d.status, d.exitDate)}.`,
    WRITING_REREAD: (d) => `Re-read “${label('writingField', d.field)}” after the writing check flagged its tone (${d.toneFindings === 1 ? '1 finding' : `${d.toneFindings} findings`}).`,
    CRITERIA_REVIEW_STARTED: (d) => `Criteria review #${d.review} started${d.reason ? `: ${d.reason}` : ' (it was due)'}.`,
    CRITERIA_REVIEW_COMPLETED: (d) => d.decision === 'ABANDONED' ? `Criteria review #${d.review} left unfinished: its process was cancelled outside Exit Desk.` : `Criteria review #${d.review}: ${d.decision === 'CHANGE' ? `a case now opens at ${d.threshold} strikes within ${d.windowMonths} months` : 'the criteria are kept'}.${d.dmnNote ? ` Note for the decision table: “${d.dmnNote}”` : ''}`,
    STRIKE_POLICY_CHANGED: (d) => `From ${d.fromThreshold} strikes in ${d.fromWindowMonths} months to ${d.threshold} strikes in ${d.windowMonths} months, for incidents logged from now on: ${d.reason}`,
  },
  es: {
    INCIDENT_LOGGED: (d) => `${label('sign', d.sign)} (${label('area', d.area).toLowerCase()}, gravedad ${label('severity', d.severity).toLowerCase()}) el ${formatDate(d.occurredOn)}${d.case === 'opened' ? ': esta incidencia abrió el caso' : d.case === 'added' ? ': añadida al caso abierto' : ''}.`,
    CASE_OPENED: (d) => reasonText(d.reason),
    EVIDENCE_COLLECTED: (d) => `${d.strikes} incidencias (${d.financialStrikes} financieras, ${d.ethicalStrikes} éticas)${d.abuseReported ? ', con maltrato denunciado' : ''}; margen ${percent(d.marginPercent) ?? 'desconocido (sin contabilidad)'}; ${d.monthsToContractEnd === undefined ? 'sin contrato' : `${d.monthsToContractEnd} meses hasta el fin del contrato`}; ${d.openDeliverables} entregables pendientes; ${d.failedRepairs} intentos de reconducción fallidos.`,
    RECOMMENDATION_MADE: (d) => `${label('recommendation', d.recommendation)}: ${rationale(d.rationale)}`,
    TASK_CREATED: (d) => `«${task(d.task)}», pendiente para ${groups(d.groups)}.`,
    TASK_CLAIMED: (d) => `Se asignó «${task(d.task)}».`,
    TASK_RELEASED: (d) => `Liberó «${task(d.task)}».`,
    TASK_COMPLETED: (d) => `Completó «${task(d.task)}»${d.reviewDecision ? ` (decisión: ${decision(d.reviewDecision)})` : ''}${d.approvalDecision ? ` (${d.approvalDecision === 'APPROVE' ? 'aprobada' : 'rechazada'})` : ''}${d.deliveredOn ? ` (entregado el ${formatDate(d.deliveredOn)})` : ''}.`,
    TASK_CANCELED: (d) => (d.why === 'submission-refused'
      ? `El proceso no aceptó el envío de «${task(d.task)}» hecho por ${d.submittedBy}: ya no esperaba esa tarea (se interrumpió o el caso avanzó). No se registró nada de lo enviado.`
      : `«${task(d.task)}» salió de la bandeja: ${d.why === 'case-ended' ? 'el caso terminó' : 'el proceso ya no la espera'}.`),
    CONTRACT_REVIEWED: (d) => `Decisión: ${decision(d.decision)}. Fecha de salida ${formatDate(d.exitDate)}, preaviso de ${d.noticePeriodDays} días, penalización por rescisión anticipada ${money(d.earlyTerminationFee)}, reembolso ${money(d.refundAmount)}${d.canTerminateLegally === false ? ' (el contrato no permite terminarlo)' : ''}. ${d.justification ?? ''}`,
    CLIENT_ANSWERED: (d) => `El cliente ${d.accepted ? 'aceptó' : 'rechazó'} las nuevas condiciones${d.comment ? `: «${d.comment}»` : '.'}`,
    NEW_TERMS_APPLIED: (d) => `El cliente aceptó las nuevas condiciones, ${d.onContract ? 'ya incorporadas al contrato' : 'que constan en la propuesta (no hay contrato registrado)'}; empieza el periodo de prueba${d.checkInsPlanned ? `; seguimientos previstos: ${d.checkInsPlanned} (${label('cadence', d.checkInCadence).toLowerCase()})` : ''}.`,
    REPAIR_FAILED: (d) => ({
      PROPOSAL_DECLINED: 'El cliente rechazó las nuevas condiciones: la salida necesita aprobación.',
      PROPOSAL_EXPIRED: 'El cliente no respondió a tiempo a las nuevas condiciones: la salida necesita aprobación.',
      PROBATION_BROKEN: 'Una nueva incidencia rompió el periodo de prueba: el caso se vuelve a evaluar.',
      CHECK_INS_MISSED: `El periodo de prueba terminó con seguimientos no realizados (${d.checkInsMissed} de ${d.checkInsMissed + d.checkInsHeld}): el caso se vuelve a evaluar.`,
    })[d.failure],
    CHECK_IN_HELD: (d) => `Seguimiento ${d.number} de ${d.planned} hecho${d.agreed ? `; se acordó: «${d.agreed}»` : ''}.`,
    CHECK_IN_MISSED: (d) => `Seguimiento ${d.number} de ${d.planned} no realizado: ${d.outcome === 'CLIENT_ABSENT' ? 'el cliente no se presentó' : 'no lo hicimos nosotros'}${d.strike ? '; se registra una incidencia por comunicación mínima' : ''}.`,
    INTERACTION_RECORDED: (d) => `Se registró: ${t(`interactionKind.${d.kind}`).toLocaleLowerCase('es')} (${label('channel', d.channel).toLocaleLowerCase('es')})${d.corrects ? `, que corrige la entrada ${d.corrects}` : ''}. ${d.summary}${d.agreement ? ` Se acordó: «${d.agreement}»` : ''}`,
    CHECK_IN_REMINDED: (d) => `Un seguimiento que vencía el ${formatDateTime(d.dueAt)} está pendiente: se avisó al equipo.`,
    TERMINATION_DECIDED: (d) => `${d.decision === 'APPROVE' ? 'Finalización aprobada' : `Finalización rechazada; en su lugar: ${d.rejectionOutcome === 'REPAIR' ? 'intentar reconducir la relación' : 'mantener al cliente'}`}.${d.comment ? ` «${d.comment}»` : ''}`,
    DELIVERABLE_COMPLETED: (d) => `«${d.title}» entregado el ${formatDate(d.deliveredOn)}.`,
    TRANSITION_PLANNED: (d) => `Transición planificada; persona de contacto: ${d.contact}.`,
    REFUND_ISSUED: (d) => `Reembolso de ${money(d.amount, d.currency)} comunicado a finanzas.`,
    COOLING_OFF_STARTED: (d) => `Periodo de reflexión de ${formatDuration(d.duration)}${d.until ? `, hasta el ${formatDateTime(d.until)}` : ''}: un responsable aún puede retirar la salida.`,
    EXIT_WITHDRAWN: (d) => `Salida retirada: ${d.reason}`,
    MESSAGE_QUEUED: (d) => `${label('messageKind', d.kind)} en cola: «${d.subject}».`,
    MESSAGE_SENT: (d) => `${label('messageKind', d.kind)} enviado.`,
    MESSAGE_BOUNCED: (d) => `El servidor de correo rechazó el mensaje (${label('messageKind', d.kind).toLowerCase()}): ${d.reason}`,
    CLIENT_EMAIL_CORRECTED: () => 'Se corrigió el correo electrónico del cliente tras un envío rechazado.',
    CLIENT_CLOSED: (d) => `Cliente dado de baja con fecha ${formatDate(d.on)}.`,
    CASE_CLOSED: (d) => `${label('caseStatus', d.status)}: ${outcomeText(d.status, d.exitDate)}.`,
    WRITING_REREAD: (d) => `Releyó «${label('writingField', d.field)}» después de que la revisión de redacción señalara su tono (${d.toneFindings === 1 ? '1 aviso' : `${d.toneFindings} avisos`}).`,
    CRITERIA_REVIEW_STARTED: (d) => `Revisión de los criterios n.º ${d.review} iniciada${d.reason ? `: ${d.reason}` : ' (tocaba hacerla)'}.`,
    CRITERIA_REVIEW_COMPLETED: (d) => d.decision === 'ABANDONED' ? `La revisión de los criterios n.º ${d.review} quedó sin terminar: su proceso se canceló fuera de Exit Desk.` : `Revisión de los criterios n.º ${d.review}: ${d.decision === 'CHANGE' ? `ahora se abre un caso con ${d.threshold} incidencias en ${d.windowMonths} meses` : 'se mantienen los criterios'}.${d.dmnNote ? ` Nota para la tabla de decisión: «${d.dmnNote}»` : ''}`,
    STRIKE_POLICY_CHANGED: (d) => `De ${d.fromThreshold} incidencias en ${d.fromWindowMonths} meses a ${d.threshold} incidencias en ${d.windowMonths} meses, para las incidencias que se registren a partir de ahora: ${d.reason}`,
  },
};

const DECISIONS = {
  en: { REPAIR: 'repair with new terms', EXIT: 'exit' },
  es: { REPAIR: 'reconducir con nuevas condiciones', EXIT: 'salida' },
};

function decision(code) {
  return DECISIONS[language()]?.[code] ?? label('recommendation', code);
}

function task(elementId) {
  return taskName({ elementId, name: t('common.none') });
}

function groups(list) {
  return (list ?? []).map((g) => label('role', g)).join(', ');
}

function money(amount, currency = 'EUR') {
  return amount === undefined || amount === null ? t('common.none') : formatMoney(Number(amount), currency);
}

function percent(value) {
  return value === undefined || value === null ? null : `${new Intl.NumberFormat(language()).format(Number(value))} %`;
}

/** How a case ended, in words; an exit says its date. */
export function outcomeText(status, exitDate) {
  const words = label('outcome', status);
  return status === 'EXITED' && exitDate ? `${words} ${t('case.exitedOn')} ${formatDate(exitDate)}` : words;
}

const REASONS = {
  en: { strike: (n, of) => `Strike ${n} of ${of} reached: review opened`, abuse: 'Verbal abuse reported: fast track' },
  es: { strike: (n, of) => `Se alcanzó la incidencia ${n} de ${of}: se abre una revisión`, abuse: 'Maltrato verbal denunciado: vía rápida' },
};

/** Why a case was opened: the two reasons the system writes are worded per language; a person's own stays as written. */
export function reasonText(reason) {
  if (!reason) return t('common.none');
  const words = REASONS[language()] ?? REASONS.en;
  const strike = /^Strike (\d+) of (\d+) reached: review opened$/.exec(reason);
  if (strike) return words.strike(strike[1], strike[2]);
  if (reason === 'Verbal abuse reported: fast track') return words.abuse;
  return reason;
}

/** The sentence for a timeline entry. */
export function describe(entry) {
  const render = entry.details ? (say[language()] ?? say.en)[entry.type] : null;
  if (!render) return entry.summary;
  try {
    return render(entry.details) ?? entry.summary;
  } catch (error) {
    console.warn(`Timeline entry ${entry.type} could not be worded`, error);
    return entry.summary;
  }
}
