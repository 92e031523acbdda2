package ee.hankevoog.participant;

import ee.hankevoog.process.ContractProcess.Task;
import ee.hankevoog.security.ServerSide;
import java.time.LocalDate;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * The open task of a training day shows the day's attendance record as it stands: counts only, since the engine's
 * history keeps task variables longer than the retention of people's names.
 */
@Component
class DayTaskShowsRecord {

    static final String RECORD = "attendanceRecord";
    static final String PAGE = "attendancePage";

    private final TaskService tasks;
    private final ServerSide serverSide;

    DayTaskShowsRecord(TaskService tasks, ServerSide serverSide) {
        this.tasks = tasks;
        this.serverSide = serverSide;
    }

    void show(String number, String groupCode, LocalDate day, long present, long onRoster, long signed) {
        String page = AttendancePage.path(number, groupCode, day);
        String record = summary(present, onRoster, signed);
        // an officer who records the day is no candidate of the trainer's task: the record is checked already
        serverSide.run(() -> tasks.createTaskQuery().processInstanceBusinessKey(number)
                .taskDefinitionKey(Task.RECORD_TRAINING_DAY).list().stream()
                .filter(task -> page.equals(tasks.getVariable(task.getId(), PAGE)))
                .forEach(task -> tasks.setVariableLocal(task.getId(), RECORD, record)));
    }

    static String summary(long present, long onRoster, long signed) {
        return present + " / " + onRoster + " kohal, " + signed + " allkirjastanud konfidentsiaalsuskokkuleppe / "
                + present + " of " + onRoster + " present, " + signed + " signed the confidentiality agreement";
    }
}
