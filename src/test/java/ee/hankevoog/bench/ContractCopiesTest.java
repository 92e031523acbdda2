package ee.hankevoog.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.audit.AuditVerification;
import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.demo.Simulation;
import ee.hankevoog.document.Documents;
import ee.hankevoog.security.Roles;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import javax.sql.DataSource;
import org.apache.commons.codec.digest.DigestUtils;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark's bulk path writes the rows driving would: a contract copied under another number equals, row by
 * row in every table of ours and the engine's, a contract driven under that number; half-way through its
 * training (materials, acts, rosters, attendance, a trainer joining) and closed (a group moved, one cancelled, a
 * day not held, the digital material deleted).
 */
@HankevoogTest
class ContractCopiesTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final LocalDate SIGNED = LocalDate.parse("2026-11-02");

    @Autowired
    Simulation simulation;
    @Autowired
    DataSource dataSource;
    @Autowired
    IdentityService identity;
    @Autowired
    EngineClock clock;
    @Autowired
    AuditVerification audit;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Documents documents;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"half-way, H, 2027-06-07", "closed, C, "})
    void aCopiedContractHoldsTheRowsOfOneDrivenUnderItsNumber(String stage, String code, LocalDate until)
            throws Exception {
        List<String> trainers = List.of("copier" + code + "1", "copier" + code + "2", "copier" + code + "3");
        trainers.forEach(this::trainer);
        String template = "COPY-T-000" + code;
        String driven = "COPY-D-000" + code;
        String copy = "COPY-C-000" + code;
        Date end = until == null ? null : clock.at(until, LocalTime.NOON);
        simulation.run(template, SIGNED, end, trainers.get(0));
        simulation.run(driven, SIGNED, end, trainers.get(1));
        documents.writeQueuedPdfs();

        ContractCopies copies = new ContractCopies(dataSource);
        ContractCopies.Template rows = copies.read(template, trainers.get(0));
        assertThat(rows.rowCounts()).as("one indexed column finds every row a thorough search finds")
                .isEqualTo(copies.readThoroughly(template, trainers.get(0)).rowCounts());
        copies.write(rows, List.of(new ContractCopies.Copy(copy, trainers.get(2))));
        copies.finish();

        assertThat(differences(copies.read(driven, trainers.get(1)).canonical(),
                copies.read(copy, trainers.get(2)).canonical())).isEmpty();
        assertThat(rows.rowCounts()).containsKeys("act_hi_detail", "act_hi_procinst", "contract",
                "participant_attendance", "document_content", "audit_record");
        assertThat(audit.verify(copy).ok()).isTrue();
        assertThat(engineIds(copy, trainers.get(2))).as("the copy refers to none of the template's engine rows")
                .doesNotContainAnyElementsOf(engineIds(template, trainers.get(0)));
        assertThat(jdbc.queryForList("select d.sha256, c.content from stored_document d join document_content c"
                + " on c.document_id = d.id where d.contract_number = ?", copy)).isNotEmpty()
                .allSatisfy(file -> assertThat(DigestUtils.sha256Hex((byte[]) file.get("content")))
                        .isEqualTo(file.get("sha256")));

        if (until != null) {
            // and the engine runs it on: each contract's next timer fires, and the two stay equal
            fireNextTimer(driven);
            fireNextTimer(copy);
            assertThat(differences(copies.read(driven, trainers.get(1)).canonical(),
                    copies.read(copy, trainers.get(2)).canonical())).isEmpty();
        }
    }

    private Set<String> engineIds(String number, String trainer) throws Exception {
        Set<String> ids = new HashSet<>();
        ContractCopies copies = new ContractCopies(dataSource);
        copies.read(number, trainer).rows.values().forEach(rows -> rows.forEach(row -> {
            for (Object value : row) {
                if (value instanceof String text) {
                    Matcher id = ContractCopies.UUID.matcher(text);
                    while (id.find()) {
                        ids.add(id.group());
                    }
                }
            }
        }));
        ids.removeAll(copies.definitionIds());
        return ids;
    }

    private void fireNextTimer(String number) {
        String root = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
                .processDefinitionKey("ContractLifecycle").singleResult().getId();
        Job next = engine.getManagementService().createJobQuery().rootProcessInstanceId(root).timers()
                .orderByJobDuedate().asc().listPage(0, 1).get(0);
        ClockUtil.setCurrentTime(next.getDuedate());
        engine.getManagementService().executeJob(next.getId());
    }

    /** Per table, the rows only one of the two holds, as few lines as will say what differs. */
    private static List<String> differences(Map<String, List<String>> driven, Map<String, List<String>> copied) {
        List<String> differences = new ArrayList<>();
        Set<String> tables = new HashSet<>(driven.keySet());
        tables.addAll(copied.keySet());
        for (String table : tables) {
            List<String> onlyDriven = new ArrayList<>(driven.getOrDefault(table, List.of()));
            List<String> onlyCopied = new ArrayList<>(copied.getOrDefault(table, List.of()));
            driven.getOrDefault(table, List.of()).forEach(onlyCopied::remove);
            copied.getOrDefault(table, List.of()).forEach(onlyDriven::remove);
            onlyDriven.forEach(row -> differences.add(table + " driven only: " + row));
            onlyCopied.forEach(row -> differences.add(table + " copied only: " + row));
        }
        return differences;
    }

    private void trainer(String id) {
        User user = identity.newUser(id);
        user.setFirstName(id);
        user.setLastName("Koopia");
        user.setEmail(id + "@example.ee");
        user.setPassword("Copier-password-7");
        identity.saveUser(user);
        identity.createMembership(id, Roles.TRAINERS);
    }
}
