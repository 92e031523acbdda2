package ee.hankevoog.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import ee.hankevoog.contract.ContractNotRunning;
import ee.hankevoog.contract.DuplicateContract;
import ee.hankevoog.contract.UnknownContract;
import ee.hankevoog.contract.UnknownGroup;
import ee.hankevoog.contract.UnknownTrainerAccount;
import ee.hankevoog.participant.AttendanceRefused;
import ee.hankevoog.participant.DayNotYetCome;
import ee.hankevoog.participant.MissingRoster;
import ee.hankevoog.participant.RosterRefused;
import ee.hankevoog.participant.TooManyParticipants;
import ee.hankevoog.training.CancellationTooLate;
import ee.hankevoog.training.ScheduleRejected;
import ee.hankevoog.training.TransitionRefused;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every API error as an RFC 9457 problem body that says what is wrong and how to fix it. */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getAllErrors().stream()
                .map(error -> Map.of("field", error instanceof FieldError f ? f.getField() : error.getObjectName(),
                        "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid contract data", errors.stream()
                .map(e -> e.get("field") + " " + e.get("message")).collect(Collectors.joining("; ")));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = "The request body is not valid JSON for this endpoint";
        List<Map<String, String>> errors = List.of();
        if (ex.getCause() instanceof UnrecognizedPropertyException unknown) {
            detail = "Unknown field '" + unknown.getPropertyName() + "'; known fields are "
                    + unknown.getKnownPropertyIds();
            errors = List.of(Map.of("field", fieldPath(unknown), "message", "is not a known field"));
        } else if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String message = mapping.getOriginalMessage().contains(NoNulCharacters.PROBLEM) ? NoNulCharacters.PROBLEM
                    : "has a value of the wrong type or form (dates are YYYY-MM-DD, targetGroup is WORKERS or LEADERS)";
            detail = "Field '" + fieldPath(mapping) + "' " + message;
            errors = List.of(Map.of("field", fieldPath(mapping), "message", message));
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Unreadable request", detail);
        if (!errors.isEmpty()) {
            // the same shape as validation errors, so that a client finds the field in one place
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.badRequest().body(problem);
    }

    private static String fieldPath(JsonMappingException mapping) {
        return mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    @ExceptionHandler(ScheduleRejected.class)
    ProblemDetail scheduleRejected(ScheduleRejected e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Training days break the schedule rules",
                e.getMessage());
        problem.setProperty("errors", e.violations().stream()
                .map(v -> Map.of("group", v.group(), "rule", v.rule(), "value", v.value()))
                .toList());
        return problem;
    }

    @ExceptionHandler(UnknownTrainerAccount.class)
    ProblemDetail unknownTrainer(UnknownTrainerAccount e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid contract data", e.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", e.field(), "message", e.getMessage())));
        return problem;
    }

    @ExceptionHandler(RosterRefused.class)
    ProblemDetail rosterRefused(RosterRefused e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "The roster cannot be imported", e.getMessage()
                + ". Nothing was imported.");
        problem.setProperty("errors", List.of(Map.of("row", e.row(), "column", e.column(), "message",
                e.getMessage())));
        return problem;
    }

    @ExceptionHandler(MissingRoster.class)
    ProblemDetail missingRoster(MissingRoster e) {
        return problem(HttpStatus.BAD_REQUEST, "No roster file", e.getMessage());
    }

    @ExceptionHandler(AttendanceRefused.class)
    ProblemDetail attendanceRefused(AttendanceRefused e) {
        return problem(HttpStatus.BAD_REQUEST, "The attendance cannot be recorded", e.getMessage()
                + ". Nothing was recorded.");
    }

    @ExceptionHandler(DayNotYetCome.class)
    ProblemDetail dayNotYetCome(DayNotYetCome e) {
        return problem(HttpStatus.CONFLICT, "The training day has not come yet", e.getMessage());
    }

    @ExceptionHandler(TooManyParticipants.class)
    ProblemDetail tooMany(TooManyParticipants e) {
        return problem(HttpStatus.CONFLICT, "More participants than the group takes", e.getMessage());
    }

    @ExceptionHandler(DuplicateContract.class)
    ProblemDetail duplicate(DuplicateContract e) {
        return problem(HttpStatus.CONFLICT, "Contract already exists", e.getMessage());
    }

    @ExceptionHandler(UnknownGroup.class)
    ProblemDetail unknownGroup(UnknownGroup e) {
        return problem(HttpStatus.NOT_FOUND, "Unknown group", e.getMessage());
    }

    @ExceptionHandler(CancellationTooLate.class)
    ProblemDetail cancellationTooLate(CancellationTooLate e) {
        return problem(HttpStatus.CONFLICT, "The right to cancel has passed", e.getMessage());
    }

    @ExceptionHandler(UnknownContract.class)
    ProblemDetail unknown(UnknownContract e) {
        return problem(HttpStatus.NOT_FOUND, "Unknown contract", e.getMessage());
    }

    /** Two people acting on the same thing at once: the one who came second is told, and nothing of theirs stored. */
    @ExceptionHandler({ConcurrencyFailureException.class, OptimisticLockingException.class})
    ProblemDetail conflict(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "Changed by someone else at the same moment", "Someone else changed this"
                + " at the same moment; nothing you sent was stored. Reload and check whether it still needs you.");
    }

    @ExceptionHandler(TransitionRefused.class)
    ProblemDetail transitionRefused(TransitionRefused e) {
        return problem(HttpStatus.CONFLICT, "Not possible in the contract's current state", e.getMessage());
    }

    @ExceptionHandler(ContractNotRunning.class)
    ProblemDetail notRunning(ContractNotRunning e) {
        return problem(HttpStatus.CONFLICT, "Not possible in the contract's current state", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
