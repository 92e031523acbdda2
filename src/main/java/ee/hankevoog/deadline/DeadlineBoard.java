package ee.hankevoog.deadline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import ee.hankevoog.audit.TaskCompletion;
import ee.hankevoog.audit.TaskCompletionRepository;
import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.contract.Contract;
import ee.hankevoog.process.ContractProcess.Var;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Every deadline of a contract with its status today: done, open, overdue, or cancelled with its group. */
@Component
public class DeadlineBoard {

    private final DeadlineSchedule schedule;
    private final TaskCompletionRepository completions;
    private final EngineClock clock;
    private final ObjectMapper json;
    private final ObjectProvider<DeliveryEvidence> deliveries;

    DeadlineBoard(DeadlineSchedule schedule, TaskCompletionRepository completions, EngineClock clock,
            ObjectMapper json, ObjectProvider<DeliveryEvidence> deliveries) {
        this.schedule = schedule;
        this.completions = completions;
        this.clock = clock;
        this.json = json;
        this.deliveries = deliveries;
    }

    public List<DeadlineState> of(Contract contract) {
        // only the completions that can meet a deadline: the training days' and the other steps' are most of them
        List<TaskCompletion> done = completions.findByContractNumberAndTaskKeyInOrderByCompletedAt(contract.number(),
                Obligation.metByAny());
        LocalDate today = clock.today();
        DeliveryEvidence sent = deliveries.getIfAvailable();
        DeliveryEvidence.Delivered delivered = sent != null ? sent.of(contract) : null;
        return schedule.of(contract).stream()
                .map(deadline -> new DeadlineState(deadline, status(deadline, contract, done, delivered, today)))
                .toList();
    }

    private DeadlineStatus status(Deadline deadline, Contract contract, List<TaskCompletion> done,
            DeliveryEvidence.Delivered delivered, LocalDate today) {
        if (deadline.group() != null && contract.group(deadline.group()).isCancelled()) {
            return deadline.obligation() == Obligation.CANCELLATION_NOTICE ? DeadlineStatus.DONE
                    : DeadlineStatus.CANCELLED;
        }
        Optional<LocalDate> met = metOn(deadline, contract, done, delivered);
        if (met.isPresent()) {
            return met.get().isAfter(deadline.due()) ? DeadlineStatus.DONE_LATE : DeadlineStatus.DONE;
        }
        if (!today.isAfter(deadline.due())) {
            return DeadlineStatus.OPEN;
        }
        return deadline.obligation().isRight() ? DeadlineStatus.RIGHT_EXPIRED : DeadlineStatus.OVERDUE;
    }

    private Optional<LocalDate> metOn(Deadline deadline, Contract contract, List<TaskCompletion> done,
            DeliveryEvidence.Delivered delivered) {
        // the dates are agreed when an officer confirmed them, in a task or at registration
        if (deadline.obligation() == Obligation.DATE_AGREEMENT) {
            return Optional.ofNullable(contract.datesAgreedOn());
        }
        if (deadline.obligation() == Obligation.MATERIALS && delivered != null) {
            return delivered.on(deadline);
        }
        return done.stream().filter(completion -> meets(completion, deadline)).findFirst()
                .map(completion -> completion.completedAt().toLocalDate());
    }

    private boolean meets(TaskCompletion completion, Deadline deadline) {
        Obligation obligation = deadline.obligation();
        return obligation.metBy().contains(completion.taskKey())
                && Objects.equals(completion.groupCode(), deadline.group())
                && (deadline.itemIndex() == null || Objects.equals(completion.itemIndex(), deadline.itemIndex())
                        // a contract of the former model confirmed every trainer's profile in one task
                        || obligation == Obligation.JUHAN_PROFILE && completion.itemIndex() == null)
                && (obligation != Obligation.HANDOVER_ACT || accepted(completion));
    }

    private boolean accepted(TaskCompletion completion) {
        try {
            return json.readTree(completion.details()).path(Var.HANDOVER_ACCEPTED).asBoolean(false);
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    public record DeadlineState(Deadline deadline, DeadlineStatus status) {
    }
}
