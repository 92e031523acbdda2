package ee.hankevoog.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractRepository;
import ee.hankevoog.contract.ContractState;
import ee.hankevoog.contract.Trainer;
import ee.hankevoog.deadline.DeadlineBoard;
import ee.hankevoog.deadline.DeadlineStatus;
import ee.hankevoog.notification.EmailMessage;
import ee.hankevoog.notification.EmailMessageRepository;
import java.time.LocalDate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

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
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void runsTheReferenceContractFromSigningToClosing() {
        Simulation.Report report = simulation.run("SIM-test", LocalDate.parse("2026-11-23"));

        assertThat(report.closedOn()).isAfter(LocalDate.parse("2027-11-15"));
        assertThat(report.tasksCompleted()).isGreaterThan(30);
        assertThat(contracts.findByNumber("SIM-test").orElseThrow().state()).isEqualTo(ContractState.CLOSED);
        assertThat(emails.findByContractNumberOrderById("SIM-test")).extracting(EmailMessage::kind)
                .contains("REMINDER", "ESCALATION");
        Contract contract = contracts.findByNumber("SIM-test").orElseThrow();
        // one change of each kind: a trainer joins, W2 moves, L2 is cancelled, W2's first day is postponed
        assertThat(contract.trainers()).extracting(Trainer::name).containsExactly("Tiit Tamm", "Kati Kask");
        assertThat(contract.groups()).extracting(group -> group.code() + " " + group.status())
                .containsExactly("W1 COMPLETED", "L1 COMPLETED", "W2 COMPLETED", "L2 CANCELLED");
        assertThat(jdbc.queryForList("select kind || ' ' || coalesce(group_code, '-') from audit_record"
                + " where contract_number = 'SIM-test' and kind in ('CONTRACT_AMENDED', 'GROUP_CANCELLED')"
                + " order by sequence", String.class))
                .containsExactly("CONTRACT_AMENDED -", "CONTRACT_AMENDED W2", "GROUP_CANCELLED L2", "CONTRACT_AMENDED W2");
        // W2's materials came a day late and were escalated (above), but its first day was then postponed by a
        // day: counted from the days as they are, the delivery was in time
        assertThat(deadlines.of(contract)).filteredOn(state -> !"L2".equals(state.deadline().group()))
                .allMatch(state -> state.status() == (state.deadline().obligation().isRight()
                        ? DeadlineStatus.RIGHT_EXPIRED : DeadlineStatus.DONE), "done, and no right to cancel used");
    }
}
