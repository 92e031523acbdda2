package ee.hankevoog.demo;

import static ee.hankevoog.process.ContractProcess.Task.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** A valid completion of each user task, as a trainer or officer would fill the form: the demo's answers. */
public final class SampleAnswers {

    private SampleAnswers() {
    }

    public static Map<String, Object> valid(String taskKey, LocalDate day) {
        String today = day.toString();
        Map<String, Object> values = new HashMap<>();
        switch (taskKey) {
            case AGREE_TRAINING_DATES -> { }
            case CONFIRM_TRAINING_DATES -> values.put("datesConfirmed", true);
            case CONFIRM_PROPOSED_DAYS -> values.put("proposalAccepted", true);
            case CONFIRM_JUHAN_PROFILE, CONFIRM_JOINING_TRAINER_PROFILE -> values.put("juhanProfilePublished", true);
            case GIVE_CURRICULUM_INPUT -> values.put("curriculumInput", "Lisada kovisiooni mudelid / add co-vision models");
            case HOLD_CURRICULUM_MEETING -> {
                values.putAll(meeting(today));
                values.remove("meetingMode");
                values.put("workersCurriculumApproved", true);
                values.put("leadersCurriculumApproved", true);
            }
            case HOLD_PRE_MEETING, RECORD_INTERIM_MEETING -> values.putAll(meeting(today));
            case SEND_MATERIALS -> {
                values.put("materialsSentOn", today);
                values.put("materialsDescription", "Slaidid ja töölehed / slides and worksheets (PDF, 2 MB)");
            }
            case RECORD_TRAINING_DAY -> {
                values.put("participantsPresent", 14L);
                values.put("confidentialityAgreementsSigned", true);
                values.put("recordingMade", false);
                values.put("notesDestroyed", true);
            }
            case PREPARE_HANDOVER_ACT -> {
                // a remark for any group whose days held fall short of its contracted hours
                values.put("handoverActRemarks", "Tunnid, mis jäid lepingu kavast puudu, jäid ära koolitaja haiguse tõttu"
                        + " / hours short of the contract were lost to the trainer's illness");
            }
            case ACCEPT_HANDOVER_ACT -> values.put("handoverAccepted", true);
            case UPDATE_JUHAN_STATUSES -> values.put("juhanStatusesUpdated", true);
            case COLLECT_FEEDBACK -> values.put("feedbackSummary", "Väga kasulik / very useful");
            case DELETE_DIGITAL_MATERIAL -> {
                values.put("deletedMaterial", "Mustandid ja töölehed / drafts and worksheets");
                values.put("keptMaterial", "Saadetud materjalid ja vastu võetud aktid (tõendid) / delivered materials"
                        + " and accepted acts (evidence)");
                values.put("storedFilesDeleted", true);
            }
            case CONFIRM_DELETION -> values.put("deletionConfirmed", true);
            default -> throw new IllegalArgumentException("No sample values for " + taskKey);
        }
        return values;
    }

    private static Map<String, Object> meeting(String today) {
        return Map.of("meetingDate", today, "meetingMode", "ONLINE", "attendees", "Mari Maasikas, Tiit Tamm",
                "minutes", "Kokku lepiti korraldus / organisation agreed");
    }
}
