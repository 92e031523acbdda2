package ee.hankevoog.contract;

import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.process.ContractProcess;
import ee.hankevoog.process.ContractProcess.Var;
import ee.hankevoog.security.ServerSide;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces or adds a contract's trainers while it runs. In the same transaction: a trainer who leaves loses the
 * contract's open tasks (and with them its documents and calendar feed, which follow the current trainers), those
 * tasks are offered to the trainers who train now, each trainer who joins gets a task to confirm their JUHAN
 * profile once the dates are agreed (before, the profile tasks are still to come for everyone), and the change is
 * recorded and e-mailed as an amendment.
 */
@Component
public class TrainerChange {


    private final ContractLookup lookup;
    private final ContractRepository contracts;
    private final TrainerAccounts accounts;
    private final EngineClock clock;
    private final TaskService tasks;
    private final AuthorizationService authorizations;
    private final RuntimeService runtime;
    private final ServerSide serverSide;
    private final ApplicationEventPublisher events;

    TrainerChange(ContractLookup lookup, ContractRepository contracts, TrainerAccounts accounts, EngineClock clock,
            TaskService tasks, AuthorizationService authorizations, RuntimeService runtime, ServerSide serverSide,
            ApplicationEventPublisher events) {
        this.authorizations = authorizations;
        this.lookup = lookup;
        this.contracts = contracts;
        this.accounts = accounts;
        this.clock = clock;
        this.tasks = tasks;
        this.runtime = runtime;
        this.serverSide = serverSide;
        this.events = events;
    }

    @Transactional
    public Contract change(String number, List<Trainer> named, String reason, String by) {
        lookup.lock(number);
        Contract contract = lookup.require(number);
        List<Trainer> current = accounts.link(named);
        String before = names(contract.trainers());
        Set<String> usersBefore = new HashSet<>(contract.trainerUsers());
        List<Integer> joined = contract.changeTrainers(current, clock.today());
        Contract saved = contracts.save(contract);
        events.publishEvent(new ContractAmended(number, null, "trainers", before, names(saved.trainers()), reason,
                null, by, saved.revision()));
        serverSide.run(() -> {
            moveOpenTasks(number, usersBefore, saved.trainerUsers());
            if (saved.datesAgreed()) {
                joined.forEach(index -> runtime.createMessageCorrelation(ContractProcess.TRAINER_JOINED)
                        .processInstanceBusinessKey(number)
                        // transient: the joining trainer's task keeps it as its own trainerIndex, nothing else sees it
                        .setVariable(Var.JOINING_TRAINER, Variables.integerValue(index, true))
                        .correlateWithResult());
            }
        });
        return saved;
    }

    /**
     * A task offered to every trainer is offered to the trainers who train now; a trainer who left loses the tasks
     * offered to them and those they had claimed, which go to the trainers who train now. A trainer's own task of
     * one who stays, and officers' tasks, stay as they are.
     */
    private void moveOpenTasks(String number, Set<String> usersBefore, List<String> usersNow) {
        Set<String> left = new HashSet<>(usersBefore);
        usersNow.forEach(left::remove);
        for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(number).list()) {
            Set<String> offered = tasks.getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                    .map(IdentityLink::getUserId).filter(Objects::nonNull).collect(Collectors.toSet());
            // a trainer's own task (it names its trainer) moves only when that trainer left
            boolean own = tasks.getVariable(task.getId(), Var.TRAINER_INDEX) != null;
            boolean everyTrainers = !own && !usersBefore.isEmpty() && offered.containsAll(usersBefore);
            if (!everyTrainers && offered.stream().noneMatch(left::contains)) {
                continue;
            }
            offered.stream().filter(left::contains).forEach(user -> tasks.deleteCandidateUser(task.getId(), user));
            usersNow.stream().filter(user -> !offered.contains(user))
                    .forEach(user -> tasks.addCandidateUser(task.getId(), user));
            if (task.getAssignee() != null && left.contains(task.getAssignee())) {
                tasks.setAssignee(task.getId(), null);
            }
            // the engine granted each candidate and assignee the task itself; a leaver's grants go with them
            for (String user : left) {
                authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task.getId())
                        .userIdIn(user).list().forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
            }
        }
    }

    private static String names(List<Trainer> trainers) {
        return trainers.stream().map(trainer -> trainer.name() + " <" + trainer.email() + ">")
                .collect(Collectors.joining(", "));
    }
}
