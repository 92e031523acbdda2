package ee.hankevoog.participant;

import ee.hankevoog.audit.AuditKind;
import ee.hankevoog.audit.AuditTrail;
import ee.hankevoog.calendar.WorkingDays;
import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.document.DocumentKind;
import ee.hankevoog.document.DocumentRefused;
import ee.hankevoog.document.Documents;
import ee.hankevoog.document.PdfDocuments;
import ee.hankevoog.document.Sizes;
import ee.hankevoog.document.StoredDocument;
import ee.hankevoog.document.Upload;
import ee.hankevoog.training.TrainingGroup;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For groups that sign on paper: the printable sheet (each participant, a signature column a day, the
 * confidentiality statement of annex 3) and the signed sheet, scanned, kept with the contract's evidence.
 */
@Component
public class AttendanceSheet {

    /** What the sheet shows; names as JUHAN has them, in name order. */
    public record Page(String contractNumber, String contractTitle, String groupCode, String place,
            List<String> days, List<String> participants) {

        public String title() {
            return "Osalejate leht / Attendance sheet " + contractNumber + " " + groupCode;
        }
    }

    private final ContractLookup contracts;
    private final RosterImport roster;
    private final PdfDocuments pdf;
    private static final Map<String, String> SCANS = Map.of("application/pdf", "pdf", "image/jpeg", "jpg",
            "image/png", "png");

    private final Documents documents;
    private final AuditTrail audit;

    AttendanceSheet(ContractLookup contracts, RosterImport roster, PdfDocuments pdf, Documents documents,
            AuditTrail audit) {
        this.audit = audit;
        this.contracts = contracts;
        this.roster = roster;
        this.pdf = pdf;
        this.documents = documents;
    }

    public byte[] print(String number, String groupCode) {
        Contract contract = contracts.requireWithGroup(number, groupCode);
        TrainingGroup group = contract.group(groupCode);
        Page page = new Page(number, contract.title(), groupCode, group.place(),
                group.trainingDates().stream().map(day -> day.format(WorkingDays.ESTONIAN_DATE)).toList(),
                roster.of(number, groupCode).stream().filter(Participant::takesPart)
                        .map(participant -> participant.firstName() + " " + participant.lastName()).toList());
        return pdf.render("attendance-sheet", page, page.title());
    }

    /**
     * The signed sheet, checked like any upload (size, content, no personal codes) and a scan (PDF, JPEG or PNG),
     * stored as evidence under a name of Hankevoog's: the name a user gave may hold people's names, and the audit
     * trail, which outlives them, repeats a file's name.
     */
    @Transactional
    public StoredDocument keepSigned(String number, String groupCode, Upload upload) {
        contracts.lock(number);
        contracts.requireWithGroup(number, groupCode);
        String type = documents.check(List.of(upload)).get(0);
        String extension = SCANS.get(type);
        if (extension == null) {
            throw new DocumentRefused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Not a scan", "File '" + upload.fileName()
                    + "' is " + type + "; a signed sheet is kept as a scan: PDF, JPEG or PNG.");
        }
        long earlier = documents.ofContract(number).stream()
                .filter(document -> document.kind() == DocumentKind.ATTENDANCE_SHEET).count();
        StoredDocument stored = documents.store(number, groupCode, DocumentKind.ATTENDANCE_SHEET,
                "osalejate-leht-" + number + "-" + groupCode + "-" + (earlier + 1) + "." + extension, type,
                upload.content());
        audit.append(number, AuditKind.ATTENDANCE_RECORDED, groupCode, "Kept group " + groupCode + "'s signed"
                + " attendance sheet " + stored.fileName() + " (" + Sizes.readable(stored.sizeBytes()) + ", SHA-256 "
                + stored.sha256() + ")", Map.of("documentId", stored.id(), "sha256", stored.sha256()));
        return stored;
    }
}
