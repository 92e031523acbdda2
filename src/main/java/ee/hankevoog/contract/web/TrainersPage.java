package ee.hankevoog.contract.web;

import ee.hankevoog.contract.Contract;
import ee.hankevoog.contract.ContractLookup;
import ee.hankevoog.contract.NewContract.TrainerRequest;
import ee.hankevoog.contract.TrainerChange;
import ee.hankevoog.contract.UnknownTrainerAccount;
import ee.hankevoog.training.TransitionRefused;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An officer replaces or adds trainers from the contract page: the rows are who trains from today, the same change
 * as the API's. Every problem is listed at once and what was typed stays.
 */
@Controller
class TrainersPage {

    private static final int EMPTY_ROWS = 2;

    private final ContractLookup contracts;
    private final TrainerChange change;
    private final Validator validator;

    TrainersPage(ContractLookup contracts, TrainerChange change, Validator validator) {
        this.contracts = contracts;
        this.change = change;
        this.validator = validator;
    }

    @GetMapping("/contracts/{number}/trainers")
    String form(@PathVariable String number, Model model) {
        Contract contract = contracts.require(number);
        Map<String, String> form = new HashMap<>();
        for (int row = 0; row < contract.trainers().size(); row++) {
            form.put("trainerName" + row, contract.trainers().get(row).name());
            form.put("trainerEmail" + row, contract.trainers().get(row).email());
            form.put("trainerUser" + row, contract.trainers().get(row).userId());
        }
        return show(contract, form, List.of(), model);
    }

    @PostMapping("/contracts/{number}/trainers")
    String change(@PathVariable String number, @RequestParam Map<String, String> form, Principal officer,
            Model model) {
        Contract contract = contracts.require(number);
        List<TrainerRequest> trainers = new ArrayList<>();
        for (int row = 0; row < rows(contract); row++) {
            String name = text(form, "trainerName" + row);
            String email = text(form, "trainerEmail" + row);
            String user = text(form, "trainerUser" + row);
            if (name != null || email != null || user != null) {
                trainers.add(new TrainerRequest(name, email, user));
            }
        }
        TrainersRequest request = new TrainersRequest(trainers, text(form, "reason"));
        List<String> problems = new ArrayList<>(validator.validate(request).stream()
                .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .map(TrainersPage::problem).toList());
        if (problems.isEmpty()) {
            try {
                change.change(number, trainers.stream().map(TrainerRequest::toTrainer).toList(), request.reason(),
                        officer.getName());
                return "redirect:/contracts/" + number + "?trainersChanged";
            } catch (UnknownTrainerAccount | TransitionRefused refused) {
                problems.add(refused.getMessage());
            }
        }
        return show(contract, form, problems, model);
    }

    private String show(Contract contract, Map<String, String> form, List<String> problems, Model model) {
        model.addAttribute("contract", contract);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("trainerRows", IntStream.range(0, rows(contract)).boxed().toList());
        return "trainers";
    }

    private static int rows(Contract contract) {
        return contract.trainers().size() + EMPTY_ROWS;
    }

    private static String text(Map<String, String> form, String name) {
        String value = form.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** "trainers[0].email must be ..." as a person reads it: "Trainer 1, email: must be ...". */
    private static String problem(ConstraintViolation<TrainersRequest> violation) {
        String path = violation.getPropertyPath().toString();
        Matcher row = Pattern.compile("trainers\\[(\\d+)]\\.(\\w+)").matcher(path);
        String field = row.find() ? "Trainer " + (Integer.parseInt(row.group(1)) + 1) + ", " + row.group(2)
                : path.equals("reasonFreeOfPersonalCodes") ? "Reason" : path.isEmpty() || path.equals("eachTrainerOnce")
                ? "Trainers" : path;
        return field + ": " + violation.getMessage();
    }
}
