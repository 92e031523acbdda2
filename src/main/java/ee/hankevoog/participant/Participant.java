package ee.hankevoog.participant;

import ee.hankevoog.calendar.WorkingDays;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** One registration of a group, as JUHAN exported it: its id there, name, e-mail, workplace and status here. */
@Table("participant")
public class Participant {

    @Id
    private Long id;
    private final String contractNumber;
    private final String groupCode;
    private final String juhanId;
    private String firstName;
    private String lastName;
    private String email;
    private String workplace;
    private ParticipantStatus status;
    private LocalDateTime importedAt;
    private LocalDate agreementSignedOn;
    private Assessment assessment;
    @MappedCollection(idColumn = "participant_id", keyColumn = "training_date")
    private Map<LocalDate, Attendance> attendance = new HashMap<>();

    Participant(String contractNumber, String groupCode, String juhanId, String firstName, String lastName,
            String email, String workplace, ParticipantStatus status, LocalDateTime importedAt) {
        this.contractNumber = contractNumber;
        this.groupCode = groupCode;
        this.juhanId = juhanId;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.workplace = workplace;
        this.status = status;
        this.importedAt = importedAt;
    }

    /** A registration as stored, read by {@link GroupRosterImpl}; its attendance follows. */
    static Participant restored(Long id, String contractNumber, String groupCode, String juhanId, String firstName,
            String lastName, String email, String workplace, ParticipantStatus status, LocalDateTime importedAt,
            LocalDate agreementSignedOn, Assessment assessment) {
        Participant participant = new Participant(contractNumber, groupCode, juhanId, firstName, lastName, email,
                workplace, status, importedAt);
        participant.id = id;
        participant.agreementSignedOn = agreementSignedOn;
        participant.assessment = assessment;
        return participant;
    }

    void restoreAttendance(LocalDate day, boolean present) {
        attendance.put(day, new Attendance(present));
    }

    /** A later export of the same registration: its details replace the earlier ones. */
    void update(RosterRow row, LocalDateTime at) {
        firstName = row.firstName();
        lastName = row.lastName();
        email = row.email();
        workplace = row.workplace();
        importedAt = at;
        if (row.status() == JuhanStatus.CANCELLED) {
            status = ParticipantStatus.CANCELLED;
        } else if (status == ParticipantStatus.CANCELLED && row.status().takesPart()) {
            status = ParticipantStatus.REGISTERED;
        }
    }

    /**
     * The day's record: present or absent; signing the agreement is kept from the first day it is given, and a
     * signature recorded on this day and left out of its new record was a mistaken tick: it goes.
     */
    void attend(LocalDate day, boolean present, boolean signed) {
        attendance.put(day, new Attendance(present));
        if (signed && (agreementSignedOn == null || day.isBefore(agreementSignedOn))) {
            agreementSignedOn = day;
        } else if (!signed && day.equals(agreementSignedOn)) {
            agreementSignedOn = null;
        }
    }

    boolean signedBy(LocalDate day) {
        return agreementSignedOn != null && !agreementSignedOn.isAfter(day);
    }

    void assess(Assessment result) {
        assessment = result;
    }

    public Assessment assessment() {
        return assessment;
    }

    /**
     * Completed when present on every one of the group's days, the agreement signed and the assessment passed;
     * otherwise not completed, saying why; cancelled in JUHAN stays cancelled; registered until assessed.
     */
    public Completion completion(List<LocalDate> trainingDays) {
        if (status == ParticipantStatus.CANCELLED) {
            return new Completion(ParticipantStatus.CANCELLED, null);
        }
        if (assessment == null) {
            return new Completion(ParticipantStatus.REGISTERED, null);
        }
        List<String> reasons = new ArrayList<>();
        for (LocalDate day : trainingDays) {
            Attendance record = attendance.get(day);
            if (record == null || !record.present()) {
                reasons.add("absent on " + day.format(WorkingDays.ESTONIAN_DATE));
            }
        }
        if (agreementSignedOn == null) {
            reasons.add("confidentiality agreement not signed");
        }
        if (assessment == Assessment.NOT_PASSED) {
            reasons.add("assessment not passed");
        }
        return reasons.isEmpty() ? new Completion(ParticipantStatus.COMPLETED, null)
                : new Completion(ParticipantStatus.NOT_COMPLETED, String.join("; ", reasons));
    }

    /** A participant's outcome, and why it is not completion. */
    public record Completion(ParticipantStatus status, String reason) {
    }

    /** The day the confidentiality agreement was signed: the first day's record, or an earlier one; none yet. */
    public LocalDate agreementSignedOn() {
        return agreementSignedOn;
    }

    public boolean agreementSigned() {
        return agreementSignedOn != null;
    }

    /** Each recorded training day: present or not. */
    public Map<LocalDate, Boolean> attendance() {
        Map<LocalDate, Boolean> days = new TreeMap<>();
        attendance.forEach((day, record) -> days.put(day, record.present()));
        return days;
    }

    public Long id() {
        return id;
    }

    boolean takesPart() {
        return status != ParticipantStatus.CANCELLED;
    }

    public String juhanId() {
        return juhanId;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String email() {
        return email;
    }

    public String workplace() {
        return workplace;
    }

    public ParticipantStatus status() {
        return status;
    }

    public String contractNumber() {
        return contractNumber;
    }

    public String groupCode() {
        return groupCode;
    }
}
