package ee.hankevoog.dashboard;

import ee.hankevoog.deadline.Deadline;
import ee.hankevoog.process.ContractProcess.Var;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Finds the open Tasklist task behind a deadline, so the timeline can link to it. Only officers, auditors and
 * administrators reach the timeline (SecurityConfig), and each of them may read every task (RoleAuthorizations),
 * so the engine's authorization check would add nothing here; it would cost most of the timeline's time, though,
 * once thousands of open tasks carry authorizations of their own, since it joins them per task. The tasks are
 * therefore read without it, all in one engine command: a contract's open tasks share their process instances and
 * multi-instance executions, whose variables the command then reads once instead of once a task.
 */
@Component
public class OpenTaskLinks {

    private final TaskService tasks;
    private final IdentityService identity;
    private final ProcessEngineConfigurationImpl engine;
    private final String baseUrl;

    OpenTaskLinks(TaskService tasks, IdentityService identity, ProcessEngineConfigurationImpl engine,
            @Value("${hankevoog.base-url}") String baseUrl) {
        this.tasks = tasks;
        this.identity = identity;
        this.engine = engine;
        this.baseUrl = baseUrl;
    }

    public Links of(String contractNumber) {
        Authentication reader = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            List<OpenTask> open = engine.getCommandExecutorTxRequired().execute(command -> tasks.createTaskQuery()
                    .processInstanceBusinessKey(contractNumber).list().stream().map(this::open)
                    .flatMap(Optional::stream).toList());
            return new Links(open, baseUrl);
        } finally {
            if (reader != null) {
                identity.setAuthentication(reader);
            }
        }
    }

    /** Empty for a task completed since the query found it, read in a command of its own or in the query's. */
    Optional<OpenTask> open(Task task) {
        if (executionRemoved(task)) {
            // completed, or moved to its parent execution as a parallel branch beside it ended: a fresh command knows
            return engine.getCommandExecutorTxRequiresNew().execute(command -> Optional.ofNullable(
                    tasks.createTaskQuery().taskId(task.getId()).singleResult()).flatMap(this::open));
        }
        try {
            // the block or the trainer lives on the task's multi-instance execution, not on the task
            Map<String, Object> variables = tasks.getVariables(task.getId(),
                    List.of(Var.GROUP_CODE, Var.BLOCK_INDEX, Var.TRAINER_INDEX));
            String holder = task.getAssignee() != null ? task.getAssignee()
                    : tasks.getIdentityLinksForTask(task.getId()).stream()
                            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                            .map(link -> link.getUserId() != null ? link.getUserId() : link.getGroupId())
                            .distinct().sorted().collect(Collectors.joining(", "));
            Object item = variables.get(Var.BLOCK_INDEX) != null ? variables.get(Var.BLOCK_INDEX)
                    : variables.get(Var.TRAINER_INDEX);
            return Optional.of(new OpenTask(task.getId(), task.getTaskDefinitionKey(),
                    (String) variables.get(Var.GROUP_CODE), (Integer) item, task.getName(), task.getDueDate(),
                    task.getAssignee() != null, holder));
        } catch (NullValueException completedMeanwhile) {
            return Optional.empty();
        }
    }

    /**
     * In the command whose query found the task, the engine keeps the task it read; reading its variables after
     * another transaction removed its execution, the engine trips over the missing execution (a NullPointerException
     * that fails the whole command, and the page with it).
     */
    private static boolean executionRemoved(Task task) {
        CommandContext command = Context.getCommandContext();
        return command != null && task.getExecutionId() != null
                && command.getExecutionManager().findExecutionById(task.getExecutionId()) == null;
    }

    /**
     * An open task: its stored name, due date (if it has one), and who holds it (assignee, or the candidates).
     *
     * @param item the materials block or the trainer the task is about, as a deadline's item index
     */
    public record OpenTask(String id, String key, String group, Integer item, String name, Date due, boolean assigned,
            String holder) {
    }

    /** The open tasks of one contract. */
    public static final class Links {

        private final List<OpenTask> open;
        private final String baseUrl;

        private Links(List<OpenTask> open, String baseUrl) {
            this.open = open;
            this.baseUrl = baseUrl;
        }

        /** Every open task, those with a due date first, earliest first. */
        public List<OpenTask> all() {
            return open.stream().sorted(Comparator.comparing(OpenTask::due,
                    Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        }

        public String url(OpenTask task) {
            return baseUrl + "/camunda/app/tasklist/default/#/?task=" + task.id();
        }

        public Optional<String> taskUrl(Deadline deadline) {
            return open.stream()
                    .filter(task -> deadline.obligation().taskKeys().contains(task.key())
                            && Objects.equals(task.group(), deadline.group())
                            && (deadline.itemIndex() == null || deadline.itemIndex().equals(task.item())))
                    .findFirst()
                    .map(this::url);
        }
    }
}
