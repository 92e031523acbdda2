package ee.hankevoog.participant;

import ee.hankevoog.audit.AuditKind;
import ee.hankevoog.audit.AuditTrail;
import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.calendar.WorkingDays;
import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.training.TrainingGroup;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A training day's record per participant: who was present, and who signed the confidentiality agreement (once per
 * training: the first day's record, or any earlier one, keeps it). Each record replaces the day's list; accepted for
 * any of the group's training days up to today, whatever the process does.
 */
@Component
public class AttendanceRecords {

    private final ContractLookup contracts;
    private final ParticipantRepository participants;
    private final EngineClock clock;
    private final AuditTrail audit;
    private final DayTaskShowsRecord dayTask;
    private final JdbcTemplate jdbc;

    AttendanceRecords(ContractLookup contracts, ParticipantRepository participants, EngineClock clock,
            AuditTrail audit, DayTaskShowsRecord dayTask, JdbcTemplate jdbc) {
        this.dayTask = dayTask;
        this.jdbc = jdbc;
        this.contracts = contracts;
        this.participants = participants;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    public List<Participant> record(String number, String groupCode, LocalDate day, Set<String> present,
            Set<String> signed) {
        contracts.lock(number);
        Contract contract = contracts.requireWithGroup(number, groupCode);
        TrainingGroup group = contract.group(groupCode);
        if (!group.trainingDates().contains(day)) {
            throw new AttendanceRefused(day + " is not a training day of group " + groupCode + "; its days are "
                    + group.trainingDates());
        }
        if (group.isCancelled()) {
            throw new AttendanceRefused("Group " + groupCode + " was cancelled; nobody's attendance is recorded");
        }
        if (group.days().stream().anyMatch(known -> known.day().equals(day) && Boolean.FALSE.equals(known.held()))) {
            throw new AttendanceRefused(day + " was recorded as not held; record the attendance on its new date");
        }
        if (day.isAfter(clock.today())) {
            throw new DayNotYetCome(groupCode, day, clock.today());
        }
        Map<String, Participant> roster = participants
                .ofGroup(number, groupCode).stream()
                .filter(Participant::takesPart)
                .collect(Collectors.toMap(Participant::juhanId, Function.identity()));
        List<String> unknown = Stream.concat(present.stream(), signed.stream()).distinct()
                .filter(id -> !roster.containsKey(id)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new AttendanceRefused("JUHAN ids " + unknown + " are not on group " + groupCode + "'s roster;"
                    + " import the roster again from JUHAN, or leave them out");
        }
        List<String> unsigned = present.stream().filter(id -> !signed.contains(id) && !roster.get(id).signedBy(day))
                .sorted().toList();
        if (!unsigned.isEmpty()) {
            throw new AttendanceRefused("participants " + unsigned + " are recorded present but have not signed the"
                    + " confidentiality agreement (annex 3); every participant signs it at the start of the training:"
                    + " add them to confidentialityAgreementSigned");
        }
        Map<Long, LocalDate> signedBefore = new HashMap<>();
        roster.values().forEach(participant -> signedBefore.put(participant.id(), participant.agreementSignedOn()));
        roster.values().forEach(participant -> participant.attend(day, present.contains(participant.juhanId()),
                signed.contains(participant.juhanId())));
        storeDay(number, groupCode, day, roster.values(), signedBefore);
        long signedBy = roster.values().stream().filter(participant -> participant.signedBy(day)).count();
        dayTask.show(number, groupCode, day, present.size(), roster.size(), signedBy);
        audit.append(number, AuditKind.ATTENDANCE_RECORDED, groupCode, "Recorded group " + groupCode + "'s training"
                + " day " + day.format(WorkingDays.ESTONIAN_DATE) + ": " + present.size() + " of " + roster.size()
                + " present, " + signedBy + " signed the confidentiality agreement", Map.of("day", day.toString(),
                "present", present.size(), "onRoster", roster.size(), "agreementSigned", signedBy));
        return participants.ofGroup(number, groupCode);
    }

    /**
     * Writes the day's rows and the signatures it changed, not the participants: saving them would write every
     * earlier day's rows of the whole group again, at every training day.
     */
    private void storeDay(String number, String groupCode, LocalDate day, Collection<Participant> roster,
            Map<Long, LocalDate> signedBefore) {
        jdbc.update("delete from participant_attendance where training_date = ? and participant_id in"
                + " (select id from participant where contract_number = ? and group_code = ?)", day, number, groupCode);
        jdbc.batchUpdate("insert into participant_attendance (participant_id, training_date, present) values (?, ?, ?)",
                roster.stream().map(participant -> new Object[] {participant.id(), day,
                        participant.attendance().get(day)}).toList());
        List<Object[]> signatures = roster.stream()
                .filter(participant -> !Objects.equals(signedBefore.get(participant.id()),
                        participant.agreementSignedOn()))
                .map(participant -> new Object[] {participant.agreementSignedOn(), participant.id()}).toList();
        if (!signatures.isEmpty()) {
            jdbc.batchUpdate("update participant set agreement_signed_on = ? where id = ?", signatures);
        }
    }
}
