package ee.hankevoog.materials;

import ee.hankevoog.calendar.WorkingDays;
import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.TrainingBlock;
import ee.hankevoog.document.Sizes;
import ee.hankevoog.document.StoredDocument;
import ee.hankevoog.notification.Letter;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The e-mail that carries a block's materials to the customer's contact person. */
@Component
class MaterialsLetter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final WorkingDays workingDays;

    MaterialsLetter(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    Letter compose(Contract contract, MaterialsTask task, List<StoredDocument> files) {
        List<TrainingBlock> blocks = contract.group(task.groupCode()).blocks(workingDays);
        String days = task.blockIndex() < blocks.size() ? blocks.get(task.blockIndex()).days().stream()
                .map(DAY::format).collect(Collectors.joining(", ")) : "";
        String subject = "Koolitusmaterjalid / Training materials – leping / contract " + contract.number()
                + ", grupp / group " + task.groupCode() + (days.isEmpty() ? "" : ", " + days);
        String body = "Tere, " + contract.contact().name() + "!\n\n"
                + "Manuses on koolitusel kasutatavad materjalid (" + files.size() + " faili).\n"
                + "Attached are the materials used in the training (" + files.size() + " files).\n\n"
                + "Leping / Contract: " + contract.number() + " " + contract.title() + "\n"
                + "Grupp / Group: " + task.groupCode() + "\n"
                + (days.isEmpty() ? "" : "Koolituspäevad / Training days: " + days + "\n")
                + "\n" + fileList(files, true) + "\n";
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
