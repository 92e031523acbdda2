package ee.hankevoog.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Polls the outbox; tests switch it off and deliver explicitly. */
@Component
@ConditionalOnProperty(name = "hankevoog.outbox.scheduled", havingValue = "true", matchIfMissing = true)
class OutboxSchedule {

    private final OutboxDispatcher dispatcher;

    OutboxSchedule(OutboxDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelayString = "${hankevoog.outbox.poll-interval:5s}")
    void deliver() {
        dispatcher.deliverDue();
    }
}
