package ee.hankevoog.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import ee.hankevoog.process.ContractProcess.Task;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The deadline board and Tasklist agree: every task that meets or prepares a board obligation carries a due date
 * from the same schedule ({@code ${deadlines.…}}), so that Tasklist shows the date the board shows.
 */
class ObligationTaskDueDatesTest {

    /** Tasks that prepare an obligation another task completes; they are due by the same date. */
    private static final List<String> PREPARING = List.of(Task.PREPARE_HANDOVER_ACT, Task.DELETE_DIGITAL_MATERIAL);

    static Stream<String> obligationTasks() {
        return Stream.concat(Stream.of(Obligation.values()).map(Obligation::taskKey).filter(Objects::nonNull), PREPARING.stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("obligationTasks")
    void carriesItsDueDateFromTheDeadlineSchedule(String taskKey) throws IOException {
        UserTask task = userTasks().get(taskKey);

        assertThat(task).as(taskKey + " in bpmn/").isNotNull();
        assertThat(task.getCamundaDueDate()).as(taskKey).startsWith("${deadlines.").endsWith("}");
    }

    private static Map<String, UserTask> userTasks() throws IOException {
        Map<String, UserTask> tasks = new HashMap<>();
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            files.filter(file -> file.toString().endsWith(".bpmn")).forEach(file -> Bpmn.readModelFromFile(
                    file.toFile()).getModelElementsByType(UserTask.class).forEach(t -> tasks.put(t.getId(), t)));
        }
        return tasks;
    }
}
