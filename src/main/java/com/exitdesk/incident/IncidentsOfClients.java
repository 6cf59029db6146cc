package com.exitdesk.incident;

import com.exitdesk.client.ClientIncidents;
import java.util.List;
import org.springframework.stereotype.Component;

/** Tells the client side about a client's incidents and strikes, in plain lines. */
@Component
class IncidentsOfClients implements ClientIncidents {

  private final IncidentService incidents;

  IncidentsOfClients(IncidentService incidents) {
    this.incidents = incidents;
  }

  @Override
  public Strikes strikesOf(long clientId) {
    IncidentService.StrikeCount count = incidents.countStrikes(clientId);
    return new Strikes(count.total(), count.financial(), count.ethical(), count.threshold());
  }

  @Override
  public List<IncidentLine> incidentsOf(long clientId) {
    return incidents.incidentsOf(clientId).stream()
        .map(
            i ->
                new IncidentLine(
                    i.getId(),
                    i.getCaseId(),
                    i.getArea().name(),
                    i.getSign().name(),
                    i.getSeverity().name(),
                    i.getOccurredOn()))
        .toList();
  }
}
