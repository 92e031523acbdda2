package ee.hankevoog.dashboard;

import ee.hankevoog.calendar.EngineClock;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How many obligations of all contracts are overdue today: the number an operator's dashboard watches grow. */
@Component
class OverdueMetrics {

    OverdueMetrics(JdbcClient jdbc, EngineClock clock, MeterRegistry meters) {
        // the customer's right to cancel is nobody's duty: it simply expires, as on the contracts page
        Gauge.builder("hankevoog.obligations.overdue", () -> jdbc.sql("select count(*) from contract_deadline"
                + " where status = 'OPEN' and due < :today and obligation <> 'CANCELLATION_NOTICE'")
                .param("today", clock.today()).query(Long.class).single())
                .description("Open obligations of all contracts whose due date has passed").register(meters);
    }
}
