package ee.hankevoog.handover;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What one training group's handover-acceptance act says: the contract and the group, what was delivered, and from
 * the group's records who completed it and who did not, and why.
 *
 * @param targetGroup a display label, e.g. "Lastekaitsetöötajad / Child-protection workers"
 * @param notCompleted each "name: reason"
 * @param rosterKept  false for a group whose roster was never imported: the act then names nobody
 * @param remarks     the contractor's remarks; null or blank when there are none
 * @param round       1 for the first version, one more each time the officer returned the act
 */
public record HandoverAct(String contractNumber, String contractTitle, String customerContact,
        List<String> trainers, String groupCode, String targetGroup, String place,
        List<LocalDate> trainingDays, int academicHoursPlanned, int hoursDelivered,
        List<String> completed, List<String> notCompleted, boolean rosterKept, List<DeliveredMaterial> materials,
        String remarks,
        int round, String preparedBy, LocalDateTime preparedAt) {

    public HandoverAct {
        trainers = copy(trainers);
        trainingDays = copy(trainingDays);
        completed = copy(completed);
        notCompleted = copy(notCompleted);
        materials = copy(materials);
    }

    /** Academic hours contracted but not delivered; the act's remarks say why. */
    public int hoursShort() {
        return Math.max(0, academicHoursPlanned - hoursDelivered);
    }

    /** One file handed over to the customer, identified by its SHA-256 so that both sides can check it is the same. */
    public record DeliveredMaterial(String fileName, long sizeBytes, String sha256, LocalDateTime deliveredAt) {
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
