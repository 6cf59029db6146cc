package com.exitdesk.inbox;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A user task of the process, held for people to work on. Backed by an activated job.
 *
 * <p>Longer than 300 lines because it is one table row of 26 columns with their accessors: the job
 * and where it stands in the process, who may and who did work on it, and the delivery of the
 * submission to the engine. The inbox moves that delivery through the methods here (start,
 * completed, not taken, refused, sent now), so no other class sets one of its columns by hand.
 */
@Entity
@Table(name = "inbox_tasks")
public class InboxTask {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "job_key", nullable = false, unique = true)
  private Long jobKey;

  @Column(name = "case_id")
  private Long caseId;

  @Column(name = "client_id")
  private Long clientId;

  @Column(name = "process_instance_key", nullable = false)
  private Long processInstanceKey;

  @Column(name = "element_id", nullable = false)
  private String elementId;

  @Column(name = "element_instance_key", nullable = false)
  private Long elementInstanceKey;

  @Column(nullable = false)
  private String name;

  @Column(name = "form_id")
  private String formId;

  private String assignee;

  /** Comma-separated, as the engine's header lists them. */
  @Column(name = "candidate_groups", nullable = false)
  private String candidateGroups;

  /** The same groups as rows, for the inbox query; written with the task, never read back. */
  @ElementCollection
  @CollectionTable(
      name = "inbox_task_candidate_groups",
      joinColumns = @JoinColumn(name = "task_id"))
  @Column(name = "group_name")
  private Set<String> candidateGroupRows = new HashSet<>();

  @Column(name = "variables_json", nullable = false)
  private String variablesJson;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private InboxTaskStatus status = InboxTaskStatus.OPEN;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(name = "completed_by")
  private String completedBy;

  @Column(name = "completed_at")
  private Instant completedAt;

  /**
   * The process step (element instance) that recorded this task's outcome in the case. Written only
   * by {@link InboxTaskRepository#takeForStep}, never with the entity, so that the step and the
   * inbox's own completion do not overwrite each other.
   */
  @Column(name = "recorded_by_step", insertable = false, updatable = false)
  private Long recordedByStep;

  /**
   * What the person submitted: re-sent while the engine has not confirmed it (see V21), then kept
   * so a completed task reads back as it was filled in.
   */
  @Column(name = "completion_json")
  private String completionJson;

  /** Sends of the completion to the engine so far (see V58 and CompletionDispatcher). */
  @Column(name = "completion_attempts", nullable = false)
  private int completionAttempts;

  /** When the dispatcher may send the completion (again); during a send, when its claim ends. */
  @Column(name = "completion_next_attempt_at")
  private Instant completionNextAttemptAt;

  @Column(name = "completion_sending", nullable = false)
  private boolean completionSending;

  @Column(name = "completion_in_doubt", nullable = false)
  private boolean completionInDoubt;

  @Column(name = "completion_error")
  private String completionError;

  /** Why the engine refused the submission ({@code process-moved-on}); null unless it did. */
  @Column(name = "completion_refusal")
  private String completionRefusal;

  @Version private long version;

  protected InboxTask() {}

  InboxTask(
      long jobKey,
      Long caseId,
      Long clientId,
      long processInstanceKey,
      String elementId,
      long elementInstanceKey,
      String name,
      String formId,
      String assignee,
      List<String> candidateGroups,
      String variablesJson,
      Instant createdAt,
      Instant dueAt) {
    this.jobKey = jobKey;
    this.caseId = caseId;
    this.clientId = clientId;
    this.processInstanceKey = processInstanceKey;
    this.elementId = elementId;
    this.elementInstanceKey = elementInstanceKey;
    this.name = name;
    this.formId = formId;
    this.assignee = assignee;
    this.candidateGroups = String.join(",", candidateGroups);
    this.candidateGroupRows.addAll(candidateGroups);
    this.variablesJson = variablesJson;
    this.createdAt = createdAt;
    this.dueAt = dueAt;
  }

  void claim(String user) {
    this.assignee = user;
  }

  void release() {
    this.assignee = null;
  }

  /**
   * @param at when the person submitted; replaced by the engine's confirmation time
   * @param completion the submitted variables, as JSON, until the engine confirms them
   */
  void startCompleting(String user, Instant at, String completion) {
    this.status = InboxTaskStatus.COMPLETING;
    this.completedBy = user;
    this.completedAt = at;
    this.completionJson = completion;
    this.completionAttempts = 0;
    this.completionNextAttemptAt = at;
    this.completionSending = false;
    this.completionInDoubt = false;
    this.completionError = null;
    this.completionRefusal = null;
  }

  /** The engine has the completion. */
  void completed(Instant at) {
    this.status = InboxTaskStatus.COMPLETED;
    this.completedAt = at;
    this.completionSending = false;
    this.completionNextAttemptAt = null;
    this.completionError = null;
  }

  /** The engine did not take this send; the dispatcher tries again at {@code next}. */
  void completionNotTaken(Instant next, boolean mayHaveReachedEngine, String error) {
    this.completionSending = false;
    this.completionInDoubt = completionInDoubt || mayHaveReachedEngine;
    this.completionNextAttemptAt = next;
    this.completionError = error;
  }

  /** The engine no longer had the task when the submission reached it: the submission is void. */
  void completionRefused(Instant at, String why) {
    this.status = InboxTaskStatus.CANCELED;
    this.completedAt = at;
    this.completionSending = false;
    this.completionNextAttemptAt = null;
    this.completionRefusal = why;
  }

  /** An operator asks for the next send now instead of at its back-off time. */
  void sendCompletionNow(Instant now) {
    if (!completionSending) {
      this.completionNextAttemptAt = now;
    }
  }

  String getCompletionJson() {
    return completionJson;
  }

  void cancel(Instant at) {
    this.status = InboxTaskStatus.CANCELED;
    this.completedAt = at;
  }

  public boolean isOpen() {
    return status == InboxTaskStatus.OPEN;
  }

  public Long getId() {
    return id;
  }

  public Long getJobKey() {
    return jobKey;
  }

  public Long getCaseId() {
    return caseId;
  }

  public Long getClientId() {
    return clientId;
  }

  public Long getProcessInstanceKey() {
    return processInstanceKey;
  }

  public String getElementId() {
    return elementId;
  }

  public Long getElementInstanceKey() {
    return elementInstanceKey;
  }

  public String getName() {
    return name;
  }

  public String getFormId() {
    return formId;
  }

  public String getAssignee() {
    return assignee;
  }

  public List<String> getCandidateGroups() {
    return candidateGroups.isEmpty() ? List.of() : Arrays.asList(candidateGroups.split(","));
  }

  public String getVariablesJson() {
    return variablesJson;
  }

  public InboxTaskStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getDueAt() {
    return dueAt;
  }

  public String getCompletedBy() {
    return completedBy;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public int getCompletionAttempts() {
    return completionAttempts;
  }

  public Instant getCompletionNextAttemptAt() {
    return completionNextAttemptAt;
  }

  boolean isCompletionSending() {
    return completionSending;
  }

  public boolean isCompletionInDoubt() {
    return completionInDoubt;
  }

  /** Why the last send of the completion did not reach the engine; null once it did. */
  public String getCompletionError() {
    return completionError;
  }

  public String getCompletionRefusal() {
    return completionRefusal;
  }

  Long getRecordedByStep() {
    return recordedByStep;
  }
}
