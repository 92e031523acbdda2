package ee.hankevoog.taskform;

import ee.hankevoog.process.EngineExtensions;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.variable.mapping.InputParameter;
import org.camunda.bpm.engine.impl.core.variable.mapping.IoMapping;
import org.camunda.bpm.engine.impl.core.variable.mapping.IoParameter;
import org.camunda.bpm.engine.impl.core.variable.mapping.value.NullValueProvider;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * A task form's fields are variables of the task's own scope, so that what one task's form says never shows in
 * another's nor outlives the task: the models declare each field as an empty input parameter of its task. Created
 * as the task starts, those empty variables were about a tenth of a contract's database statements (each inserted,
 * filled, deleted, and its history row inserted, read and rewritten). The engine declares them here as the task's
 * completion begins instead, just before the form's values are written into them: created, filled and removed in
 * that one command, they leave their history row and nothing else. The same variables exist at the same moments
 * for every listener and mapping; only before the completion does the task's scope not hold them yet, and a field
 * that the model copies out to its process keeps its empty variable from the task's start, so that its form never
 * shows the copy an earlier round left. Any other name a completion gives is declared on the task's scope as well:
 * what a process needs of a task, its model copies out, and nothing a completion gives settles on the process.
 */
@Component
class FormFieldsDeclaredAtCompletion extends AbstractProcessEnginePlugin {

    /** The activity's property naming the fields declared at completion. */
    static final String DEFERRED = FormFieldsDeclaredAtCompletion.class.getName() + ".deferred";

    /** The writes outside a completion, with the field that says whether they write the task's own variables. */
    private static final Map<Class<?>, Field> LOCAL = Map.of(
            SetTaskVariablesCmd.class, field(SetTaskVariablesCmd.class, "isLocal"),
            PatchTaskVariablesCmd.class, field(PatchTaskVariablesCmd.class, "isLocal"));

    /** The completions, with the field that holds the values they write. */
    private static final Map<Class<?>, Field> VALUES = Map.of(
            CompleteTaskCmd.class, field(CompleteTaskCmd.class, "variables"),
            SubmitTaskFormCmd.class, field(SubmitTaskFormCmd.class, "properties"));

    /**
     * The engine's commands that write a task's values up its scopes, with the field that holds the task's id: found
     * at start-up, or it fails there. A completion of a delegated task ({@code ResolveTaskCmd}) is a
     * {@code CompleteTaskCmd}; writing a task's values outside a completion (the REST API's task variables, for
     * administrators) declares the fields too, as the task's start did.
     */
    private static final Map<Class<?>, Field> TASK_ID = Map.of(
            CompleteTaskCmd.class, field(CompleteTaskCmd.class, "taskId"),
            SubmitTaskFormCmd.class, field(SubmitTaskFormCmd.class, "taskId"),
            SetTaskVariablesCmd.class, field(SetTaskVariablesCmd.class, "entityId"),
            PatchTaskVariablesCmd.class, field(PatchTaskVariablesCmd.class, "entityId"));

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        BpmnParseListener defersFields = new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity process) {
                deferFormFields(process);
            }
        };
        configuration.setCustomPostBPMNParseListeners(
                EngineExtensions.appended(configuration.getCustomPostBPMNParseListeners(), defersFields));
        configuration.setCustomPostCommandInterceptorsTxRequired(EngineExtensions.appended(
                configuration.getCustomPostCommandInterceptorsTxRequired(), new DeclareBeforeCompletion()));
    }

    /** Moves each task's empty form-field inputs from its start to its completion, but those copied out. */
    static void deferFormFields(ProcessDefinitionEntity process) {
        List<ActivityImpl> activities = activities(process.getActivities()).toList();
        Set<String> copiedOut = new HashSet<>();
        for (ActivityImpl activity : activities) {
            if (activity.getIoMapping() != null && activity.getIoMapping().getOutputParameters() != null) {
                activity.getIoMapping().getOutputParameters().stream().map(IoParameter::getName)
                        .forEach(copiedOut::add);
            }
        }
        for (ActivityImpl activity : activities) {
            IoMapping mapping = activity.getIoMapping();
            if (mapping == null || mapping.getInputParameters() == null) {
                continue;
            }
            Set<String> fields = new HashSet<>();
            TaskForms.of(activity.getId()).forEach(field -> fields.add(field.key()));
            List<String> deferred = new ArrayList<>();
            for (InputParameter input : List.copyOf(mapping.getInputParameters())) {
                if (input.getValueProvider() instanceof NullValueProvider && fields.contains(input.getName())
                        && !copiedOut.contains(input.getName())) {
                    mapping.getInputParameters().remove(input);
                    deferred.add(input.getName());
                }
            }
            if (!deferred.isEmpty()) {
                activity.setProperty(DEFERRED, List.copyOf(deferred));
            }
        }
    }

    private static Stream<ActivityImpl> activities(List<ActivityImpl> scope) {
        return scope.stream().flatMap(activity -> Stream.concat(Stream.of(activity),
                activities(activity.getActivities())));
    }

    /** Inside the completion's command and transaction, before the command writes the form's values. */
    private static final class DeclareBeforeCompletion extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            // a write to the task's own variables (setVariablesLocal) stays on the task: nothing to declare for it
            TASK_ID.entrySet().stream().filter(writer -> writer.getKey().isInstance(command)).findFirst()
                    .filter(writer -> !writesTaskLocal(command))
                    .ifPresent(writer -> declare((String) read(writer.getValue(), command), submitted(command)));
            return next.execute(command);
        }

        private static boolean writesTaskLocal(Object command) {
            return LOCAL.entrySet().stream().anyMatch(local -> local.getKey().isInstance(command)
                    && Boolean.TRUE.equals(read(local.getValue(), command)));
        }

        /**
         * What a completion writes, every name of it: a name that is not one of the task's fields stays on the
         * task's scope too, and goes with it, instead of settling on the process where a later task's form would
         * show it (what a process needs of a task, its model copies out). A transient value is stored nowhere.
         */
        @SuppressWarnings("unchecked")
        private static Set<String> submitted(Object command) {
            Map<String, Object> values = VALUES.entrySet().stream().filter(field -> field.getKey().isInstance(command))
                    .findFirst().map(field -> (Map<String, Object>) read(field.getValue(), command)).orElse(null);
            if (values == null) {
                return Set.of();
            }
            Set<String> names = new HashSet<>();
            for (String name : values.keySet()) {
                // a variable map gives its values unwrapped; only the typed value says whether it is transient
                Object value = values instanceof VariableMap typedValues ? typedValues.getValueTyped(name)
                        : values.get(name);
                if (!(value instanceof TypedValue typed && typed.isTransient())) {
                    names.add(name);
                }
            }
            return names;
        }

        /** An unknown task, or one without a process, is left to the command to refuse or complete. */
        @SuppressWarnings("unchecked")
        private static void declare(String taskId, Set<String> submitted) {
            TaskEntity task = taskId == null ? null
                    : Context.getCommandContext().getTaskManager().findTaskById(taskId);
            ExecutionEntity execution = task == null ? null : task.getExecution();
            if (execution == null || execution.getActivity() == null) {
                return;
            }
            Set<String> declared = new HashSet<>(submitted);
            Object deferred = execution.getActivity().getProperty(DEFERRED);
            if (deferred != null) {
                declared.addAll((List<String>) deferred);
            }
            for (String name : declared) {
                if (!execution.hasVariableLocal(name)) {
                    execution.setVariableLocal(name, null);
                }
            }
        }
    }

    private static Field field(Class<?> command, String name) {
        for (Class<?> type = command; type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                // declared higher up
            }
        }
        throw new IllegalStateException(command.getName() + " no longer has a field " + name + ": "
                + FormFieldsDeclaredAtCompletion.class.getSimpleName() + " must find the task another way");
    }

    private static Object read(Field field, Object command) {
        try {
            return field.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
