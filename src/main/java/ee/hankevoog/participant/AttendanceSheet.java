package ee.hankevoog.participant;

import ee.hankevoog.calendar.WorkingDays;
import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.document.DocumentKind;
import ee.hankevoog.document.Documents;
import ee.hankevoog.document.PdfDocuments;
import ee.hankevoog.document.StoredDocument;
import ee.hankevoog.document.Upload;
import ee.hankevoog.training.TrainingGroup;
import java.util.List;
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
    private final Documents documents;

    AttendanceSheet(ContractLookup contracts, RosterImport roster, PdfDocuments pdf, Documents documents) {
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

    /** The signed sheet, checked like any upload (size, type, no personal codes), stored as evidence. */
    @Transactional
    public StoredDocument keepSigned(String number, String groupCode, Upload upload) {
        contracts.requireWithGroup(number, groupCode);
        List<String> types = documents.check(List.of(upload));
        return documents.store(number, groupCode, DocumentKind.ATTENDANCE_SHEET, upload.fileName(), types.get(0),
                upload.content());
    }
}
