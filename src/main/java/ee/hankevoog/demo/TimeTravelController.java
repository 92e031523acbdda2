package ee.hankevoog.demo;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Demo only: {@code POST /api/demo/clock?days=7} moves the engine clock a week forward (administrators). */
@RestController
@Profile("demo")
class TimeTravelController {

    private final TimeTravel timeTravel;

    TimeTravelController(TimeTravel timeTravel) {
        this.timeTravel = timeTravel;
    }

    @PostMapping("/api/demo/clock")
    TimeTravel.Travelled forward(@RequestParam int days) {
        return timeTravel.forward(days);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badDays(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
