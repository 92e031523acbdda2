package ee.hankevoog.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.contract.ContractRepository;
import ee.hankevoog.contract.ContractState;
import ee.hankevoog.deadline.DeadlineBoard;
import ee.hankevoog.deadline.DeadlineStatus;
import ee.hankevoog.deadline.Obligation;
import ee.hankevoog.notification.EmailMessage;
import ee.hankevoog.notification.EmailMessageRepository;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

@HankevoogTest
class SimulationTest {

    // the deliveries' e-mails must go out: a delivery is what was sent
    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

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
        assertThat(report.tasksCompleted()).isEqualTo(34);
        assertThat(contracts.findByNumber("SIM-test").orElseThrow().state()).isEqualTo(ContractState.CLOSED);
        assertThat(emails.findByContractNumberOrderById("SIM-test")).extracting(EmailMessage::kind)
                .contains("REMINDER", "ESCALATION");
        // the simulation delivers the last group's materials a day late, and the board says so
        assertThat(deadlines.of(contracts.findByNumber("SIM-test").orElseThrow()))
                .allMatch(state -> state.status() == (state.deadline().obligation() == Obligation.MATERIALS
                        && "L2".equals(state.deadline().group()) ? DeadlineStatus.DONE_LATE
                        : state.deadline().obligation().isRight() ? DeadlineStatus.RIGHT_EXPIRED : DeadlineStatus.DONE),
                        "done, late only where the simulation was late, and no right to cancel used");
    }
}
