package ee.hankevoog.contract;

import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.calendar.WorkingDays;
import ee.hankevoog.process.ContractProcess;
import ee.hankevoog.process.ContractProcess.Var;
import ee.hankevoog.security.ServerSide;
import ee.hankevoog.transaction.PerTransaction;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Registers a signed contract and starts its lifecycle, in one transaction: both happen or neither. */
@Component
public class ContractRegistration {

    private static final String STARTING = ContractRegistration.class.getName() + ".starting";

    private final ContractRepository contracts;
    private final RuntimeService runtime;
    private final WorkingDays workingDays;
    private final TrainerAccounts trainerAccounts;
    private final ApplicationEventPublisher events;
    private final ServerSide serverSide;
    private final ContractLookup lookup;
    private final EngineClock clock;
    private final TaskActor actor;

    ContractRegistration(ContractRepository contracts, RuntimeService runtime, WorkingDays workingDays,
            TrainerAccounts trainerAccounts, ApplicationEventPublisher events, ServerSide serverSide,
            ContractLookup lookup, EngineClock clock, TaskActor actor) {
        this.contracts = contracts;
        this.runtime = runtime;
        this.workingDays = workingDays;
        this.trainerAccounts = trainerAccounts;
        this.events = events;
        this.serverSide = serverSide;
        this.lookup = lookup;
        this.clock = clock;
        this.actor = actor;
    }

    @Transactional
    public Contract register(Contract contract) {
        Contract saved = record(contract);
        PerTransaction.<Set<String>>value(STARTING, HashSet::new).orElseThrow().add(saved.number());
        runtime.startProcessInstanceByKey(ContractProcess.LIFECYCLE, saved.number(),
                Map.of(Var.CONTRACT_NUMBER, saved.number()));
        return saved;
    }

    /** Whether this transaction registered the contract whose lifecycle is starting: only Hankevoog knows. */
    static boolean startedHere(Object number) {
        return PerTransaction.<Set<String>>existing(STARTING).map(numbers -> numbers.contains(number)).orElse(false);
    }

    /** Stores a contract whose lifecycle is starting, after the checks every new contract passes. */
    Contract record(Contract contract) {
        if (contracts.existsByNumber(contract.number())) {
            throw new DuplicateContract(contract.number());
        }
        contract.checkProposedDays(workingDays, clock.today());
        contract.registered(clock.today());
        if (contract.agreedAtSigning()) {
            contract.confirmDates(clock.today(), actor.current(), contract.cancellationRightWaived());
        }
        contract.linkTrainerAccounts(trainerAccounts);
        Contract saved;
        try {
            saved = contracts.save(contract);
        } catch (DuplicateKeyException raced) {
            throw new DuplicateContract(contract.number());
        }
        events.publishEvent(new ContractRegistered(saved));
        return saved;
    }


    /** Calls an interim meeting on a running contract: the officer gets a task to record it. */
    @Transactional
    public void callInterimMeeting(String number) {
        Contract contract = lookup.require(number);
        if (contract.state() != ContractState.RUNNING) {
            throw new ContractNotRunning(number, contract.state());
        }
        // officers may not update process instances in the engine; calling a meeting is theirs through this call
        serverSide.run(() -> runtime.createMessageCorrelation(ContractProcess.INTERIM_MEETING_CALLED)
                .processInstanceBusinessKey(number)
                .correlateWithResult());
    }
}
