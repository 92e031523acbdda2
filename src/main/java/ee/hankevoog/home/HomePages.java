package ee.hankevoog.home;

import ee.hankevoog.security.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door: the log-in form, and after it each role's own home page. */
@Controller
class HomePages {

    private final TrainerDesk desk;

    HomePages(TrainerDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/login")
    String logIn() {
        return "login";
    }

    /** Trainers work on their own tasks; officers, auditors and administrators start from the contracts. */
    @GetMapping("/")
    String home(Authentication login) {
        return Roles.isOnlyTrainer(login) ? "redirect:/my" : "redirect:/contracts";
    }

    @GetMapping("/my")
    String trainerHome(Authentication login, Model model) {
        TrainerDesk.Desk mine = desk.of(login.getName());
        model.addAttribute("tasks", mine.tasks());
        model.addAttribute("deadlines", mine.deadlines());
        model.addAttribute("groups", mine.groups());
        return "my";
    }
}
