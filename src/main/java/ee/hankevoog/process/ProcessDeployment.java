package ee.hankevoog.process;

import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys bpmn/ and forms/ as one deployment under their bare file names, so that running from the IDE,
 * Maven or the jar on the same database makes a new version only when a model really changed.
 */
@Component
@Order(0)
class ProcessDeployment implements ApplicationRunner {

    static final String NAME = "hankevoog";

    private final RepositoryService repository;
    private final ApplicationEventPublisher events;

    ProcessDeployment(RepositoryService repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        DeploymentBuilder deployment = repository.createDeployment().name(NAME).source(NAME)
                .enableDuplicateFiltering(false);
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        for (String pattern : new String[] {"classpath*:bpmn/*.bpmn", "classpath*:forms/*.form"}) {
            for (Resource resource : resolver.getResources(pattern)) {
                try (InputStream content = resource.getInputStream()) {
                    deployment.addInputStream(resource.getFilename(), content);
                }
            }
        }
        deployment.deploy();
        events.publishEvent(new ProcessesDeployed());
    }
}
