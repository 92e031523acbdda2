package ee.hankevoog.demo;

import ee.hankevoog.calendar.EngineClock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's time machine: moves the engine clock forward so that timers fall due; the job executor then
 * fires them and the outbox sends their e-mail, as it would on those days.
 */
@Component
@Profile("demo")
class TimeTravel {

    static final int MAX_DAYS = 400;

    private final AtomicLong offset = new AtomicLong();
    private final ManagementService management;
    private final EngineClock clock;

    TimeTravel(ManagementService management, EngineClock clock) {
        this.management = management;
        this.clock = clock;
    }

    public Travelled forward(int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("Move the clock forward by 1 to " + MAX_DAYS + " days, not " + days);
        }
        ClockUtil.offset(offset.addAndGet(Duration.ofDays(days).toMillis()));
        return new Travelled(clock.now(), management.createJobQuery().executable().count());
    }

    public LocalDateTime now() {
        return clock.now();
    }

    /** Where the clock now stands, and how many timers are due for the job executor to fire. */
    public record Travelled(LocalDateTime now, long dueJobs) {
    }
}
