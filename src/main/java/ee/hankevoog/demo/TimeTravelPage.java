package ee.hankevoog.demo;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The contracts page's time-travel form, for administrators in the demo. */
@Controller
@Profile("demo")
class TimeTravelPage {

    private final TimeTravel timeTravel;

    TimeTravelPage(TimeTravel timeTravel) {
        this.timeTravel = timeTravel;
    }

    @PostMapping("/contracts/clock")
    String forward(@RequestParam int days) {
        timeTravel.forward(Math.max(1, Math.min(days, TimeTravel.MAX_DAYS)));
        return "redirect:/contracts";
    }
}
