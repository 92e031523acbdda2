package ee.hankevoog.security;

import static ee.hankevoog.ApiClient.AUDITOR;
import static ee.hankevoog.ApiClient.OFFICER;
import static ee.hankevoog.ApiClient.PASSWORD;
import static ee.hankevoog.ApiClient.TRAINER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ee.hankevoog.ApiClient;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.WebappSession;
import ee.hankevoog.process.ContractProcess.Task;
import ee.hankevoog.process.ContractProcess;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every operation of Camunda's REST API that changes something, as its own OpenAPI description lists them, asked
 * for by each role on a real contract's task, process instance, definition, job and the caller's own account,
 * both at /engine-rest and where the webapps reach the engine: each is refused unless the README's table allows
 * it to that role.
 */
@HankevoogTest
class EngineRestRefusalTest {

    private static final String NO_ROLE = "apinorole";
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "officer", Set.of("complete", "submit", "claim", "unclaim", "setAssignee", "createComment",
                    "submitFormByKey", "submitForm"),
            "trainer", Set.of("complete", "submit", "claim", "unclaim", "createComment"),
            "auditor", Set.of(),
            "no role", Set.of());
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    @Autowired
    ProcessEngine engine;
    @LocalServerPort
    int port;

    String number;
    Map<String, String> ids;

    @BeforeEach
    void startAContract() {
        if (engine.getIdentityService().createUserQuery().userId(NO_ROLE).count() == 0) {
            User user = engine.getIdentityService().newUser(NO_ROLE);
            user.setPassword(PASSWORD);
            engine.getIdentityService().saveUser(user);
        }
        number = ApiClient.registerContract(engine.getIdentityService(), port, "RR");
        if (engine.getHistoryService().findHistoryCleanupJobs().isEmpty()) {
            engine.getHistoryService().cleanUpHistoryAsync(true);
        }
        String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
                .singleResult().getId();
        ids = Map.of(
                "task", engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
                        .taskDefinitionKey(Task.AGREE_TRAINING_DATES).singleResult().getId(),
                "process-instance", instance,
                "execution", instance,
                "job", engine.getHistoryService().findHistoryCleanupJobs().get(0).getId(),
                "job-definition", engine.getManagementService().createJobDefinitionQuery()
                        .processDefinitionKey(ContractProcess.LIFECYCLE).list().get(0).getId(),
                "process-definition", engine.getRepositoryService().createProcessDefinitionQuery()
                        .processDefinitionKey(ContractProcess.LIFECYCLE).latestVersion().singleResult().getId(),
                "deployment", engine.getRepositoryService().createDeploymentQuery().list().get(0).getId(),
                "filter", engine.getFilterService().createFilterQuery().list().get(0).getId(),
                "authorization", engine.getAuthorizationService().createAuthorizationQuery().list().get(0).getId());
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @ParameterizedTest(name = "{0} at /engine-rest")
    @ValueSource(strings = {"officer", "trainer", "auditor", "no role"})
    void everyChangeTheTableDoesNotAllowIsRefusedAtTheRestApi(String role) throws IOException {
        ApiClient client = ApiClient.as(user(role), port);

        List<String> answered = new ArrayList<>();
        for (Operation operation : changes()) {
            if (!ALLOWED.get(role).contains(operation.id())) {
                String path = "/engine-rest" + operation.path(ids, user(role));
                answered.add(operation.method() + " " + path + " -> "
                        + client.send(operation.method(), path, "{}").status());
            }
        }

        assertThat(answered).hasSizeGreaterThan(140).allMatch(answer -> answer.endsWith(" -> 403"));
    }

    @ParameterizedTest(name = "{0} in the webapps")
    @ValueSource(strings = {"officer", "trainer", "auditor"})
    void everyChangeTheTableDoesNotAllowIsRefusedInTheWebapps(String role) throws IOException {
        WebappSession session = WebappSession.logIn(port, user(role), PASSWORD);

        List<String> answered = new ArrayList<>();
        for (Operation operation : changes()) {
            if (!ALLOWED.get(role).contains(operation.id())) {
                String path = "/camunda/api/engine/engine/default" + operation.path(ids, user(role));
                answered.add(operation.method() + " " + path + " -> "
                        + session.send(operation.method(), path, "{}"));
            }
        }

        assertThat(answered).hasSizeGreaterThan(140).allMatch(answer -> answer.endsWith(" -> 403"));
    }

    private static String user(String role) {
        return switch (role) {
            case "officer" -> OFFICER;
            case "trainer" -> TRAINER;
            case "auditor" -> AUDITOR;
            default -> NO_ROLE;
        };
    }

    record Operation(String method, String template, String id) {

        /** The path with each parameter set to the contract's own resource, or the caller's own account. */
        String path(Map<String, String> ids, String caller) {
            String resource = template.split("/")[1];
            Matcher parameter = PARAMETER.matcher(template);
            StringBuilder path = new StringBuilder();
            while (parameter.find()) {
                String value = switch (parameter.group(1)) {
                    case "id" -> resource.equals("user") ? caller : resource.equals("group") ? Roles.TRAINERS
                            : ids.getOrDefault(resource, "x");
                    case "userId" -> caller;
                    case "groupId" -> Roles.TRAINERS;
                    case "key" -> ContractProcess.LIFECYCLE;
                    case "varName" -> ContractProcess.Var.CONTRACT_NUMBER;
                    default -> "x";
                };
                parameter.appendReplacement(path, Matcher.quoteReplacement(value));
            }
            parameter.appendTail(path);
            return path.toString();
        }
    }

    /** Every operation but reads: GET, OPTIONS, and the POSTs that only query. */
    static List<Operation> changes() throws IOException {
        JsonNode openApi;
        try (InputStream description = EngineRestRefusalTest.class.getResourceAsStream("/openapi.json")) {
            openApi = new ObjectMapper().readTree(description);
        }
        List<Operation> changes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                String id = method.getValue().path("operationId").asText();
                boolean read = method.getKey().equals("get") || method.getKey().equals("options") || id.startsWith("query") || id.startsWith("postQuery")
                        || id.startsWith("postExecuteFilter") || id.equals("checkPassword");
                if (!read && !method.getKey().equals("parameters")) {
                    changes.add(new Operation(method.getKey().toUpperCase(), path.getKey(), id));
                }
            }
        }
        return changes;
    }
}
