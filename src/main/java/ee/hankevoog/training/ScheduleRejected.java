package ee.hankevoog.training;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when training days break the contract's schedule rules; nothing is stored. */
public class ScheduleRejected extends RuntimeException {

    private final transient List<ScheduleViolation> violations;

    public ScheduleRejected(List<ScheduleViolation> violations) {
        super(violations.stream().map(ScheduleViolation::message).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<ScheduleViolation> violations() {
        return violations;
    }
}
