package ee.hankevoog.contract;

import ee.hankevoog.process.ContractProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A trainer's own task names the trainer ("Confirm trainer profile in JUHAN: Tiit Tamm – KOV-001"), so that two
 * trainers' tasks of one contract are told apart in Tasklist and the history.
 */
@Component("nameTheTrainer")
class NameTheTrainer implements TaskListener {

    private final ContractLookup contracts;

    NameTheTrainer(ContractLookup contracts) {
        this.contracts = contracts;
    }

    @Override
    public void notify(DelegateTask task) {
        String number = ContractProcess.contractNumber(task);
        Integer trainer = ContractProcess.trainerIndex(task);
        if (number == null || trainer == null) {
            return;
        }
        // the engine's own listener has added the contract to the model's name already
        String plain = ContractProcess.plainTaskName(task.getName(), number);
        task.setName(plain + ": " + contracts.trainerName(number, trainer) + task.getName().substring(plain.length()));
    }
}
