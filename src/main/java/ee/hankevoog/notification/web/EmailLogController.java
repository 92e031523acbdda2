package ee.hankevoog.notification.web;

import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.notification.EmailMessage;
import ee.hankevoog.notification.EmailMessageRepository;
import ee.hankevoog.notification.EmailStatus;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Which e-mails a contract caused, to whom, when, and whether they went out. */
@RestController
class EmailLogController {

    private final ContractLookup contracts;
    private final EmailMessageRepository messages;
    private final EngineClock clock;

    EmailLogController(ContractLookup contracts, EmailMessageRepository messages, EngineClock clock) {
        this.contracts = contracts;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/api/contracts/{number}/emails")
    List<EmailView> emails(@PathVariable String number) {
        contracts.requireExists(number);
        return messages.findByContractNumberOrderById(number).stream().map(EmailView::of).toList();
    }

    /** Queues a message that failed for good once more; its record keeps the earlier error until it goes out. */
    @PostMapping("/api/contracts/{number}/emails/{id}/retry")
    ResponseEntity<ProblemDetail> retry(@PathVariable String number, @PathVariable long id) {
        EmailMessage message = messages.findById(id).filter(m -> m.contractNumber().equals(number)).orElse(null);
        if (message == null) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    "Contract " + number + " has no e-mail " + id + "; GET its emails for their ids.");
            problem.setTitle("Unknown e-mail");
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
        }
        try {
            message.retry(clock.now());
        } catch (IllegalStateException notFailed) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, notFailed.getMessage());
            problem.setTitle("Not a failed e-mail");
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        messages.save(message);
        return ResponseEntity.accepted().build();
    }

    record EmailView(long id, String kind, String group, String taskId, String recipient, String subject,
            LocalDateTime queuedAt, EmailStatus status, int attempts, LocalDateTime sentAt, String lastError) {

        static EmailView of(EmailMessage message) {
            return new EmailView(message.id(), message.kind(), message.groupCode(), message.taskId(), message.recipient(),
                    message.subject(), message.createdAt(), message.status(), message.attempts(), message.sentAt(),
                    message.lastError());
        }
    }
}
