package ee.hankevoog.taskform;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** Camunda's REST API, plus our answers to two people completing the same task and to input it cannot take. */
@Component
class EngineRestConfig extends CamundaJerseyResourceConfig {

    private final HistoryService history;
    private final IdentityService identity;

    EngineRestConfig(HistoryService history, IdentityService identity) {
        this.history = history;
        this.identity = identity;
    }

    @Override
    protected void registerAdditionalResources() {
        TaskConflicts conflicts = new TaskConflicts(history, identity);
        register(conflicts);
        register(conflicts.onAuthorization());
        register(new EngineBadInput());
        register(new EngineBadInput.MissingPart());
    }
}
