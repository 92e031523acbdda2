package ee.hankevoog.notification.web;

import ee.hankevoog.contract.ContractRepository;
import ee.hankevoog.contract.UnknownContract;
import ee.hankevoog.notification.EmailMessage;
import ee.hankevoog.notification.EmailMessageRepository;
import ee.hankevoog.notification.EmailStatus;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Which e-mails a contract caused, to whom, when, and whether they went out. */
@RestController
class EmailLogController {

    private final ContractRepository contracts;
    private final EmailMessageRepository messages;

    EmailLogController(ContractRepository contracts, EmailMessageRepository messages) {
        this.contracts = contracts;
        this.messages = messages;
    }

    @GetMapping("/api/contracts/{number}/emails")
    List<EmailView> emails(@PathVariable String number) {
        if (!contracts.existsByNumber(number)) {
            throw new UnknownContract(number);
        }
        return messages.findByContractNumberOrderById(number).stream().map(EmailView::of).toList();
    }

    record EmailView(String kind, String group, String taskId, String recipient, String subject,
            LocalDateTime queuedAt, EmailStatus status, int attempts, LocalDateTime sentAt, String lastError) {

        static EmailView of(EmailMessage message) {
            return new EmailView(message.kind(), message.groupCode(), message.taskId(), message.recipient(),
                    message.subject(), message.createdAt(), message.status(), message.attempts(), message.sentAt(),
                    message.lastError());
        }
    }
}
