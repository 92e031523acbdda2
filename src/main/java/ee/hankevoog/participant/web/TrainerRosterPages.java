package ee.hankevoog.participant.web;

import ee.hankevoog.calendar.EngineClock;
import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.document.DocumentRefused;
import ee.hankevoog.document.Upload;
import ee.hankevoog.participant.AssessmentRecords;
import ee.hankevoog.participant.AttendanceRecords;
import ee.hankevoog.participant.AttendanceRefused;
import ee.hankevoog.participant.AttendanceSheet;
import ee.hankevoog.participant.DayNotYetCome;
import ee.hankevoog.participant.Participant;
import ee.hankevoog.participant.ParticipantStatus;
import ee.hankevoog.participant.RosterImport;
import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The trainer's pages in the training room, made for a phone or tablet: the group's roster and days, each day's
 * ticks of who is present and who signed the confidentiality agreement, and the assessment after the last day.
 */
@Controller
class TrainerRosterPages {

    private static final String BASE = "/my/contracts/{number}/groups/{code}";

    private final ContractLookup contracts;
    private final RosterImport roster;
    private final AttendanceRecords attendance;
    private final AssessmentRecords assessment;
    private final EngineClock clock;
    private final AttendanceSheet sheet;

    TrainerRosterPages(ContractLookup contracts, RosterImport roster, AttendanceRecords attendance,
            AssessmentRecords assessment, EngineClock clock, AttendanceSheet sheet) {
        this.sheet = sheet;
        this.contracts = contracts;
        this.roster = roster;
        this.attendance = attendance;
        this.assessment = assessment;
        this.clock = clock;
    }

    @GetMapping(BASE + "/participants")
    String group(@PathVariable String number, @PathVariable String code, Principal trainer, Model model) {
        Contract contract = show(model, number, code, trainer);
        model.addAttribute("today", clock.today());
        model.addAttribute("assessable", contract.group(code).hasDays()
                && !clock.today().isBefore(contract.group(code).lastDay()));
        return "my-roster";
    }

    @GetMapping(BASE + "/days/{day}/attendance")
    String day(@PathVariable String number, @PathVariable String code, @PathVariable LocalDate day,
            Principal trainer, Model model) {
        show(model, number, code, trainer);
        List<Participant> participants = taking(number, code);
        model.addAttribute("day", day);
        model.addAttribute("present", participants.stream().filter(p -> p.attendance().getOrDefault(day, false))
                .map(Participant::juhanId).toList());
        model.addAttribute("signed", List.of());
        return "attendance";
    }

    /** The ticks are kept on a refusal, so that a trainer in the room corrects one name, not all of them. */
    @PostMapping(BASE + "/days/{day}/attendance")
    String recordDay(@PathVariable String number, @PathVariable String code, @PathVariable LocalDate day,
            @RequestParam(name = "present", required = false) List<String> present,
            @RequestParam(name = "signed", required = false) List<String> signed, Principal trainer, Model model,
            RedirectAttributes next) {
        List<String> presentIds = present == null ? List.of() : present;
        List<String> signedIds = signed == null ? List.of() : signed;
        try {
            requireTrainer(number, trainer);
            attendance.record(number, code, day, Set.copyOf(presentIds), Set.copyOf(signedIds));
            next.addFlashAttribute("recorded", day);
            return "redirect:/my/contracts/" + number + "/groups/" + code + "/participants";
        } catch (AttendanceRefused | DayNotYetCome refused) {
            show(model, number, code, trainer);
            model.addAttribute("day", day);
            model.addAttribute("present", presentIds);
            model.addAttribute("signed", signedIds);
            model.addAttribute("error", refused.getMessage());
            return "attendance";
        }
    }

    @GetMapping(BASE + "/assessment")
    String assessment(@PathVariable String number, @PathVariable String code, Principal trainer, Model model) {
        show(model, number, code, trainer);
        return "assessment";
    }

    /** Each participant's answer arrives as {@code result-<JUHAN id>} = PASSED or NOT_PASSED. */
    @PostMapping(BASE + "/assessment")
    String recordAssessment(@PathVariable String number, @PathVariable String code,
            @RequestParam Map<String, String> form, Principal trainer, Model model,
            RedirectAttributes next) {
        Set<String> passed = answered(form, "PASSED");
        Set<String> notPassed = answered(form, "NOT_PASSED");
        try {
            requireTrainer(number, trainer);
            assessment.record(number, code, passed, notPassed);
            next.addFlashAttribute("assessed", true);
            return "redirect:/my/contracts/" + number + "/groups/" + code + "/participants";
        } catch (AttendanceRefused | DayNotYetCome refused) {
            show(model, number, code, trainer);
            model.addAttribute("error", refused.getMessage());
            return "assessment";
        }
    }

    @GetMapping(BASE + "/attendance-sheet.pdf")
    ResponseEntity<byte[]> sheet(@PathVariable String number, @PathVariable String code, Principal trainer) {
        requireTrainer(number, trainer);
        return ParticipantController.pdf(number, code, sheet.print(number, code));
    }

    @PostMapping(BASE + "/attendance-sheets")
    String keepSheet(@PathVariable String number, @PathVariable String code,
            @RequestParam(name = "file", required = false) MultipartFile file, Principal trainer,
            RedirectAttributes next) throws IOException {
        requireTrainer(number, trainer);
        if (file == null || file.isEmpty()) {
            next.addFlashAttribute("error", "Choose the signed sheet's scan (PDF, JPEG or PNG) first.");
        } else {
            try {
                next.addFlashAttribute("sheetStored", sheet.keepSigned(number, code,
                        new Upload(file.getOriginalFilename(), file.getBytes())).fileName());
            } catch (DocumentRefused refused) {
                next.addFlashAttribute("error", refused.getMessage());
            }
        }
        return "redirect:/my/contracts/" + number + "/groups/" + code + "/participants";
    }

    private static Set<String> answered(Map<String, String> form, String result) {
        return form.entrySet().stream().filter(entry -> entry.getKey().startsWith("result-"))
                .filter(entry -> result.equals(entry.getValue()))
                .map(entry -> entry.getKey().substring("result-".length()))
                .collect(Collectors.toSet());
    }

    private List<Participant> taking(String number, String code) {
        return roster.of(number, code).stream().filter(p -> p.status() != ParticipantStatus.CANCELLED).toList();
    }

    /** A contract the trainer does not train on is unknown to them, as in the API. */
    private void requireTrainer(String number, Principal trainer) {
        contracts.requireNamedTrainer(number, trainer.getName());
    }

    private Contract show(Model model, String number, String code, Principal trainer) {
        requireTrainer(number, trainer);
        Contract contract = contracts.requireWithGroup(number, code);
        model.addAttribute("contract", contract);
        model.addAttribute("group", contract.group(code));
        model.addAttribute("participants", taking(number, code));
        return contract;
    }
}
