package ee.hankevoog.materials;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A materials task whose record of its contract, group or block was changed outside Hankevoog. */
class TamperedMaterialsTask extends ErrorResponseException {

    TamperedMaterialsTask(String taskId) {
        super(HttpStatus.CONFLICT, problem(taskId), null);
    }

    private static ProblemDetail problem(String taskId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "Task " + taskId
                + " no longer says which contract, group and block it belongs to as Hankevoog wrote it, so nothing"
                + " can be delivered to it. Nothing was stored or sent; ask an administrator to look into it.");
        problem.setTitle("Task data changed outside Hankevoog");
        return problem;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
