package ee.hankevoog.notification;

import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.contract.ContractProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tells the customer's contact person that a contractor's task is overdue; the task stays open. */
@Component("escalateToOfficer")
class EscalateToOfficer implements JavaDelegate {

    private final ContractLookup contracts;
    private final OpenTasks openTasks;
    private final MailText text;
    private final Outbox outbox;

    EscalateToOfficer(ContractLookup contracts, OpenTasks openTasks, MailText text, Outbox outbox) {
        this.contracts = contracts;
        this.openTasks = openTasks;
        this.text = text;
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Contract contract = contracts.get((String) execution.getVariable(Var.CONTRACT_NUMBER));
        String group = (String) execution.getVariable(Var.GROUP_CODE);
        OpenTask task = openTasks.attachedTo(execution, (String) execution.getVariable("taskKey"));
        String officer = contract.contact().email();
        outbox.queue("escalation:" + task.id() + ":" + officer, text.escalation(contract, group, task, officer));
    }
}
