package com.exitdesk.inbox;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.exitdesk.client.ClientService;
import com.exitdesk.shared.ConflictException;
import com.exitdesk.shared.CurrentUser;
import com.exitdesk.shared.ForbiddenException;
import com.exitdesk.shared.InvalidInputException;
import com.exitdesk.web.WebSliceConfiguration;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(InboxController.class)
@Import(WebSliceConfiguration.class)
class InboxControllerTest {

  @Autowired MockMvc mvc;
  @Autowired ObjectMapper json;
  @MockitoBean InboxService inbox;
  @MockitoBean TaskActions taskActions;
  @MockitoBean ClientService clients;

  @Test
  void listsMyTasksWithTheirClient() throws Exception {
    InboxTask task = task();
    ReflectionTestUtils.setField(task, "clientId", 3L);
    given(inbox.openTasksFor(any(CurrentUser.class), eq(0L), eq(50)))
        .willReturn(new InboxService.InboxPage(List.of(task), false, Map.of(3L, "Acme")));

    mvc.perform(get("/api/tasks").with(httpBasic("olivia", "olivia")))
        .andExpect(status().isOk())
        .andExpect(header().doesNotExist("Link"))
        .andExpect(jsonPath("$[0].elementId").value("task_review_contract"))
        .andExpect(jsonPath("$[0].clientName").value("Acme"))
        .andExpect(jsonPath("$[0].candidateGroups[0]").value("OPS"))
        .andExpect(jsonPath("$[0].status").value("OPEN"));
  }

  @Test
  void pointsAtTheNextPageWhenThereIsOne() throws Exception {
    given(inbox.openTasksFor(any(CurrentUser.class), eq(20L), eq(10)))
        .willReturn(new InboxService.InboxPage(List.of(task()), true, Map.of()));

    mvc.perform(get("/api/tasks?offset=20&limit=10").with(httpBasic("olivia", "olivia")))
        .andExpect(status().isOk())
        .andExpect(header().string("Link", "</api/tasks?offset=30&limit=10>; rel=\"next\""));
  }

  @Test
  void refusesPagesOutsideTheBounds() throws Exception {
    for (String query : List.of("offset=-1", "limit=0", "limit=201", "limit=ten")) {
      String field = query.substring(0, query.indexOf('='));
      mvc.perform(get("/api/tasks?" + query).with(httpBasic("olivia", "olivia")))
          .andExpect(status().isBadRequest())
          .andExpect(jsonPath("$.errors[0].field").value(field));
    }
  }

  @Test
  void showsATaskWithItsFormAndVariables() throws Exception {
    given(taskActions.details(eq(7L), any()))
        .willReturn(
            new TaskActions.TaskDetails(
                task(),
                json.readTree("{\"id\":\"form_review_contract\"}"),
                Map.of("strikes", 3),
                null,
                "own-exit",
                java.time.LocalDate.parse("2026-11-24")));

    mvc.perform(get("/api/tasks/7").with(httpBasic("olivia", "olivia")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.form.id").value("form_review_contract"))
        .andExpect(jsonPath("$.variables.strikes").value(3))
        .andExpect(jsonPath("$.task.blockedReason").value("own-exit"))
        .andExpect(jsonPath("$.today").value("2026-11-24"));
  }

  @Test
  void mapsTheInboxOutcomesToStatusCodes() throws Exception {
    given(taskActions.complete(eq(1L), any(), anyMap(), any()))
        .willThrow(new InvalidInputException("justification", "is required"));
    given(taskActions.complete(eq(2L), any(), anyMap(), any()))
        .willThrow(new ConflictException("Task 2 was already completed by omar"));
    given(taskActions.complete(eq(3L), any(), anyMap(), any()))
        .willThrow(new ForbiddenException("Task 3 is for MANAGER"));
    String body = "{\"variables\":{}}";

    mvc.perform(
            post("/api/tasks/1/complete")
                .with(httpBasic("olivia", "olivia"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("justification"));
    mvc.perform(
            post("/api/tasks/2/complete")
                .with(httpBasic("olivia", "olivia"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isConflict());
    mvc.perform(
            post("/api/tasks/3/complete")
                .with(httpBasic("olivia", "olivia"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/tasks/1/complete")
                .with(httpBasic("olivia", "olivia"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("variables"));
  }

  @Test
  void aCompletionAnswersWithTheRecordedTaskAndItsClient() throws Exception {
    InboxTask recorded = task();
    ReflectionTestUtils.setField(recorded, "clientId", 3L);
    given(clients.nameOf(3L)).willReturn(Optional.of("Acme"));
    given(taskActions.complete(eq(7L), any(), anyMap(), any()))
        .willAnswer(call -> call.<Function<InboxTask, ?>>getArgument(3).apply(recorded));

    mvc.perform(
            post("/api/tasks/7/complete")
                .with(httpBasic("olivia", "olivia"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"variables\":{}}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.id").value(7))
        .andExpect(jsonPath("$.clientName").value("Acme"));
  }

  @Test
  void claimAndReleaseAnswerWithTheTask() throws Exception {
    given(taskActions.claim(anyLong(), any())).willReturn(task());
    given(taskActions.release(anyLong(), any())).willReturn(task());

    mvc.perform(post("/api/tasks/7/claim").with(httpBasic("olivia", "olivia")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.elementId").value("task_review_contract"));
    mvc.perform(post("/api/tasks/7/unclaim").with(httpBasic("olivia", "olivia")))
        .andExpect(status().isOk());
  }

  @Test
  void anonymousCallersAreRefused() throws Exception {
    mvc.perform(get("/api/tasks")).andExpect(status().isUnauthorized());
  }

  private static InboxTask task() {
    InboxTask entity =
        new InboxTask(
            1L,
            5L,
            null,
            10L,
            "task_review_contract",
            11L,
            "Review the contract",
            "form_review_contract",
            null,
            List.of("OPS"),
            "{}",
            Instant.parse("2026-11-20T10:00:00Z"),
            null);
    ReflectionTestUtils.setField(entity, "id", 7L);
    return entity;
  }
}
