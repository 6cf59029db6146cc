package com.exitdesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.exitdesk.engine.CaseVariables;
import com.exitdesk.engine.FailedJobs;
import com.exitdesk.engine.ProcessVariables;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.annotation.VariablesAsType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

/**
 * The process variables the Java code and the models share are named in two places: a record
 * component on the Java side ({@link ProcessVariables} records written, {@code @Variable} and
 * {@code @VariablesAsType} read), a FEEL expression, a form field or a template on the other. A
 * rename on one side only breaks a case at run time, in a gateway or a blank form field; this test
 * breaks first. Every variable a record writes is read by the models, their forms, the task pages
 * of the UI or a worker (or is listed below as kept for the engine's history); every variable the
 * models or a worker read is written by a record, a form, the model itself or the engine.
 */
class ProcessVariablesInModelsTest {

  /**
   * Written for whoever reads a process instance's history in the engine (Operate), or for a rule
   * of the decision table to come; nothing in the application reads them, and the case's timeline
   * or the review's record has each of them too.
   */
  private static final Map<String, String> KEPT_FOR_THE_HISTORY =
      Map.ofEntries(
          Map.entry("reason", "why the case was opened"),
          Map.entry("startedBy", "who asked for a criteria review"),
          Map.entry("withdrawnBy", "who withdrew an exit"),
          Map.entry("withdrawalReason", "why an exit was withdrawn"),
          Map.entry("openReviewId", "the review that made a timer's review end at once"),
          Map.entry("checkInsHeld", "the check-ins held, beside the missed ones the model counts"),
          Map.entry("checkInsPlanned", "how many check-ins the probation holds"));

  /**
   * What the task pages add to a task's variables for the translated form texts (form-i18n.js): the
   * words and formatted values they show in place of codes.
   */
  private static final Set<String> ADDED_BY_THE_TASK_PAGES = Set.of("labels");

  /**
   * What the task pages read from the tasks of cases opened before the contract on file became one
   * variable ({@code contract}); such tasks keep the variables they were created with.
   */
  private static final Set<String> READ_FROM_EARLIER_TASKS =
      Set.of(
          "contractStartDate",
          "contractEndDate",
          "contractNoticePeriodDays",
          "contractEarlyTerminationFee",
          "contractMonthlyFee",
          "currency");

  /** Written by the engine's own code rather than a record: a retried job's stand-in. */
  private static final Set<String> WRITTEN_BY_THE_ENGINE_MODULE = Set.of(FailedJobs.RETRY_OF);

  private static final List<Class<?>> MAIN_CLASSES = mainClasses();

  @Test
  void everyVariableARecordWritesIsReadSomewhere() throws Exception {
    Map<String, String> written = writtenByRecords();
    Set<String> read = new TreeSet<>(ModelVariables.readByModels().keySet());
    read.addAll(ModelVariables.formFields());
    read.addAll(ModelVariables.readByTaskPages());
    read.addAll(readByWorkers().keySet());
    read.addAll(readByOtherModules());

    assertThat(written).as("variables the records write").hasSizeGreaterThan(50);
    assertThat(new TreeMap<>(written))
        .as(
            "variables written (by the record named) that no model, form, task page or worker"
                + " reads: rename them where they are read, or list them as kept for the history")
        .allSatisfy(
            (name, record) ->
                assertThat(read.contains(name) || KEPT_FOR_THE_HISTORY.containsKey(name))
                    .as("%s, written by %s", name, record)
                    .isTrue());
    assertThat(KEPT_FOR_THE_HISTORY.keySet())
        .as("kept for the history, yet read after all (take them off the list) or written by none")
        .allSatisfy(
            name -> {
              assertThat(read.contains(name)).as("%s is read", name).isFalse();
              assertThat(written.containsKey(name)).as("%s is written", name).isTrue();
            });
  }

  @Test
  void everyVariableTheModelsReadIsWrittenBySomeone() throws Exception {
    Set<String> written = writtenBySomeone();

    assertThat(ModelVariables.readByModels())
        .as("variables the models read (in the file named) that nobody writes")
        .allSatisfy(
            (name, where) -> assertThat(written).as("%s, read in %s", name, where).contains(name));
  }

  @Test
  void everyVariableTheTaskPagesReadIsWrittenBySomeone() throws Exception {
    Set<String> written = writtenBySomeone();
    written.addAll(READ_FROM_EARLIER_TASKS);

    assertThat(ModelVariables.readByTaskPages())
        .as("variables the task pages read that nobody writes")
        .hasSizeGreaterThan(10)
        .allSatisfy(name -> assertThat(written).as(name).contains(name));
    assertThat(READ_FROM_EARLIER_TASKS)
        .as("read from earlier tasks, yet written again (take them off the list)")
        .doesNotContainAnyElementsOf(writtenBySomeone());
  }

  @Test
  void everyVariableAWorkerReadsIsWrittenBySomeone() throws Exception {
    Set<String> written = writtenBySomeone();
    written.addAll(WRITTEN_BY_THE_ENGINE_MODULE);

    assertThat(readByWorkers())
        .as("variables a worker reads (in the method named) that nobody writes")
        .allSatisfy(
            (name, where) -> assertThat(written).as("%s, read by %s", name, where).contains(name));
  }

  /**
   * The evidence and the contract on file travel as one variable each, read by path: a path that
   * names no field of its record shows a blank, or gives the decision table a null.
   */
  @ParameterizedTest
  @CsvSource({
    "evidence, com.exitdesk.caseflow.Evidence",
    "contract, com.exitdesk.caseflow.EvidenceFound$ContractOnFile"
  })
  void everyFieldReadOfAnObjectVariableIsOneItHolds(String variable, String record)
      throws Exception {
    Map<String, String> read = ModelVariables.fieldsRead(variable);
    Set<String> held = variablesOf(Class.forName(record), record).keySet();

    assertThat(read).as("fields of %s read", variable).hasSizeGreaterThan(4);
    assertThat(read)
        .as("fields of %s read (in the file named) that %s does not hold", variable, record)
        .allSatisfy(
            (field, where) -> assertThat(held).as("%s in %s", field, where).contains(field));
  }

  @Test
  void theModulesThatReadTheCaseVariablesByNameReadTheOnesTheCaseStartsWith() throws Exception {
    Class<?> start = Class.forName("com.exitdesk.caseflow.CaseStart");
    assertThat(variablesOf(start, start.getSimpleName()).keySet())
        .containsAll(readByOtherModules());
  }

  // --- what the Java side writes and reads

  private static Map<String, String> writtenByRecords() {
    Map<String, String> written = new TreeMap<>();
    for (Class<?> record : variableRecords()) {
      written.putAll(variablesOf(record, record.getSimpleName()));
    }
    return written;
  }

  private static Set<Class<?>> variableRecords() {
    Set<Class<?>> records = new java.util.LinkedHashSet<>();
    for (Class<?> type : MAIN_CLASSES) {
      if (ProcessVariables.class.isAssignableFrom(type) && type.isRecord()) {
        records.add(type);
      }
    }
    assertThat(records).as("the ProcessVariables records").hasSizeGreaterThan(15);
    return records;
  }

  /** The variables a record sets: its components, and those of the records it unwraps. */
  private static Map<String, String> variablesOf(Class<?> record, String writer) {
    Map<String, String> variables = new TreeMap<>();
    for (RecordComponent component : record.getRecordComponents()) {
      // Jackson's annotations on a component land on its accessor.
      if (component.getAccessor().isAnnotationPresent(JsonUnwrapped.class)) {
        variables.putAll(variablesOf(component.getType(), writer));
      } else {
        variables.put(component.getName(), writer);
      }
    }
    return variables;
  }

  /** {@code @Variable} parameters and the components of {@code @VariablesAsType} records. */
  private static Map<String, String> readByWorkers() {
    Map<String, String> read = new TreeMap<>();
    for (Class<?> type : MAIN_CLASSES) {
      for (Method method : type.getDeclaredMethods()) {
        if (!method.isAnnotationPresent(JobWorker.class)) {
          continue;
        }
        String where = type.getSimpleName() + "." + method.getName();
        for (Parameter parameter : method.getParameters()) {
          Variable variable = parameter.getAnnotation(Variable.class);
          if (variable != null) {
            assertThat(parameter.isNamePresent()).as("compiled with -parameters").isTrue();
            String name =
                !variable.name().isEmpty()
                    ? variable.name()
                    : !variable.value().isEmpty() ? variable.value() : parameter.getName();
            read.put(name, where);
          }
          if (parameter.isAnnotationPresent(VariablesAsType.class)) {
            Arrays.stream(parameter.getType().getRecordComponents())
                .forEach(component -> read.put(component.getName(), where));
          }
        }
      }
    }
    assertThat(read).as("variables the workers read").hasSizeGreaterThan(30);
    return read;
  }

  /** The inbox and the engine's logs read the case's variables by these names. */
  private static Set<String> readByOtherModules() {
    return Set.of(CaseVariables.CASE_ID, CaseVariables.CLIENT_ID);
  }

  /** The application's classes, nested ones included. */
  private static List<Class<?>> mainClasses() {
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false) {
          @Override
          protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
            return true;
          }
        };
    scanner.addIncludeFilter((reader, factory) -> true);
    return scanner.findCandidateComponents("com.exitdesk").stream()
        .map(BeanDefinition::getBeanClassName)
        .<Class<?>>map(ProcessVariablesInModelsTest::load)
        .filter(type -> !isTestCode(type))
        .toList();
  }

  private static boolean isTestCode(Class<?> type) {
    return type.getProtectionDomain()
        .getCodeSource()
        .getLocation()
        .toString()
        .contains("test-classes");
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ProcessVariablesInModelsTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Everything that sets a variable: the records, the models, the task pages. */
  private static Set<String> writtenBySomeone() throws Exception {
    Set<String> written = new TreeSet<>(writtenByRecords().keySet());
    written.addAll(ModelVariables.writtenByModels());
    written.addAll(ADDED_BY_THE_TASK_PAGES);
    return written;
  }
}
