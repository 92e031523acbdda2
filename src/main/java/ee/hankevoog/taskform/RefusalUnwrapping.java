package ee.hankevoog.taskform;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps whatever a task listener throws in a generic exception, which Camunda's REST API turns
 * into 500. Handing the {@link CompletionRefused} itself back to the caller, after the rollback, makes
 * every client (REST, Tasklist, Java) see a 400-style refusal with our message.
 */
@Component
class RefusalUnwrapping extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = new ArrayList<>();
        if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
            interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
        }
        interceptors.add(0, new Interceptor());
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    private static final class Interceptor extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
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
