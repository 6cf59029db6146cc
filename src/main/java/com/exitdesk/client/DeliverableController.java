package com.exitdesk.client;

import static com.exitdesk.client.ClientController.SINGLE_LINE;

import com.exitdesk.shared.ConflictException;
import com.exitdesk.shared.CurrentUser;
import com.exitdesk.web.SaneDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The work we owe a client, kept by hand while no exit holds the list. */
@RestController
@RequestMapping("/api/clients/{id}/deliverables")
class DeliverableController {

  private final ClientDeliverables deliverables;
  private final ClientCases cases;

  DeliverableController(ClientDeliverables deliverables, ClientCases cases) {
    this.deliverables = deliverables;
    this.cases = cases;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  DeliverableView addDeliverable(
      @PathVariable long id, @Valid @RequestBody NewDeliverable request, CurrentUser user) {
    return DeliverableView.of(
        deliverables.addDeliverable(id, request.title().strip(), request.dueDate(), user.name()));
  }

  /** A new title or due date for a deliverable not delivered yet. */
  @PutMapping("/{deliverableId}")
  DeliverableView changeDeliverable(
      @PathVariable long id,
      @PathVariable long deliverableId,
      @Valid @RequestBody NewDeliverable request,
      CurrentUser user) {
    notInAnExit(id);
    return DeliverableView.of(
        deliverables.changeDeliverable(
            id, deliverableId, request.title().strip(), request.dueDate(), user.name()));
  }

  /** Takes a deliverable not delivered yet off the list. */
  @DeleteMapping("/{deliverableId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void removeDeliverable(
      @PathVariable long id, @PathVariable long deliverableId, CurrentUser user) {
    notInAnExit(id);
    deliverables.removeDeliverable(id, deliverableId, user.name());
  }

  /** Records a deliverable handed over outside an exit. */
  @PostMapping("/{deliverableId}/delivered")
  DeliverableView markDelivered(
      @PathVariable long id,
      @PathVariable long deliverableId,
      @Valid @RequestBody Delivery request,
      CurrentUser user) {
    notInAnExit(id);
    return DeliverableView.of(
        deliverables.markDelivered(
            id,
            deliverableId,
            request.deliveredOn(),
            ClientController.blankToNull(request.deliveryNotes()),
            user.name()));
  }

  /**
   * From the contract review's exit decision on, the case holds the list of deliverables owed and
   * finishes each through a task: changing or removing one under it would break that step.
   */
  private void notInAnExit(long clientId) {
    cases
        .caseHoldingDeliverablesOf(clientId)
        .ifPresent(
            caseId -> {
              throw new ConflictException(
                  "deliverables-held-by-exit",
                  "Case " + caseId + " is finishing this client's deliverables through its tasks");
            });
  }

  record NewDeliverable(
      @NotBlank @Size(max = 200) @Pattern(regexp = SINGLE_LINE, message = "must be a single line")
          String title,
      @NotNull @SaneDate LocalDate dueDate) {}

  /**
   * @param deliveredOn the day the client received it; not in the future
   * @param deliveryNotes what was handed over and how, optional
   */
  record Delivery(
      @NotNull @SaneDate LocalDate deliveredOn, @Size(max = 4000) String deliveryNotes) {}

  record DeliverableView(
      long id,
      String title,
      LocalDate dueDate,
      DeliverableStatus status,
      LocalDate deliveredOn,
      String deliveryNotes) {

    static DeliverableView of(Deliverable d) {
      return new DeliverableView(
          d.getId(),
          d.getTitle(),
          d.getDueDate(),
          d.getStatus(),
          d.getDeliveredOn(),
          d.getDeliveryNotes());
    }
  }
}
