package ee.hankevoog.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Today and now as the process engine sees them, in the contract's time zone. Reading the engine
 * clock rather than the system clock keeps deadline checks in step with timers when the clock is
 * moved (tests, the demo's time travel).
 */
@Component
public class EngineClock {

    private final ZoneId zone;

    public EngineClock(@Value("${hankevoog.time-zone:Europe/Tallinn}") ZoneId zone) {
        this.zone = zone;
    }

    public LocalDate today() {
        return now().toLocalDate();
    }

    public LocalDateTime now() {
        return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone);
    }

    public Date at(LocalDate day, LocalTime time) {
        return Date.from(day.atTime(time).atZone(zone).toInstant());
    }

    /** The last moment of {@code day}: a deadline "by the end of that day". */
    public Date endOf(LocalDate day) {
        return at(day, LocalTime.of(23, 59, 59));
    }

    /** The day a moment falls on here, or none for no moment (a task without a due date). */
    public LocalDate dayOf(Date moment) {
        return moment == null ? null : moment.toInstant().atZone(zone).toLocalDate();
    }

    public ZoneId zone() {
        return zone;
    }
}
