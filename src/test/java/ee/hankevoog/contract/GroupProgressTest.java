package ee.hankevoog.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ee.hankevoog.HankevoogTest;
import ee.hankevoog.ProcessDriver;
import ee.hankevoog.TestContracts;
import ee.hankevoog.training.GroupStatus;
import ee.hankevoog.training.TrainingDay;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** A day recorded or a group completed is written alone, as the aggregate's save would have left it. */
@HankevoogTest
class GroupProgressTest {

    @Autowired
    ContractRegistration registration;
    @Autowired
    ContractLookup lookup;
    @Autowired
    ContractRepository repository;
    @Autowired
    GroupProgress progress;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    @BeforeEach
    void signedToday() {
        ProcessDriver.setClock(TestContracts.SIGNED_ON);
    }

    @AfterEach
    void clockBack() {
        ClockUtil.reset();
    }

    @Test
    void writesTheDayAndTheGroupAsASaveWouldAndRaisesTheVersion() {
        registration.register(TestContracts.reference("GP-1"));
        Contract before = repository.findByNumber("GP-1").orElseThrow();
        lookup.require("GP-1");

        transaction.executeWithoutResult(status -> {
            Contract contract = lookup.get("GP-1");
            contract.group("W1").recordDay(1, true);
            progress.dayRecorded(contract, "W1", 1);
            contract.group("W1").confirmDays();
            contract.group("W1").complete();
            progress.groupCompleted(contract, "W1");
            assertThat(lookup.get("GP-1").group("W1").status()).as("read again in the transaction")
                    .isEqualTo(GroupStatus.COMPLETED);
        });

        Contract stored = repository.findByNumber("GP-1").orElseThrow();
        assertThat(stored.version()).isEqualTo(before.version() + 2);
        assertThat(stored.group("W1").days()).extracting(TrainingDay::held).containsExactly(null, true, null);
        assertThat(stored.group("W1").status()).isEqualTo(GroupStatus.COMPLETED);
        assertThat(stored).usingRecursiveComparison().ignoringFields("version", "groups")
                .isEqualTo(before);
        assertThat(stored.group("L1")).usingRecursiveComparison().isEqualTo(before.group("L1"));
        assertThat(lookup.require("GP-1").group("W1").days().get(1).held()).as("the kept copy is not used").isTrue();
    }

    @Test
    void refusesToWriteOverAChangeItDidNotRead() {
        registration.register(TestContracts.reference("GP-2"));
        Contract read = lookup.require("GP-2");
        jdbc.update("update contract set version = version + 1 where number = 'GP-2'");

        read.group("W1").recordDay(0, true);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> progress.dayRecorded(read, "W1", 0)))
                .isInstanceOf(OptimisticLockingFailureException.class).hasMessageContaining("read it again");
        assertThat(repository.findByNumber("GP-2").orElseThrow().group("W1").days().get(0).held()).isNull();
    }
}
