package com.exitdesk.incident;

/** The warning signs of a difficult client, each with the area it usually belongs to. */
public enum WarningSign {
  TAKES_MORE_TIME_THAN_WORTH(IncidentArea.FINANCIAL),
  REJECTS_RECOMMENDATIONS(IncidentArea.FINANCIAL),
  LITTLE_RESPECT(IncidentArea.ETHICAL),
  MINIMAL_COMMUNICATION(IncidentArea.FINANCIAL),
  NOT_PROGRESSING(IncidentArea.FINANCIAL),
  FATALISTIC_ATTITUDE(IncidentArea.ETHICAL),
  LOSING_MONEY(IncidentArea.FINANCIAL),
  ABUSIVE_DEMANDS(IncidentArea.ETHICAL),
  REPEATS_SAME_MISTAKE(IncidentArea.FINANCIAL),
  EXPECTATIONS_MISMATCH(IncidentArea.FINANCIAL),
  /** The exception to the benefit of the doubt: it opens a fast-track case at once. */
  VERBAL_ABUSE(IncidentArea.ETHICAL);

  private final IncidentArea usualArea;

  WarningSign(IncidentArea usualArea) {
    this.usualArea = usualArea;
  }

  public IncidentArea usualArea() {
    return usualArea;
  }

  public boolean isAbuse() {
    return this == VERBAL_ABUSE;
  }
}
