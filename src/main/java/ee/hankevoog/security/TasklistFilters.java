package ee.hankevoog.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tasklist's filters for every working role, made at start-up when missing: "My tasks" (the tasks the user may
 * work on, assigned to them or offered to them or their group), "Overdue" and "Due this week". Officers' and
 * trainers' grant to read filters is in {@link RoleAuthorizations}; what each filter lists is still limited by
 * the engine's authorizations, so a trainer sees only their own contracts' tasks in every one of them.
 */
@Component
@Order(20)
class TasklistFilters implements ApplicationRunner {

    static final String MINE = "Minu ülesanded / My tasks";
    static final String OVERDUE = "Hilinenud / Overdue";
    static final String THIS_WEEK = "Tähtaeg 7 päeva jooksul / Due this week";

    private final FilterService filters;
    private final TaskService tasks;

    TasklistFilters(FilterService filters, TaskService tasks) {
        this.filters = filters;
        this.tasks = tasks;
    }

    @Override
    public void run(ApplicationArguments args) {
        create(MINE, -10, "Tasks assigned to you or offered to you or your group",
                tasks.createTaskQuery().or().taskAssigneeExpression("${currentUser()}")
                        .taskCandidateUserExpression("${currentUser()}").endOr().orderByDueDate().asc());
        create(OVERDUE, -9, "Open tasks whose due date has passed",
                tasks.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc());
        create(THIS_WEEK, -8, "Open tasks due within the next seven days",
                tasks.createTaskQuery().dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusDays(7)}")
                        .orderByDueDate().asc());
    }

    private void create(String name, int priority, String description, TaskQuery query) {
        if (filters.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("priority", priority);
        properties.put("description", description);
        properties.put("refresh", true);
        Filter filter = filters.newTaskFilter(name).setQuery(query).setProperties(properties);
        filters.saveFilter(filter);
    }
}
