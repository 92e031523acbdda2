package ee.hankevoog.contract;

import static org.assertj.core.api.Assertions.assertThat;

import ee.hankevoog.HankevoogTest;
import ee.hankevoog.ProcessDriver;
import ee.hankevoog.TestContracts;
import ee.hankevoog.training.TrainingGroup;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A contract read again is the kept copy while its version stands, and the stored one as soon as it changes; a
 * contract saved is kept as saved.
 */
@HankevoogTest
class KeptContractsTest {

    @Autowired
    ContractRegistration registration;
    @Autowired
    ContractLookup lookup;
    @Autowired
    ContractRepository repository;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    GroupProgress progress;

    @BeforeEach
    void signedToday() {
        ProcessDriver.setClock(TestContracts.SIGNED_ON);
    }

    @AfterEach
    void clockBack() {
        ClockUtil.reset();
    }

    @Test
    void eachReaderGetsACopyOfItsOwn() {
        registration.register(TestContracts.reference("KC-1"));
        Contract first = lookup.require("KC-1");
        Contract second = lookup.require("KC-1");

        assertThat(second).isNotSameAs(first).usingRecursiveComparison().isEqualTo(first);
        assertThat(second.groups()).isNotSameAs(first.groups());
        assertThat(second.group("W1")).isNotSameAs(first.group("W1"));

        first.group("W1").cancel(TestContracts.SIGNED_ON, "changed and not saved");
        assertThat(lookup.require("KC-1").group("W1").isCancelled()).as("another reader's unsaved change").isFalse();
    }

    @Test
    void readsTheKeptCopyWhileTheVersionStandsAndTheStoredOneWhenItChanges() {
        registration.register(TestContracts.reference("KC-2"));
        String title = lookup.require("KC-2").title();

        jdbc.update("update contract set title = 'Written past the aggregate' where number = 'KC-2'");
        assertThat(lookup.require("KC-2").title()).as("the version stands: the kept copy").isEqualTo(title);

        jdbc.update("update contract set title = 'Written with its version' , version = version + 1"
                + " where number = 'KC-2'");
        assertThat(lookup.require("KC-2").title()).isEqualTo("Written with its version");

        Contract saved = repository.findByNumber("KC-2").orElseThrow();
        saved.group("L2").cancel(TestContracts.SIGNED_ON, "saved on another node");
        repository.save(saved);
        assertThat(lookup.require("KC-2").group("L2").isCancelled()).isTrue();
    }

    @Test
    void keepsASavedContractAsItsSaveLeftIt() {
        registration.register(TestContracts.reference("KC-4"));
        Contract contract = repository.findByNumber("KC-4").orElseThrow();
        contract.group("L2").cancel(TestContracts.SIGNED_ON, "saved here");
        repository.save(contract);
        Contract stored = repository.findByNumber("KC-4").orElseThrow();
        contract.group("W2").cancel(TestContracts.SIGNED_ON, "changed after the save and not saved");

        jdbc.update("update contract set title = 'Written past the aggregate' where number = 'KC-4'");
        Contract read = lookup.require("KC-4");

        assertThat(read.title()).as("the saved copy, not read again").isEqualTo(stored.title());
        assertThat(read).usingRecursiveComparison().isEqualTo(stored);
        assertThat(read.group("W2").isCancelled()).isFalse();
    }

    @Test
    void keepsAContractAsADaysRecordLeftIt() {
        registration.register(TestContracts.reference("KC-5"));
        transaction.executeWithoutResult(status -> {
            Contract contract = lookup.require("KC-5");
            contract.group("W1").recordDay(0, true);
            progress.dayRecorded(contract, "W1", 0);
        });
        Contract stored = repository.findByNumber("KC-5").orElseThrow();

        jdbc.update("update contract set title = 'Written past the aggregate' where number = 'KC-5'");
        Contract read = lookup.require("KC-5");

        assertThat(read.title()).as("the written copy, not read again").isEqualTo(stored.title());
        assertThat(read).usingRecursiveComparison().isEqualTo(stored);
        assertThat(read.group("W1").days().get(0).held()).isTrue();
    }

    @Test
    void keepsNothingReadInATransactionThatRolledBack() {
        registration.register(TestContracts.reference("KC-3"));
        lookup.require("KC-3");

        transaction.executeWithoutResult(status -> {
            Contract contract = repository.findByNumber("KC-3").orElseThrow();
            TrainingGroup w2 = contract.group("W2");
            w2.cancel(TestContracts.SIGNED_ON, "rolled back");
            repository.save(contract);
            assertThat(lookup.require("KC-3").group("W2").isCancelled()).as("its own save, in its transaction")
                    .isTrue();
            contract.group("W1").cancel(TestContracts.SIGNED_ON, "changed after the save and not saved");
            assertThat(lookup.require("KC-3").group("W1").isCancelled()).as("a change the save did not write")
                    .isFalse();
            status.setRollbackOnly();
        });
        // the rolled-back save's version is given again by the next save, to other data
        Contract contract = repository.findByNumber("KC-3").orElseThrow();
        contract.keepEvidenceFor(9);
        repository.save(contract);

        Contract read = lookup.require("KC-3");
        assertThat(read.group("W2").isCancelled()).isFalse();
        assertThat(read.evidenceRetentionYears()).isEqualTo(9);
    }
}
