package ee.hankevoog.home;

import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.deadline.DeadlineBoard;
import ee.hankevoog.deadline.DeadlineBoard.DeadlineState;
import ee.hankevoog.deadline.DeadlineStatus;
import ee.hankevoog.process.ContractProcess;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * What a trainer has to do: the open tasks they may work on and the open deadlines of the contracts that name
 * them, and nothing of any other contract. The contracts come from the contract tables (who the contract names),
 * the tasks from the engine's own candidate and assignee lists, never from what a client sent.
 */
@Component
class TrainerDesk {

    private final ContractLookup contracts;
    private final DeadlineBoard board;
    private final TaskService tasks;
    private final EngineClock clock;

    TrainerDesk(ContractLookup contracts, DeadlineBoard board, TaskService tasks, EngineClock clock) {
        this.contracts = contracts;
        this.board = board;
        this.tasks = tasks;
        this.clock = clock;
    }

    Desk of(String user) {
        List<String> numbers = contracts.numbersOfTrainer(user);
        if (numbers.isEmpty()) {
            return new Desk(List.of(), List.of(), List.of());
        }
        // one query per contract, so that each task's contract is the business key its process was started with
        List<OpenTask> open = numbers.stream().flatMap(number -> tasks.createTaskQuery()
                        .processInstanceBusinessKey(number)
                        .or().taskCandidateUser(user).taskAssignee(user).endOr()
                        .list().stream()
                        .map(task -> new OpenTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), number,
                                clock.dayOf(task.getDueDate()), user.equals(task.getAssignee()),
                                ContractProcess.Task.SEND_MATERIALS.equals(task.getTaskDefinitionKey()))))
                .sorted(Comparator.comparing(OpenTask::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        LocalDate today = clock.today();
        List<Due> deadlines = numbers.stream().map(contracts::require)
                .flatMap(contract -> board.of(contract).stream()
                        .filter(state -> state.status() == DeadlineStatus.OPEN
                                || state.status() == DeadlineStatus.OVERDUE)
                        .map(state -> new Due(contract.number(), state, state.deadline().due().isBefore(today))))
                .sorted(Comparator.comparing(due -> due.state().deadline().due()))
                .toList();
        // once the dates are agreed, a group's days change only by a proposal an officer confirms
        List<Movable> movable = numbers.stream().map(contracts::require).filter(Contract::datesAgreed)
                .flatMap(contract -> contract.groups().stream().filter(group -> !group.isOver())
                        .map(group -> new Movable(contract.number(), group.code(), group.trainingDates())))
                .toList();
        return new Desk(open, deadlines, movable);
    }


    record Desk(List<OpenTask> tasks, List<Due> deadlines, List<Movable> groups) {
    }

    /** A running group whose days the trainer may propose to move. */
    record Movable(String contract, String group, List<LocalDate> days) {
    }

    record OpenTask(String id, String name, String key, String contract, LocalDate due, boolean mine,
            boolean takesUploads) {
    }

    record Due(String contract, DeadlineState state, boolean overdue) {
    }
}
