package ee.hankevoog.contract;

import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.calendar.WorkingDays;
import ee.hankevoog.process.ContractProcess;
import ee.hankevoog.process.ContractProcess.Var;
import ee.hankevoog.security.ServerSide;
import ee.hankevoog.training.TransitionRefused;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A trainer proposes new days for a group of a running contract; an officer confirms or refuses the proposal in a
 * task of the contract's lifecycle, and only a confirmed proposal moves the days. The days are checked by the rules
 * at once, so that a proposal an officer could never confirm is refused to the trainer who typed it.
 */
@Component
public class DaysProposal {

    private final ContractLookup lookup;
    private final ContractRepository contracts;
    private final WorkingDays workingDays;
    private final EngineClock clock;
    private final RuntimeService runtime;
    private final ServerSide serverSide;

    DaysProposal(ContractLookup lookup, ContractRepository contracts, WorkingDays workingDays, EngineClock clock,
            RuntimeService runtime, ServerSide serverSide) {
        this.lookup = lookup;
        this.contracts = contracts;
        this.workingDays = workingDays;
        this.clock = clock;
        this.runtime = runtime;
        this.serverSide = serverSide;
    }

    /** Refused as an unknown contract to a user who does not train on it: they learn nothing of it. */
    @Transactional
    public void propose(String number, String groupCode, List<LocalDate> days, String reason, String trainer) {
        Contract contract = lookup.require(number);
        if (!contract.trainerUsers().contains(trainer)) {
            throw new UnknownContract(number);
        }
        if (!contract.groupCodes().contains(groupCode)) {
            throw new UnknownGroup(contract, groupCode);
        }
        if (!contract.datesAgreed()) {
            throw new TransitionRefused("The dates of contract " + number + " are not agreed yet: propose the days"
                    + " in the task \"Agree training dates\".");
        }
        // checked on a copy of its own: nothing moves until an officer confirms
        Contract copy = contracts.findByNumber(number).orElseThrow();
        copy.moveDays(groupCode, days, clock.today(), workingDays, true);
        // transient: the officer's task keeps them as its own, nothing else sees them
        serverSide.run(() -> runtime.createMessageCorrelation(ContractProcess.DAYS_PROPOSED)
                .processInstanceBusinessKey(number)
                .setVariable(Var.PROPOSED_GROUP, Variables.stringValue(groupCode, true))
                .setVariable(Var.PROPOSED_GROUP_DAYS, Variables.stringValue(TrainingDaysText.format(days), true))
                .setVariable(Var.PROPOSAL_REASON, Variables.stringValue(reason, true))
                .setVariable(Var.PROPOSED_BY, Variables.stringValue(trainer, true))
                .correlateWithResult());
    }
}
