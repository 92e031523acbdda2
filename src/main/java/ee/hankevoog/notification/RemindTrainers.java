package ee.hankevoog.notification;

import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.contract.ContractProcess.Var;
import ee.hankevoog.contract.Trainer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Reminds the contract's trainers that their task falls due; the BPMN names the task in {@code taskKey}. */
@Component("remindTrainers")
class RemindTrainers implements JavaDelegate {

    private final ContractLookup contracts;
    private final OpenTasks openTasks;
    private final MailText text;
    private final Outbox outbox;

    RemindTrainers(ContractLookup contracts, OpenTasks openTasks, MailText text, Outbox outbox) {
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
        for (Trainer trainer : contract.trainers()) {
            outbox.queue("reminder:" + task.id() + ":" + trainer.email(),
                    text.reminder(contract, group, task, trainer.email()));
        }
    }
}
