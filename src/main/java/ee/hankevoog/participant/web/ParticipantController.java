package ee.hankevoog.participant.web;

import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.document.DocumentRefused;
import ee.hankevoog.document.StoredDocument;
import ee.hankevoog.document.Upload;
import ee.hankevoog.participant.AssessmentRecords;
import ee.hankevoog.participant.AttendanceRecords;
import ee.hankevoog.participant.AttendanceSheet;
import ee.hankevoog.participant.CompletionExport;
import ee.hankevoog.participant.MissingRoster;
import ee.hankevoog.participant.Participant;
import ee.hankevoog.participant.ParticipantStatus;
import ee.hankevoog.participant.RosterImport;
import ee.hankevoog.security.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A group's roster: imported from JUHAN's export by officers, read by officers, auditors and its own trainers. */
@RestController
class ParticipantController {

    private final RosterImport roster;
    private final AttendanceRecords attendance;
    private final AssessmentRecords assessment;
    private final CompletionExport export;
    private final ContractLookup contracts;
    private final AttendanceSheet sheet;

    ParticipantController(RosterImport roster, AttendanceRecords attendance, AssessmentRecords assessment,
            CompletionExport export, ContractLookup contracts, AttendanceSheet sheet) {
        this.sheet = sheet;
        this.roster = roster;
        this.attendance = attendance;
        this.assessment = assessment;
        this.export = export;
        this.contracts = contracts;
    }

    @PostMapping(path = "/api/contracts/{number}/groups/{code}/participants",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<RosterImport.Result> importRoster(@PathVariable String number, @PathVariable String code,
            @RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new MissingRoster();
        }
        return ResponseEntity.created(URI.create("/api/contracts/" + number + "/groups/" + code + "/participants"))
                .body(roster.importRoster(number, code, file.getBytes()));
    }

    /** A trainer reads only the rosters of the contracts they train on; any other is unknown to them. */
    @GetMapping("/api/contracts/{number}/groups/{code}/participants")
    List<ParticipantView> participants(@PathVariable String number, @PathVariable String code,
            Authentication login) {
        requireTrainerOf(number, login);
        return views(number, code, roster.of(number, code));
    }

    /** After the last training day: who passed the assessment and who did not. */
    @PutMapping("/api/contracts/{number}/groups/{code}/assessment")
    List<ParticipantView> assessment(@PathVariable String number, @PathVariable String code,
            @Valid @RequestBody AssessmentRequest request, Authentication login) {
        requireMayRecord(number, login);
        assessment.record(number, code, Set.copyOf(request.passed()), Set.copyOf(request.notPassed()));
        return views(number, code, roster.of(number, code));
    }

    /** The outcome for JUHAN, as Estonian Excel opens it. */
    @GetMapping("/api/contracts/{number}/groups/{code}/completion.csv")
    ResponseEntity<byte[]> completion(@PathVariable String number, @PathVariable String code) {
        return download(ContentDisposition.attachment(), "juhan-", number, code, ".csv",
                new MediaType("text", "csv", StandardCharsets.UTF_8), export.csv(number, code)
                        .getBytes(StandardCharsets.UTF_8));
    }

    /** The same outcome as an Excel workbook. */
    @GetMapping("/api/contracts/{number}/groups/{code}/completion.xlsx")
    ResponseEntity<byte[]> completionWorkbook(@PathVariable String number, @PathVariable String code) {
        return download(ContentDisposition.attachment(), "juhan-", number, code, ".xlsx", MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), export.xlsx(number, code));
    }

    private List<ParticipantView> views(String number, String code, List<Participant> participants) {
        List<LocalDate> days = contracts.require(number).group(code).trainingDates();
        return participants.stream().map(participant -> ParticipantView.of(participant, days)).toList();
    }

    /** A training day's record: who was present, and who signed the confidentiality agreement. */
    @PutMapping("/api/contracts/{number}/groups/{code}/days/{day}/attendance")
    List<ParticipantView> attendance(@PathVariable String number, @PathVariable String code,
            @PathVariable LocalDate day, @Valid @RequestBody AttendanceRequest request, Authentication login) {
        requireMayRecord(number, login);
        attendance.record(number, code, day, Set.copyOf(request.present()),
                request.confidentialityAgreementSigned() == null ? Set.of()
                        : Set.copyOf(request.confidentialityAgreementSigned()));
        return views(number, code, roster.of(number, code));
    }

    /** The sheet for groups that sign on paper: names, a signature column a day, the confidentiality statement. */
    @GetMapping("/api/contracts/{number}/groups/{code}/attendance-sheet.pdf")
    ResponseEntity<byte[]> attendanceSheet(@PathVariable String number, @PathVariable String code,
            Authentication login) {
        requireTrainerOf(number, login);
        return pdf(number, code, sheet.print(number, code));
    }

    /** The signed sheet, scanned: kept with the contract's evidence. */
    @PostMapping(path = "/api/contracts/{number}/groups/{code}/attendance-sheets",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<KeptSheet> keepSignedSheet(@PathVariable String number, @PathVariable String code,
            @RequestParam(name = "file", required = false) MultipartFile file, Authentication login)
            throws IOException {
        requireMayRecord(number, login);
        if (file == null || file.isEmpty()) {
            throw new DocumentRefused(HttpStatus.BAD_REQUEST, "No sheet", "Send the signed sheet, scanned (PDF,"
                    + " JPEG or PNG), in the multipart part 'file'.");
        }
        StoredDocument kept = sheet.keepSigned(number, code, new Upload(file.getOriginalFilename(), file.getBytes()));
        return ResponseEntity.created(URI.create("/api/documents/" + kept.id()))
                .body(new KeptSheet(kept.id(), kept.fileName(), kept.sizeBytes(), kept.sha256()));
    }

    static ResponseEntity<byte[]> pdf(String number, String code, byte[] content) {
        return download(ContentDisposition.inline(), "osalejate-leht-", number, code, ".pdf", MediaType.APPLICATION_PDF,
                content);
    }

    /** A group's file, named after the contract and the group in characters every browser keeps. */
    private static ResponseEntity<byte[]> download(ContentDisposition.Builder disposition, String prefix,
            String number, String code, String extension, MediaType type, byte[] content) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition
                .filename(prefix + (number + "-" + code).replaceAll("[^A-Za-z0-9._-]", "_") + extension).build()
                .toString()).body(content);
    }

    /** A signed sheet as stored: its document id, name, size and SHA-256. */
    record KeptSheet(long id, String fileName, long sizeBytes, String sha256) {
    }

    /** Records are an officer's or an administrator's, or those of a trainer the contract names: no one else's. */
    private void requireMayRecord(String number, Authentication login) {
        if (!Roles.isOfficerOrAdmin(login)) {
            contracts.requireNamedTrainer(number, login.getName());
        }
    }

    private void requireTrainerOf(String number, Authentication login) {
        if (Roles.isOnlyTrainer(login)) {
            contracts.requireNamedTrainer(number, login.getName());
        }
    }

    record AssessmentRequest(@NotNull @Size(max = 100) List<@NotBlank @Size(max = 64) String> passed,
            @NotNull @Size(max = 100) List<@NotBlank @Size(max = 64) String> notPassed) {
    }

    /** @param confidentialityAgreementSigned those who signed annex 3 on this day or before; later days may omit it */
    record AttendanceRequest(@NotNull @Size(max = 100) List<@NotBlank @Size(max = 64) String> present,
            @Size(max = 100) List<@NotBlank @Size(max = 64) String> confidentialityAgreementSigned) {
    }

    /** One registration as the API shows it: attendance per training day (PRESENT or ABSENT), outcome and why. */
    record ParticipantView(String juhanId, String firstName, String lastName, String email, String workplace,
            boolean confidentialityAgreementSigned, Map<LocalDate, String> attendance, String assessment,
            ParticipantStatus status, String reason) {

        static ParticipantView of(Participant participant, List<LocalDate> trainingDays) {
            Map<LocalDate, String> days = new TreeMap<>();
            participant.attendance().forEach((day, present) -> days.put(day, present ? "PRESENT" : "ABSENT"));
            Participant.Completion completion = participant.completion(trainingDays);
            return new ParticipantView(participant.juhanId(), participant.firstName(), participant.lastName(),
                    participant.email(), participant.workplace(), participant.agreementSigned(), days,
                    participant.assessment() == null ? null : participant.assessment().name(), completion.status(),
                    completion.reason());
        }
    }
}
