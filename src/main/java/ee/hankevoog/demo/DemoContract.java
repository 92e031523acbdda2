package ee.hankevoog.demo;

import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.calendar.WorkingDays;
import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractRegistration;
import ee.hankevoog.participant.RosterImport;
import ee.hankevoog.training.TrainingGroup;
import ee.hankevoog.contract.ContractRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On the demo's first start, the reference contract is signed today and its lifecycle begins. */
@Component
@Profile("demo")
@Order(10)
class DemoContract implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContract.class);

    private final ContractRepository contracts;
    private final ContractRegistration registration;
    private final WorkingDays workingDays;
    private final EngineClock clock;
    private final RosterImport roster;

    DemoContract(ContractRepository contracts, ContractRegistration registration, WorkingDays workingDays,
            EngineClock clock, RosterImport roster) {
        this.roster = roster;
        this.contracts = contracts;
        this.registration = registration;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (contracts.existsByNumber(ReferenceContract.NUMBER)) {
            return;
        }
        Contract contract = registration.register(ReferenceContract.signedOn(clock.today(), workingDays));
        for (TrainingGroup group : contract.groups()) {
            roster.importRoster(contract.number(), group.code(), InventedRoster.of(group.code(),
                    group.participantLimit() - 1));
        }
        log.info("Demo: reference contract {} signed today and started, its groups' rosters invented",
                ReferenceContract.NUMBER);
    }
}
