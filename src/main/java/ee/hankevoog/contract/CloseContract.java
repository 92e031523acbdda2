package ee.hankevoog.contract;

import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.process.ContractProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("closeContract")
class CloseContract implements JavaDelegate {

    private final ContractLookup lookup;
    private final ContractRepository contracts;
    private final EngineClock clock;

    CloseContract(ContractLookup lookup, ContractRepository contracts, EngineClock clock) {
        this.lookup = lookup;
        this.contracts = contracts;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Contract contract = lookup.get(ContractProcess.contractNumber(execution));
        contract.close(clock.today());
        contracts.save(contract);
    }
}
