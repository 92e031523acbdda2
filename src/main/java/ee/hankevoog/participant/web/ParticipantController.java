package ee.hankevoog.participant.web;

import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.contract.UnknownContract;
import ee.hankevoog.participant.Participant;
import ee.hankevoog.participant.ParticipantStatus;
import ee.hankevoog.participant.MissingRoster;
import ee.hankevoog.participant.RosterImport;
import ee.hankevoog.security.Roles;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A group's roster: imported from JUHAN's export by officers, read by officers, auditors and its own trainers. */
@RestController
class ParticipantController {

    private final RosterImport roster;
    private final ContractLookup contracts;

    ParticipantController(RosterImport roster, ContractLookup contracts) {
        this.roster = roster;
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
        if (Roles.isOnlyTrainer(login) && !contracts.require(number).trainerUsers().contains(login.getName())) {
            throw new UnknownContract(number);
        }
        return roster.of(number, code).stream().map(ParticipantView::of).toList();
    }

    /** One registration as the API shows it; attendance and assessment are recorded on the training days. */
    record ParticipantView(String juhanId, String firstName, String lastName, String email, String workplace,
            boolean confidentialityAgreementSigned, Map<LocalDate, String> attendance, String assessment,
            ParticipantStatus status, String reason) {

        static ParticipantView of(Participant participant) {
            return new ParticipantView(participant.juhanId(), participant.firstName(), participant.lastName(),
                    participant.email(), participant.workplace(), false, Map.of(), null, participant.status(), null);
        }
    }
}
