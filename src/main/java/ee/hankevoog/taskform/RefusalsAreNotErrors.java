package ee.hankevoog.taskform;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.FormException;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;

/**
 * The engine logs every exception that ends a command as an ERROR with its stack trace, a refused completion or a
 * task someone else just completed alike. Those are answers to the client (400, 403, 404, 409), not failures of
 * the server: they are not logged, so that the errors that remain in the log are the ones to look at.
 */
@Component
class RefusalsAreNotErrors extends TurboFilter {

    private static final String ENGINE_COMMANDS = "org.camunda.bpm.engine.context";
    private static final List<Class<? extends Throwable>> ANSWERS = List.of(FormException.class,
            AuthorizationException.class, BadUserRequestException.class, NullValueException.class,
            OptimisticLockingException.class, ConcurrencyFailureException.class);

    RefusalsAreNotErrors() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.addTurboFilter(this);
            start();
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
            Throwable t) {
        if (level != Level.ERROR || logger == null || !logger.getName().equals(ENGINE_COMMANDS)) {
            return FilterReply.NEUTRAL;
        }
        Throwable thrown = t;
        if (thrown == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable p) {
            thrown = p;
        }
        return isAnswer(thrown) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }

    private static boolean isAnswer(Throwable thrown) {
        return ANSWERS.stream().anyMatch(answer -> TaskConflicts.causedBy(thrown, answer))
                || EngineBadInput.advice(thrown).isPresent();
    }
}
