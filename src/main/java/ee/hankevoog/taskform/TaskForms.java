package ee.hankevoog.taskform;

import static ee.hankevoog.taskform.FormField.choice;
import static ee.hankevoog.taskform.FormField.confirmation;
import static ee.hankevoog.taskform.FormField.number;
import static ee.hankevoog.taskform.FormField.optionalText;
import static ee.hankevoog.taskform.FormField.pastDate;
import static ee.hankevoog.taskform.FormField.text;
import static ee.hankevoog.taskform.FormField.yesNo;

import ee.hankevoog.process.ContractProcess;
import ee.hankevoog.process.ContractProcess.Task;
import ee.hankevoog.process.ContractProcess.Var;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each user task's completion (and the contract's start form) carries: the one list that forms,
 * checks and the audit record share.
 */
final class TaskForms {

    private static final List<FormField> MEETING = List.of(pastDate("meetingDate"),
            choice("meetingMode", "ONLINE", "IN_PERSON"), text("attendees"), text("minutes"));

    private static final Map<String, List<FormField>> FIELDS = Map.ofEntries(
            Map.entry(ContractProcess.START_FORM, List.of(text(Var.CONTRACT_NUMBER), text("title"),
                    FormField.date("signedOn"), text("contactName"), text("contactEmail"), text("trainers"),
                    text("groups"), choice("materialsDue", "TRAINING", "BLOCK").optional())),
            Map.entry(Task.AGREE_TRAINING_DATES, List.of(optionalText(Var.TRAINING_DAYS))),
            Map.entry(Task.CONFIRM_TRAINING_DATES, List.of(yesNo(Var.DATES_CONFIRMED),
                    text(Var.DATES_REMARK).requiredWhen(Var.DATES_CONFIRMED, false),
                    yesNo(Var.CANCELLATION_RIGHT_WAIVED).optional())),
            Map.entry(Task.CONFIRM_JUHAN_PROFILE, List.of(confirmation("juhanProfilePublished"))),
            Map.entry(Task.CONFIRM_JOINING_TRAINER_PROFILE, List.of(confirmation("juhanProfilePublished"))),
            Map.entry(Task.GIVE_CURRICULUM_INPUT, List.of(text("curriculumInput"))),
            Map.entry(Task.HOLD_CURRICULUM_MEETING, List.of(pastDate("meetingDate"), text("attendees"),
                    text("minutes"), yesNo(Var.WORKERS_CURRICULUM_APPROVED),
                    yesNo(Var.LEADERS_CURRICULUM_APPROVED))),
            Map.entry(Task.HOLD_PRE_MEETING, MEETING),
            Map.entry(Task.RECORD_INTERIM_MEETING, MEETING),
            Map.entry(Task.DELETE_DIGITAL_MATERIAL, List.of(text("deletedMaterial"), text("keptMaterial"),
                    confirmation(Var.STORED_FILES_DELETED))),
            Map.entry(Task.CONFIRM_DELETION, List.of(confirmation("deletionConfirmed"))),
            Map.entry(Task.SEND_MATERIALS, List.of(pastDate("materialsSentOn"), text("materialsDescription"),
                    number("materialsDeliveryId", 1))),
            // a day not held records only why; the officer then gives it a new date
            Map.entry(Task.RECORD_TRAINING_DAY, List.of(yesNo(Var.DAY_NOT_HELD).optional(),
                    text(Var.NOT_HELD_REASON).requiredWhen(Var.DAY_NOT_HELD, true),
                    // taken from the attendance record when the group has a roster, else required by its listener
                    number(Var.PARTICIPANTS_PRESENT, 0).optional(),
                    confirmation("confidentialityAgreementsSigned").requiredWhen(Var.DAY_NOT_HELD, false),
                    yesNo("recordingMade").requiredWhen(Var.DAY_NOT_HELD, false),
                    confirmation("recordingPermitted").requiredWhen("recordingMade", true),
                    confirmation("notesDestroyed").requiredWhen(Var.DAY_NOT_HELD, false))),
            Map.entry(Task.CONFIRM_PROPOSED_DAYS, List.of(yesNo(Var.PROPOSAL_ACCEPTED),
                    text(Var.PROPOSAL_REMARK).requiredWhen(Var.PROPOSAL_ACCEPTED, false),
                    yesNo(Var.SIX_WEEKS_EXCEPTION_CONFIRMED).optional())),
            Map.entry(Task.MOVE_DAY_NOT_HELD, List.of(FormField.date(Var.NEW_DAY), text(Var.REASON),
                    yesNo(Var.SIX_WEEKS_EXCEPTION_CONFIRMED).optional())),
            // the participants come from the group's records; the hours from its days held, unless fewer are reported
            Map.entry(Task.PREPARE_HANDOVER_ACT, List.of(number("hoursDelivered", 1).optional(),
                    optionalText("handoverActRemarks"))),
            Map.entry(Task.ACCEPT_HANDOVER_ACT, List.of(yesNo(Var.HANDOVER_ACCEPTED),
                    text(Var.HANDOVER_REMARKS).requiredWhen(Var.HANDOVER_ACCEPTED, false))),
            Map.entry(Task.UPDATE_JUHAN_STATUSES, List.of(confirmation("juhanStatusesUpdated"))),
            Map.entry(Task.COLLECT_FEEDBACK, List.of(text("feedbackSummary"),
                    number("feedbackResponses", 0).optional())));

    /** Tasks whose values Hankevoog records itself when it does the work; their forms only point the way. */
    private static final Set<String> COMPLETED_BY_HANKEVOOG = Set.of(Task.SEND_MATERIALS);

    private TaskForms() {
    }

    public static boolean completedByHankevoog(String taskKey) {
        return COMPLETED_BY_HANKEVOOG.contains(taskKey);
    }

    public static List<FormField> of(String taskKey) {
        return FIELDS.getOrDefault(taskKey, List.of());
    }

    public static Map<String, List<FormField>> all() {
        return FIELDS;
    }
}
