package ee.hankevoog.contract;

import ee.hankevoog.process.ContractProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Marks a group completed once its act is accepted and its feedback collected. */
@Component("completeGroup")
class CompleteGroup implements ExecutionListener {

    private final ContractLookup lookup;
    private final ContractRepository contracts;

    CompleteGroup(ContractLookup lookup, ContractRepository contracts) {
        this.lookup = lookup;
        this.contracts = contracts;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Contract contract = lookup.get(ContractProcess.contractNumber(execution));
        contract.group(ContractProcess.groupCode(execution)).complete();
        contracts.save(contract);
    }
}
