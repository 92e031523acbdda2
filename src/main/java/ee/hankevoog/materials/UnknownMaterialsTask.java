package ee.hankevoog.materials;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The task asked for is not an open materials task this user may work on. */
class UnknownMaterialsTask extends ErrorResponseException {

    UnknownMaterialsTask(String detail) {
        super(HttpStatus.NOT_FOUND, problem(detail), null);
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setTitle("No such materials task");
        return problem;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
