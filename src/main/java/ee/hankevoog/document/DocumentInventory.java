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

    /** The engine keeps a text variable of at most 4,000 characters; the form shows this much, then a count. */
    private static final int LIMIT = 3_900;
    private static final String TAIL = "- Osalemise andmed ja auditijälg: kes mida tegi ja millal / attendance records"
            + " and the audit trail: who did what and when";

    /** Markdown for the task form: the files that confirming deletes, then what is kept and why. */
    public String describe(String contractNumber) {
        List<StoredDocument> stored = documents.ofContract(contractNumber).stream()
                .filter(document -> !document.isDeleted()).toList();
        List<StoredDocument> superfluous = stored.stream().filter(document -> !document.mustBeKept()).toList();
        List<StoredDocument> kept = stored.stream().filter(StoredDocument::mustBeKept).toList();
        String head = "**Üleliigne, kinnitamisel kustutatakse / Superfluous, confirming deletes** (" + superfluous.size()
                + "):\n\n";
        String middle = "\n\n**Tõendid, säilitatakse säilitustähtajani / Evidence, kept for the retention period** ("
                + kept.size() + "):\n\n";
        // what confirming deletes comes first and gets the room it needs; the evidence gets what is left
        int room = LIMIT - head.length() - middle.length() - TAIL.length() - 1;
        String deleted = lines(superfluous, room / 2 + Math.max(0, room / 2 - length(kept)));
        return head + deleted + middle + lines(kept, room - deleted.length()) + "\n" + TAIL;
    }

    private static int length(List<StoredDocument> files) {
        return files.stream().mapToInt(file -> line(file).length() + 1).sum();
    }

    /** One line a file, as many as fit in {@code room} characters, then how many more there are. */
    private static String lines(List<StoredDocument> files, int room) {
        if (files.isEmpty()) {
            return "- —";
        }
        StringBuilder text = new StringBuilder();
        int shown = 0;
        for (StoredDocument file : files) {
            String line = (shown == 0 ? "" : "\n") + line(file);
            if (text.length() + line.length() > room - 80) {
                break;
            }
            text.append(line);
            shown++;
        }
        if (shown < files.size()) {
            text.append(shown == 0 ? "" : "\n").append("- … ").append(files.size() - shown)
                    .append(" veel; kõik failid on lepingu lehel / more; the contract page lists every file");
        }
        return text.toString();
    }

    private static String line(StoredDocument file) {
        return "- " + file.fileName().replaceAll("([\\\\`*_\\[\\]<>#])", "\\\\$1") + " ("
                + (file.groupCode() == null ? "" : file.groupCode() + ", ") + label(file) + ", "
                + (file.isBeingWritten() ? "PDF kirjutamisel / PDF being written"
                        : Sizes.readable(file.sizeBytes()) + ", SHA-256 " + file.sha256().substring(0, 12) + "…") + ")";
    }

    private static String label(StoredDocument file) {
        return switch (file.kind()) {
            case MATERIAL -> file.mustBeKept() ? "saadetud koolitusmaterjal / training material as delivered"
                    : "saatmata koolitusmaterjal / training material never delivered";
            case HANDOVER_ACT -> file.mustBeKept() ? "vastu võetud akt / accepted act"
                    : "akti mustand / draft act";
            case JUHAN_EXPORT -> "eksport JUHANi jaoks / export for JUHAN";
            case ATTENDANCE_SHEET -> "allkirjastatud osalejate leht / signed attendance sheet";
        };
    }
}
