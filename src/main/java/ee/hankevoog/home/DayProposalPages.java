package ee.hankevoog.home;

import ee.hankevoog.calendar.TypedDays;
import ee.hankevoog.calendar.WorkingDays;
import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.contract.DaysProposal;
import ee.hankevoog.taskform.PersonalCodes;
import ee.hankevoog.training.ScheduleRejected;
import ee.hankevoog.training.ScheduleViolation;
import ee.hankevoog.training.TransitionRefused;
import java.security.Principal;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A trainer proposes a group's new days from their desk: the same proposal as the API's, for an officer to confirm. */
@Controller
class DayProposalPages {

    private final ContractLookup contracts;
    private final DaysProposal proposals;

    DayProposalPages(ContractLookup contracts, DaysProposal proposals) {
        this.contracts = contracts;
        this.proposals = proposals;
    }

    @GetMapping("/my/contracts/{number}/groups/{code}/propose")
    String form(@PathVariable String number, @PathVariable String code, Principal trainer, Model model) {
        Contract contract = show(model, number, code, trainer, null, null);
        model.addAttribute("days", contract.group(code).trainingDates().stream()
                .map(day -> day.format(WorkingDays.ESTONIAN_DATE)).collect(Collectors.joining(", ")));
        return "day-proposal";
    }

    @PostMapping("/my/contracts/{number}/groups/{code}/propose")
    String propose(@PathVariable String number, @PathVariable String code,
            @RequestParam(required = false) String days, @RequestParam(required = false) String reason,
            Principal trainer, Model model) {
        String why = reason == null ? "" : reason.strip();
        TypedDays.Typed parsed = TypedDays.parseAll(days);
        String error = parsed.problem().isPresent() ? parsed.problem().get() : why.isEmpty()
                ? "Write why the days should move; the officer reads it before confirming."
                : why.length() > 2000 ? "The reason is longer than 2,000 characters; shorten it."
                : PersonalCodes.containsOne(why) ? "The reason holds an Estonian personal identification code;"
                        + " remove it." : null;
        if (error == null) {
            try {
                proposals.propose(number, code, parsed.days(), why, trainer.getName());
                return "redirect:/my?proposed=" + code;
            } catch (ScheduleRejected rejected) {
                error = rejected.violations().stream().map(ScheduleViolation::message)
                        .collect(Collectors.joining("; ")) + ".";
            } catch (TransitionRefused refused) {
                error = refused.getMessage();
            }
        }
        show(model, number, code, trainer, why, error);
        model.addAttribute("days", days);
        return "day-proposal";
    }

    /** A contract the trainer does not train on is unknown to them, as in the API. */
    private Contract show(Model model, String number, String code, Principal trainer, String reason, String error) {
        contracts.requireNamedTrainer(number, trainer.getName());
        Contract contract = contracts.requireWithGroup(number, code);
        model.addAttribute("contract", contract);
        model.addAttribute("group", contract.group(code));
        model.addAttribute("reason", reason);
        model.addAttribute("error", error);
        return contract;
    }
}
