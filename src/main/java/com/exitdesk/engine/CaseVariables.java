package com.exitdesk.engine;

/**
 * The variables every case's process starts with, for the modules that read them without knowing
 * the case (the engine's logs, the inbox's tasks). The case module's start record declares them;
 * ProcessVariablesInModelsTest keeps the two the same.
 */
public final class CaseVariables {

  /** The case the process works on. */
  public static final String CASE_ID = "caseId";

  /** The client of that case. */
  public static final String CLIENT_ID = "clientId";

  private CaseVariables() {}
}
