package ee.hankevoog.contract;

import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.process.ContractProcess;
import ee.hankevoog.process.ContractProcess.Var;
import ee.hankevoog.security.ServerSide;
import ee.hankevoog.training.TrainingGroup;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's right to cancel a group, used whenever it still stands (until the first day − 14 days), whether
 * the dates are agreed yet or not: the group is cancelled in the contract, its process (if it runs) ends with its
 * tasks and timers and tells the trainers, and the cancellation is recorded with its ground.
 */
@Component
public class GroupCancellation {

    private final ContractLookup lookup;
    private final ContractRepository contracts;
    private final EngineClock clock;
    private final RuntimeService runtime;
    private final ServerSide serverSide;
    private final ApplicationEventPublisher events;

    GroupCancellation(ContractLookup lookup, ContractRepository contracts, EngineClock clock, RuntimeService runtime,
            ServerSide serverSide, ApplicationEventPublisher events) {
        this.lookup = lookup;
        this.contracts = contracts;
        this.clock = clock;
        this.runtime = runtime;
        this.serverSide = serverSide;
        this.events = events;
    }

    @Transactional
    public Contract cancel(String number, String groupCode, String reason, Integer registeredParticipants,
            String by) {
        lookup.lock(number);
        Contract contract = lookup.requireWithGroup(number, groupCode);
        TrainingGroup group = contract.group(groupCode);
        group.cancel(clock.today(), reason);
        contract.amended();
        Contract saved = contracts.save(contract);
        events.publishEvent(new GroupCancelled(number, groupCode, reason, registeredParticipants, by));
        // officers may not change process instances in the engine; the cancellation is theirs through this call
        serverSide.run(() -> runtime.createMessageCorrelation(ContractProcess.GROUP_CANCELLED_BY_CUSTOMER)
                .processInstanceBusinessKey(number)
                .processInstanceVariableEquals(Var.GROUP_CODE, groupCode)
                .correlateAllWithResult());
        return saved;
    }
}
