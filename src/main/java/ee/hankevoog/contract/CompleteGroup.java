package ee.hankevoog.contract;

import ee.hankevoog.process.ContractProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Marks a group completed once its act is accepted and its feedback collected. */
@Component("completeGroup")
class CompleteGroup implements ExecutionListener {

    private final ContractLookup lookup;
    private final GroupProgress progress;

    CompleteGroup(ContractLookup lookup, GroupProgress progress) {
        this.lookup = lookup;
        this.progress = progress;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Contract contract = lookup.get(ContractProcess.contractNumber(execution));
        String group = ContractProcess.groupCode(execution);
        contract.group(group).complete();
        progress.groupCompleted(contract, group);
    }
}
