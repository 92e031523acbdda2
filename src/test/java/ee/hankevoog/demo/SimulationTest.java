package ee.hankevoog.demo;

import static org.assertj.core.api.Assertions.assertThat;

import ee.hankevoog.HankevoogTest;
import ee.hankevoog.contract.ContractRepository;
import ee.hankevoog.contract.ContractState;
import ee.hankevoog.deadline.DeadlineBoard;
import ee.hankevoog.deadline.DeadlineStatus;
import ee.hankevoog.notification.EmailMessage;
import ee.hankevoog.notification.EmailMessageRepository;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@HankevoogTest
class SimulationTest {

    @Autowired
    Simulation simulation;
    @Autowired
    ContractRepository contracts;
    @Autowired
    EmailMessageRepository emails;
    @Autowired
    DeadlineBoard deadlines;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void runsTheReferenceContractFromSigningToClosing() {
        Simulation.Report report = simulation.run("SIM-test", LocalDate.parse("2026-11-23"));

        assertThat(report.closedOn()).isAfter(LocalDate.parse("2027-11-15"));
        assertThat(report.tasksCompleted()).isEqualTo(41);
        assertThat(contracts.findByNumber("SIM-test").orElseThrow().state()).isEqualTo(ContractState.CLOSED);
        assertThat(emails.findByContractNumberOrderById("SIM-test")).extracting(EmailMessage::kind)
                .contains("REMINDER", "ESCALATION");
        assertThat(deadlines.of(contracts.findByNumber("SIM-test").orElseThrow()))
                .allMatch(state -> state.status() == DeadlineStatus.DONE);
    }
}
