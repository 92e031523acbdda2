package ee.hankevoog.dashboard.web;

import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.contract.GroupCancellation;
import ee.hankevoog.taskform.PersonalCodes;
import ee.hankevoog.training.CancellationTooLate;
import ee.hankevoog.training.TransitionRefused;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The officer cancels a group from the contract page, saying why: the same cancellation as the API's. */
@Controller
class GroupCancellationPages {

    private final ContractLookup contracts;
    private final GroupCancellation cancellation;

    GroupCancellationPages(ContractLookup contracts, GroupCancellation cancellation) {
        this.contracts = contracts;
        this.cancellation = cancellation;
    }

    @GetMapping("/contracts/{number}/groups/{code}/cancel")
    String form(@PathVariable String number, @PathVariable String code, Model model) {
        show(model, number, code, null, null, null);
        return "group-cancellation";
    }

    @PostMapping("/contracts/{number}/groups/{code}/cancel")
    String cancel(@PathVariable String number, @PathVariable String code,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) Integer registeredParticipants, Principal officer, Model model) {
        String why = reason == null ? "" : reason.strip();
        String error = why.isEmpty() ? "Write why the group is cancelled; the trainers and the history get it."
                : why.length() > 2000 ? "The reason is longer than 2,000 characters; shorten it."
                : PersonalCodes.containsOne(why) ? "The reason holds an Estonian personal identification code;"
                        + " remove it." : registeredParticipants != null && registeredParticipants < 0
                        ? "The number of registered participants cannot be negative." : null;
        if (error == null) {
            try {
                cancellation.cancel(number, code, why, registeredParticipants, officer.getName());
                return "redirect:/contracts/" + number + "?groupCancelled=" + code;
            } catch (CancellationTooLate | TransitionRefused refused) {
                error = refused.getMessage();
            }
        }
        show(model, number, code, why, registeredParticipants, error);
        return "group-cancellation";
    }

    private void show(Model model, String number, String code, String reason, Integer registered, String error) {
        Contract contract = contracts.requireWithGroup(number, code);
        model.addAttribute("contract", contract);
        model.addAttribute("group", contract.group(code));
        model.addAttribute("reason", reason);
        model.addAttribute("registeredParticipants", registered);
        model.addAttribute("error", error);
    }
}
