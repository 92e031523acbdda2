package ee.hankevoog.handover;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What a group's handover-acceptance act says: the contract and group, what was delivered and who completed.
 *
 * @param round 1 for the first version, one more after each time the officer returned it
 */
public record HandoverAct(String contractNumber, String contractTitle, String customerContact,
        List<String> trainers, String groupCode, String targetGroup, String place, List<LocalDate> trainingDays,
        int academicHoursPlanned, int hoursDelivered, List<String> completedParticipants,
        List<DeliveredMaterial> materials, String remarks, int round, String preparedBy,
        LocalDateTime preparedAt) {

    public record DeliveredMaterial(String fileName, long sizeBytes, String sha256, LocalDateTime deliveredAt) {
    }
}
