package ee.hankevoog.handover;

import ee.hankevoog.document.Sizes;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The act as the printed page shows it: dates, sizes and checksums already written out, so that the template only
 * places text and no formatting rule hides in it.
 */
record HandoverActPage(HandoverAct act, String title, String trainers, String trainingDays,
        List<MaterialRow> materials, String remarks, String preparedAt, boolean revised) {

    private static final String NOTHING = "—";

    private static final Locale ESTONIAN = Locale.forLanguageTag("et");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final int SHORT_CHECKSUM = 12;

    record MaterialRow(String fileName, String size, String sha256, String deliveredAt) {
    }

    static HandoverActPage of(HandoverAct act) {
        return new HandoverActPage(act, titleOf(act), listed(act.trainers()),
                listed(act.trainingDays().stream().map(DAY::format).toList()),
                act.materials().stream().map(HandoverActPage::row).toList(),
                act.remarks() == null || act.remarks().isBlank() ? NOTHING : act.remarks(),
                moment(act.preparedAt()), act.round() > 1);
    }

    private static String titleOf(HandoverAct act) {
        return "Üleandmise-vastuvõtmise akt " + act.contractNumber() + " " + act.groupCode();
    }

    private static MaterialRow row(HandoverAct.DeliveredMaterial material) {
        return new MaterialRow(material.fileName(), Sizes.readable(material.sizeBytes(), ESTONIAN),
                shortChecksum(material.sha256()), moment(material.deliveredAt()));
    }

    private static String listed(List<String> items) {
        return items.isEmpty() ? NOTHING : String.join(", ", items);
    }

    private static String moment(LocalDateTime moment) {
        return moment == null ? NOTHING : MOMENT.format(moment);
    }

    /** The first twelve hex digits tell files apart on paper; the full checksum stays in the delivery record. */
    private static String shortChecksum(String sha256) {
        if (sha256 == null || sha256.isBlank()) {
            return NOTHING;
        }
        String hex = sha256.strip().toLowerCase(Locale.ROOT);
        return hex.length() <= SHORT_CHECKSUM ? hex : hex.substring(0, SHORT_CHECKSUM) + "…";
    }
}
