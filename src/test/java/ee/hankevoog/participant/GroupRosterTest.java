package ee.hankevoog.participant;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.demo.Simulation;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The roster read in one statement is, field by field and in order, what Spring Data reads of the same rows. */
@HankevoogTest
class GroupRosterTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    /** The simulation's invented roster of each group. */
    private static final int PEOPLE = 14;

    @Autowired
    Simulation simulation;
    @Autowired
    ParticipantRepository participants;
    @Autowired
    EngineClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aGroupsRosterIsWhatSpringDataReadsOfItsRows() {
        // half-way: the spring groups trained (attendance, a missed day, signatures, assessments), the autumn's not
        String number = "ROSTER-1";
        LocalDate signed = LocalDate.parse("2026-11-02");
        simulation.run(number, signed, clock.at(LocalDate.parse("2027-06-07"), LocalTime.NOON));
        // a name written to sort before others, and a person with no e-mail nor workplace
        jdbc.update("update participant set last_name = 'Aaviksoo', email = null, workplace = null where"
                + " contract_number = ? and juhan_id = 'DEMO-L1-7'", number);

        for (String group : List.of("L1", "W1", "W2", "L2")) {
            List<Long> ids = jdbc.queryForList("select id from participant where contract_number = ? and group_code = ?"
                    + " order by last_name, first_name, id", Long.class, number, group);
            List<Participant> bySpringData = ids.stream().map(id -> participants.findById(id).orElseThrow()).toList();

            List<Participant> roster = participants.ofGroup(number, group);

            assertThat(roster).as(group).hasSize(PEOPLE).usingRecursiveFieldByFieldElementComparator()
                    .containsExactlyElementsOf(bySpringData);
        }
        // the comparison was not of empty records: the first group's days and assessments are on its roster
        List<Participant> l1 = participants.ofGroup(number, "L1");
        assertThat(l1.get(0).juhanId()).isEqualTo("DEMO-L1-7");
        assertThat(l1).allSatisfy(participant -> {
            assertThat(participant.attendance()).isNotEmpty();
            assertThat(participant.assessment()).isNotNull();
            assertThat(participant.agreementSigned()).isTrue();
        });
        assertThat(l1).anySatisfy(participant -> assertThat(participant.attendance()).containsValue(false));
    }
}
