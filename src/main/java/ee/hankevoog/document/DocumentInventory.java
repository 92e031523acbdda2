package ee.hankevoog.document;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** What the deletion task shows: every stored file of the contract, superfluous or evidence. */
@Component("documentInventory")
public class DocumentInventory {

    private final Documents documents;

    DocumentInventory(Documents documents) {
        this.documents = documents;
    }

    /** Markdown for the task form: the files that confirming deletes, then what is kept and why. */
    public String describe(String contractNumber) {
        List<StoredDocument> stored = documents.ofContract(contractNumber).stream()
                .filter(document -> !document.isDeleted()).toList();
        List<StoredDocument> superfluous = stored.stream().filter(document -> !document.mustBeKept()).toList();
        List<StoredDocument> kept = stored.stream().filter(StoredDocument::mustBeKept).toList();
        return "**Üleliigne, kinnitamisel kustutatakse / Superfluous, confirming deletes** (" + superfluous.size()
                + "):\n\n" + (superfluous.isEmpty() ? "- —" : lines(superfluous)) + "\n\n"
                + "**Tõendid, säilitatakse säilitustähtajani / Evidence, kept for the retention period** ("
                + kept.size() + "):\n\n" + (kept.isEmpty() ? "- —" : lines(kept)) + "\n"
                + "- Osalemise andmed ja auditijälg: kes mida tegi ja millal / attendance records and the audit trail:"
                + " who did what and when";
    }

    private static String lines(List<StoredDocument> files) {
        return files.stream().map(file -> "- " + file.fileName().replaceAll("([\\\\`*_\\[\\]<>#])", "\\\\$1") + " ("
                + (file.groupCode() == null ? "" : file.groupCode() + ", ") + label(file) + ", "
                + Sizes.readable(file.sizeBytes()) + ", SHA-256 " + file.sha256().substring(0, 12) + "…)")
                .collect(Collectors.joining("\n"));
    }

    private static String label(StoredDocument file) {
        return switch (file.kind()) {
            case MATERIAL -> file.mustBeKept() ? "saadetud koolitusmaterjal / training material as delivered"
                    : "saatmata koolitusmaterjal / training material never delivered";
            case HANDOVER_ACT -> file.mustBeKept() ? "vastu võetud akt / accepted act"
                    : "akti mustand / draft act";
        };
    }
}
