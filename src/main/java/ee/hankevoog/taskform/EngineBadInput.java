package ee.hankevoog.taskform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;

/**
 * Input the engine cannot take, which Camunda's REST API answers with 500 as if the server had failed: a
 * password the policy refuses, a serialized Java object or a value of a format nobody here reads, a condition
 * that starts nothing. Each is a 400 saying what to send instead.
 */
@Priority(1)
class EngineBadInput implements ExceptionMapper<ProcessEngineException> {

    private static final String PASSWORD_POLICY = "The password does not match the password policy. Choose one of at least"
            + " 10 characters with a lower-case and an upper-case letter, a digit and a special character, which"
            + " does not contain the user's id, name or e-mail.";

    private static final List<Map.Entry<String, String>> KNOWN = List.of(
            Map.entry("Password does not match policy", PASSWORD_POLICY),
            Map.entry("Java serialization format is prohibited", "Variables of type Object in Java serialization are"
                    + " not accepted; send the value as a String, Number, Boolean, Date or Json variable."),
            Map.entry("Cannot find serializer for value", "This value's type or format is not accepted; send it"
                    + " as a String, Number, Boolean, Date or Json variable."),
            Map.entry("ENGINE-13043", "No conditional start event matches this condition; nothing was started."));

    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException e) {
        return badRequest(e).orElseGet(() -> camunda.toResponse(e));
    }

    /** A 400 for input the engine cannot take, found anywhere in the causes. */
    static Optional<Response> badRequest(Throwable e) {
        return advice(e).map(advice -> Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", "InvalidRequestException", "message", advice)).build());
    }

    /** What to send instead, if the exception or one of its causes is input the engine cannot take. */
    static Optional<String> advice(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            for (Map.Entry<String, String> known : KNOWN) {
                if (message.contains(known.getKey())) {
                    return Optional.of(known.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** A request whose body lacks a part the REST API reads without checking (a migration without its plan). */
    @Priority(1)
    static class MissingPart implements ExceptionMapper<NullPointerException> {

        @Override
        public Response toResponse(NullPointerException e) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("type", "InvalidRequestException", "message", "The request lacks a part this"
                            + " operation needs; see the operation in Camunda's REST API reference.")).build();
        }
    }
}
