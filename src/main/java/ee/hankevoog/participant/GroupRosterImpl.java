package ee.hankevoog.participant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link GroupRoster} as one join of the group's participants and their attendance. Spring Data reads each
 * participant's attendance with a statement of its own on H2 (its H2 dialect has no single-query loading), and
 * with a second statement on PostgreSQL; this is one on both. {@code GroupRosterTest} holds it to what
 * Spring Data reads.
 */
class GroupRosterImpl implements GroupRoster {

    private final JdbcTemplate jdbc;

    GroupRosterImpl(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Participant> ofGroup(String contractNumber, String groupCode) {
        Map<Long, Participant> roster = new LinkedHashMap<>();
        // ordered by id after the names, so that one person's attendance rows come together
        jdbc.query("select p.id, p.contract_number, p.group_code, p.juhan_id, p.first_name, p.last_name, p.email,"
                + " p.workplace, p.status, p.imported_at, p.agreement_signed_on, p.assessment, a.training_date,"
                + " a.present from participant p left join participant_attendance a on a.participant_id = p.id"
                + " where p.contract_number = ? and p.group_code = ? order by p.last_name, p.first_name, p.id",
                row -> {
                    Participant participant = roster.computeIfAbsent(row.getLong("id"), id -> participant(row));
                    LocalDate day = row.getObject("training_date", LocalDate.class);
                    if (day != null) {
                        participant.restoreAttendance(day, row.getBoolean("present"));
                    }
                }, contractNumber, groupCode);
        return new ArrayList<>(roster.values());
    }

    private static Participant participant(ResultSet row) {
        try {
            String assessment = row.getString("assessment");
            return Participant.restored(row.getLong("id"), row.getString("contract_number"),
                    row.getString("group_code"), row.getString("juhan_id"), row.getString("first_name"),
                    row.getString("last_name"), row.getString("email"), row.getString("workplace"),
                    ParticipantStatus.valueOf(row.getString("status")),
                    row.getObject("imported_at", LocalDateTime.class),
                    row.getObject("agreement_signed_on", LocalDate.class),
                    assessment == null ? null : Assessment.valueOf(assessment));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read participant row", e);
        }
    }
}
