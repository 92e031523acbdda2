package ee.hankevoog.audit.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A history filter parameter that cannot be read; answered as a 400 problem that names the parameter. */
class InvalidHistoryFilter extends ErrorResponseException {

    InvalidHistoryFilter(String parameter, String detail) {
        super(HttpStatus.BAD_REQUEST, problem(parameter, detail), null);
    }

    private static ProblemDetail problem(String parameter, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid history filter");
        problem.setProperty("parameter", parameter);
        return problem;
    }
}
