package ee.hankevoog.taskform;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** Camunda's REST API, plus our answers to two people completing the same task and to input it cannot take. */
@Component
class EngineRestConfig extends CamundaJerseyResourceConfig {

    private final HistoryService history;

    EngineRestConfig(HistoryService history) {
        this.history = history;
    }

    @Override
    protected void registerAdditionalResources() {
        register(new TaskConflicts(history));
        register(new EngineBadInput());
        register(new EngineBadInput.MissingPart());
    }
}
