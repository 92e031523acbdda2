package ee.hankevoog.bench;

import ee.hankevoog.security.Roles;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * Drives one instance of the bare lifecycle the way {@link ee.hankevoog.demo.Simulation} drives a contract: the
 * same queries for open tasks, candidates and the next job, each task completed by the officer, each timer
 * fired by moving the engine clock to it. Only what the product adds is missing: forms, e-mail, deadlines.
 */
final class BareLifecycleDriver {

    static final String PROCESS = "BareLifecycle";
    static final String RESOURCE = "bench/bare-lifecycle.bpmn";

    private final ProcessEngine engine;

    BareLifecycleDriver(ProcessEngine engine) {
        this.engine = engine;
    }

    void deploy() {
        engine.getRepositoryService().createDeployment().name("benchmark floor").addClasspathResource(RESOURCE)
                .enableDuplicateFiltering(true).deploy();
    }

    Run run(String businessKey) {
        String root = engine.getRuntimeService().startProcessInstanceByKey(PROCESS, businessKey).getId();
        int tasks = 0;
        int jobs = 0;
        while (true) {
            List<Task> open = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
                    .orderByTaskCreateTime().asc().list();
            // as the simulation: the instance is asked whether it runs only when no task is open
            if (open.isEmpty() && !running(businessKey)) {
                break;
            }
            if (!open.isEmpty()) {
                complete(open.get(0));
                tasks++;
            } else {
                Job next = nextJob(root).orElseThrow(() -> new IllegalStateException(businessKey + " is stuck"));
                if (next.getDuedate() != null && next.getDuedate().after(ClockUtil.getCurrentTime())) {
                    ClockUtil.setCurrentTime(next.getDuedate());
                }
                for (Optional<Job> due = dueJob(root); due.isPresent(); due = dueJob(root)) {
                    engine.getManagementService().executeJob(due.get().getId());
                    jobs++;
                }
            }
        }
        return new Run(tasks, jobs);
    }

    private void complete(Task task) {
        engine.getTaskService().getIdentityLinksForTask(task.getId());
        engine.getIdentityService().setAuthentication(BenchApplication.OFFICER, List.of(Roles.OFFICERS));
        try {
            engine.getTaskService().complete(task.getId());
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private Optional<Job> dueJob(String root) {
        Date now = ClockUtil.getCurrentTime();
        return nextJob(root).filter(job -> job.getDuedate() == null || !job.getDuedate().after(now));
    }

    private Optional<Job> nextJob(String root) {
        return engine.getManagementService().createJobQuery().rootProcessInstanceId(root).withRetriesLeft().list()
                .stream().min(Comparator.comparing(Job::getDuedate, Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    private boolean running(String businessKey) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .processDefinitionKey(PROCESS).count() > 0;
    }

    record Run(int tasks, int jobs) {
    }
}
