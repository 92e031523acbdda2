package ee.hankevoog.document;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** What the deletion task shows: every stored file of the contract, and whether the contract says to keep it. */
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
        return "**Kinnitamisel kustutatakse / Confirming deletes** (" + superfluous.size() + "):\n\n"
                + (superfluous.isEmpty() ? "- —" : lines(superfluous)) + "\n\n"
                + "**Säilitatakse lepingu järgi / Kept as the contract requires** (" + kept.size() + "):\n\n"
                + (kept.isEmpty() ? "- —" : lines(kept)) + "\n"
                + "- Auditijälg: kes mida tegi ja millal / the audit trail: who did what and when";
    }

    private static String lines(List<StoredDocument> files) {
        return files.stream().map(file -> "- " + file.fileName().replaceAll("([\\\\`*_\\[\\]<>#])", "\\\\$1") + " ("
                + (file.groupCode() == null ? "" : file.groupCode() + ", ") + label(file) + ", "
                + Sizes.readable(file.sizeBytes()) + ", SHA-256 " + file.sha256().substring(0, 12) + "…)")
                .collect(Collectors.joining("\n"));
    }

    private static String label(StoredDocument file) {
        return switch (file.kind()) {
            case MATERIAL -> "koolitusmaterjal / training material";
            case HANDOVER_ACT -> file.mustBeKept() ? "vastu võetud akt / accepted act"
                    : "akti mustand / draft act";
        };
    }
}
