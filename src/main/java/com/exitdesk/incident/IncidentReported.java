package com.exitdesk.incident;

/**
 * An incident was logged. Published inside the transaction that records it, to listeners that run
 * at once in that transaction: the case side adds it to the client's open case ({@link
 * IncidentService#addToCase}) and hands it to the case's process. A listener that fails rolls the
 * incident back, so an engine fault leaves no half-delivered incident.
 */
public record IncidentReported(Incident incident, String reporter) {}
