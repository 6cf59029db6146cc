package com.exitdesk.engine;

/**
 * A set of process variables a job result, a message or a process start hands to the engine: a
 * record whose components are the variables, so a variable's name is written once. The client's
 * {@code JsonMapper} (a copy of the application's Jackson mapper) turns it into the JSON the engine
 * stores: a null component is sent as null, which sets the variable to null; a component annotated
 * {@code @JsonInclude(NON_NULL)} is left out when null, which leaves the variable as it was; a
 * component annotated {@code @JsonUnwrapped} adds its record's variables (none when it is null).
 * Dates and durations travel as the ISO-8601 text the model's FEEL reads, so the records hold them
 * as text.
 *
 * <p>ProcessVariablesInModelsTest fails when a component names a variable no model, form or
 * documented Java reader uses.
 */
public interface ProcessVariables {}
