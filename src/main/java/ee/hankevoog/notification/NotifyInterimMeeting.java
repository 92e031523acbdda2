package ee.hankevoog.notification;

import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.contract.Trainer;
import ee.hankevoog.process.ContractProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Tells the contract's trainers that the customer has called an interim meeting; once per meeting and trainer. */
@Component("notifyInterimMeeting")
class NotifyInterimMeeting implements ExecutionListener {

    private final ContractLookup contracts;
    private final MailText text;
    private final Outbox outbox;

    NotifyInterimMeeting(ContractLookup contracts, MailText text, Outbox outbox) {
        this.contracts = contracts;
        this.text = text;
        this.outbox = outbox;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Contract contract = contracts.get(ContractProcess.contractNumber(execution));
        for (Trainer trainer : contract.trainers()) {
            // the meeting's own scope tells two meetings apart; a retried transaction queues nothing twice
            outbox.queue("interim:" + contract.number() + ":" + execution.getActivityInstanceId() + ":"
                    + trainer.email(), text.interimMeeting(contract, trainer.email()));
        }
    }
}
