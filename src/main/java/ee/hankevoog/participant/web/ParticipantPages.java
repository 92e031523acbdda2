package ee.hankevoog.participant.web;

import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.participant.MissingRoster;
import ee.hankevoog.participant.RosterImport;
import ee.hankevoog.participant.RosterRefused;
import ee.hankevoog.participant.TooManyParticipants;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A group's roster on its page: who is registered, and an officer's import of JUHAN's export. */
@Controller
class ParticipantPages {

    private final ContractLookup contracts;
    private final RosterImport roster;

    ParticipantPages(ContractLookup contracts, RosterImport roster) {
        this.contracts = contracts;
        this.roster = roster;
    }

    @GetMapping("/contracts/{number}/groups/{code}/participants")
    String page(@PathVariable String number, @PathVariable String code, Model model) {
        Contract contract = contracts.requireWithGroup(number, code);
        model.addAttribute("contract", contract);
        model.addAttribute("group", contract.group(code));
        model.addAttribute("participants", roster.of(number, code));
        return "participants";
    }

    /** After the import the browser is sent to the roster, so that a reload imports nothing again. */
    @PostMapping("/contracts/{number}/groups/{code}/participants")
    String importRoster(@PathVariable String number, @PathVariable String code,
            @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes next)
            throws IOException {
        if (file == null || file.isEmpty()) {
            next.addFlashAttribute("error", new MissingRoster().getMessage());
        } else {
            try {
                RosterImport.Result result = roster.importRoster(number, code, file.getBytes());
                next.addFlashAttribute("imported", result);
            } catch (RosterRefused | TooManyParticipants refused) {
                next.addFlashAttribute("error", refused.getMessage());
            }
        }
        return "redirect:/contracts/" + number + "/groups/" + code + "/participants";
    }
}
