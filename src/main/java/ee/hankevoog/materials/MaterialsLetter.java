package ee.hankevoog.materials;

import ee.hankevoog.calendar.WorkingDays;
import ee.hankevoog.contract.Contract;
import ee.hankevoog.training.TrainingBlock;
import ee.hankevoog.document.Sizes;
import ee.hankevoog.document.StoredDocument;
import ee.hankevoog.notification.Letter;
import ee.hankevoog.notification.MailTemplates;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The e-mail that carries a block's materials to the customer's contact person. */
@Component
class MaterialsLetter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final WorkingDays workingDays;
    private final MailTemplates templates;

    MaterialsLetter(WorkingDays workingDays, MailTemplates templates) {
        this.workingDays = workingDays;
        this.templates = templates;
    }

    Letter compose(Contract contract, MaterialsTask task, List<StoredDocument> files) {
        List<TrainingBlock> blocks = contract.materialsDeliveries(task.groupCode(), workingDays);
        String days = task.blockIndex() < blocks.size() ? blocks.get(task.blockIndex()).days().stream()
                .map(DAY::format).collect(Collectors.joining(", ")) : "";
        String subject = days.isEmpty()
                ? templates.word("mail.materials.subject", contract.number(), task.groupCode())
                : templates.word("mail.materials.subjectDays", contract.number(), task.groupCode(), days);
        String body = templates.text("materials", Map.of("contract", contract, "group", task.groupCode(),
                "days", days, "count", String.valueOf(files.size()), "files", fileList(files, true)));
        return new Letter(contract.number(), task.groupCode(), "MATERIALS", task.taskId(), contract.contact().email(),
                subject, body, files.stream().map(StoredDocument::id).toList());
    }

    /**
     * One line a file: name and size, and in the letter the checksum, so the receiver can tell the files are the
     * ones recorded. The task's description leaves the checksum to the delivery record: a run of its digits can
     * pass for a personal identification code, which task answers must not hold.
     */
    static String fileList(List<StoredDocument> files, boolean withChecksums) {
        return files.stream().map(file -> "- " + file.fileName() + " (" + Sizes.readable(file.sizeBytes())
                + (withChecksums ? ", SHA-256 " + file.sha256() : "") + ")").collect(Collectors.joining("\n"));
    }
}
