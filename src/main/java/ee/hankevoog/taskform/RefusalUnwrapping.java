package ee.hankevoog.taskform;

import ee.hankevoog.process.EngineExtensions;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps whatever a task listener throws in a generic exception, which Camunda's REST API turns
 * into 500. Handing the {@link CompletionRefused} itself back to the caller, after the rollback, makes
 * every client (REST, Tasklist, Java) see a 400-style refusal with our message. A completion that lost a
 * race with another completion of the same task becomes the conflict it is.
 */
@Component
class RefusalUnwrapping extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPreCommandInterceptorsTxRequired(EngineExtensions.prepended(
                configuration.getCustomPreCommandInterceptorsTxRequired(), new Interceptor()));
    }

    private static final class Interceptor extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (NullPointerException e) {
                if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
                    // the engine trips over a task whose execution another completion just removed
                    throw new OptimisticLockingException("The task was completed by someone else at the same"
                            + " moment");
                }
                throw e;
            } catch (RuntimeException e) {
                for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                    if (cause instanceof CompletionRefused refused) {
                        throw refused;
                    }
                }
                throw e;
            }
        }
    }
}
