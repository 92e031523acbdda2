package ee.hankevoog.notification;

import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.deadline.DeadlineSchedule;
import ee.hankevoog.process.ContractProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Tells the contact person that the curricula are still not approved ten working days before the first training day:
 * trainings follow the approved curriculum. The timer fires only while the curriculum work is still going on.
 */
@Component("warnCurriculaNotApproved")
class WarnCurriculaNotApproved implements JavaDelegate {

    private final ContractLookup contracts;
    private final MailText text;
    private final Outbox outbox;

    WarnCurriculaNotApproved(ContractLookup contracts, MailText text, Outbox outbox) {
        this.contracts = contracts;
        this.text = text;
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Contract contract = contracts.get(ContractProcess.contractNumber(execution));
        contract.firstTrainingDay().ifPresent(first -> outbox.queue("curricula:" + contract.number() + ":" + first,
                text.curriculaNotApproved(contract, first, DeadlineSchedule.CURRICULUM_WARNING_WORKING_DAYS,
                        contract.contact().email())));
    }
}
