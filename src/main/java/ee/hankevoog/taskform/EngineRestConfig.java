package ee.hankevoog.taskform;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** Camunda's REST API, plus our answer to two people completing the same task. */
@Component
class EngineRestConfig extends CamundaJerseyResourceConfig {

    private final HistoryService history;

    EngineRestConfig(HistoryService history) {
        this.history = history;
    }

    @Override
    protected void registerAdditionalResources() {
        register(new TaskConflicts(history));
    }
}
