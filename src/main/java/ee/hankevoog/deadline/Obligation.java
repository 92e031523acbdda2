package ee.hankevoog.deadline;

import ee.hankevoog.process.ContractProcess.Task;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The contract's obligations that have a deadline, and the task whose completion meets each. */
public enum Obligation {
    DATE_AGREEMENT(Task.CONFIRM_TRAINING_DATES),
    PRE_MEETING(Task.HOLD_PRE_MEETING),
    JUHAN_PROFILE(Task.CONFIRM_JUHAN_PROFILE),
    CANCELLATION_NOTICE(null),
    MATERIALS(Task.SEND_MATERIALS),
    HANDOVER_ACT(Task.ACCEPT_HANDOVER_ACT),
    FEEDBACK(Task.COLLECT_FEEDBACK),
    DIGITAL_MATERIAL_DELETION(Task.CONFIRM_DELETION);

    private final String taskKey;

    Obligation(String taskKey) {
        this.taskKey = taskKey;
    }

    /** The task whose completion meets the obligation; none for a right, which is used or lets pass. */
    public String taskKey() {
        return taskKey;
    }

    /** The tasks whose completion meets it: a trainer who joins a running contract confirms their own profile. */
    public List<String> metBy() {
        return this == JUHAN_PROFILE ? List.of(taskKey, Task.CONFIRM_JOINING_TRAINER_PROFILE)
                : taskKey == null ? List.of() : List.of(taskKey);
    }

    private static final Set<String> MET_BY_ANY = Arrays.stream(values())
            .flatMap(obligation -> obligation.metBy().stream()).collect(Collectors.toUnmodifiableSet());

    /** The tasks whose completion meets one obligation or another. */
    public static Set<String> metByAny() {
        return MET_BY_ANY;
    }

    /** Every task that works towards it: the dates are proposed by the trainers before an officer confirms them. */
    public List<String> taskKeys() {
        return this == DATE_AGREEMENT ? List.of(Task.AGREE_TRAINING_DATES, taskKey) : metBy();
    }

    /** The last day of a right rather than a duty: the customer may cancel a group until then, or let it pass. */
    public boolean isRight() {
        return this == CANCELLATION_NOTICE;
    }
}
