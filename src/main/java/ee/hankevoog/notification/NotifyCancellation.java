package ee.hankevoog.notification;

import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.contract.Trainer;
import ee.hankevoog.training.TrainingGroup;
import ee.hankevoog.process.ContractProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends the trainers the customer's cancellation notice for a group. */
@Component("notifyCancellation")
class NotifyCancellation implements JavaDelegate {

    private final ContractLookup contracts;
    private final MailText text;
    private final Outbox outbox;

    NotifyCancellation(ContractLookup contracts, MailText text, Outbox outbox) {
        this.contracts = contracts;
        this.text = text;
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Contract contract = contracts.get(ContractProcess.contractNumber(execution));
        TrainingGroup group = contract.group(ContractProcess.groupCode(execution));
        for (Trainer trainer : contract.trainers()) {
            outbox.queue("cancellation:" + contract.number() + ":" + group.code() + ":" + trainer.email(),
                    text.cancellation(contract, group.code(), group.firstDay(), group.cancellationReason(),
                            trainer.email()));
        }
    }
}
