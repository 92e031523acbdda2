package ee.hankevoog.web;

import static ee.hankevoog.ApiClient.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ee.hankevoog.ApiClient;
import ee.hankevoog.HankevoogTest;
import ee.hankevoog.ProcessDriver;
import ee.hankevoog.TestContracts;
import ee.hankevoog.contract.ContractRepository;
import ee.hankevoog.contract.web.ContractJson;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Thousands of generated bad requests (mutated contract JSON, hostile text, wrong types, unknown ids,
 * odd query values, bad task completions) over real HTTP: every one gets an answer below 500, and only the
 * accepted ones store anything. The seed is printed so a failure can be replayed.
 */
@HankevoogTest
class BadInputFuzzTest {

    private static final int REQUESTS = 2000;
    private static final List<Object> HOSTILE = List.of("", " ", "<script>alert(1)</script>",
            "'; drop table contract;--", "\u0000\u0007\u001b[31m", "x".repeat(70_000), "😀 Õun Ärkamine",
            "../../etc/passwd", "%00", "null", -1, 0, 2_147_483_648L, 1e308, true, List.of(), Map.of("a", 1),
            "2026-02-30", "2026-13-01", "9999-12-31", "0000-01-01", "WORKERS ", "leaders");
    private static final List<String> FIELDS = List.of("number", "title", "signedOn", "customerContact", "trainers",
            "groups", "code", "targetGroup", "place", "participantLimit", "academicHours", "days", "email", "name",
            "user", "unknownField");

    @Autowired
    IdentityService identity;
    @Autowired
    ContractRepository contracts;
    @Autowired
    TaskService tasks;
    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void answersEveryBadRequestWithAClientErrorAndStoresNothing() throws Exception {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        System.out.println("BadInputFuzzTest seed: " + seed + " (replay with -Dfuzz.seed=" + seed + ")");
        Random random = new Random(seed);
        ApiClient.ensureUsers(identity);
        ApiClient officer = ApiClient.as(OFFICER, port);
        String existing = "FZ-" + seed;
        ProcessDriver.setClock(TestContracts.SIGNED_ON);
        assertThat(officer.post("/api/contracts", ContractJson.valid(existing)).status()).isEqualTo(201);
        String task = tasks.createTaskQuery().processInstanceBusinessKey(existing).singleResult().getId();
        long contractsBefore = contracts.count();

        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> serverErrors = new ArrayList<>();
        int created = 0;
        boolean taskCompleted = false;
        for (int i = 0; i < REQUESTS; i++) {
            String description;
            ApiClient.Response response;
            switch (random.nextInt(6)) {
                case 0, 1 -> {
                    String body = mutatedContract(random, "FZ-" + seed + "-" + i);
                    description = "POST /api/contracts " + abbreviate(body);
                    response = officer.post("/api/contracts", body);
                }
                case 2 -> {
                    String path = "/api/contracts/" + encode(hostileText(random)) + List.of("", "/deadlines",
                            "/history", "/emails", "/timeline.svg", "/deadlines.ics", "/history.csv")
                            .get(random.nextInt(7));
                    description = "GET " + abbreviate(path);
                    response = officer.get(path);
                }
                case 3 -> {
                    String path = "/api/contracts/" + existing + "/history?from=" + encode(hostileText(random))
                            + "&to=" + encode(hostileText(random)) + "&person=" + encode(hostileText(random))
                            + "&group=" + encode(hostileText(random));
                    description = "GET " + abbreviate(path);
                    response = officer.get(path);
                }
                case 4 -> {
                    String path = "/api/contracts?state=" + encode(hostileText(random)) + "&overdue="
                            + encode(hostileText(random));
                    description = "GET " + abbreviate(path);
                    response = officer.get(path);
                }
                default -> {
                    String body = "{\"variables\": {\"trainingDays\": {\"value\": "
                            + json.writeValueAsString(HOSTILE.get(random.nextInt(HOSTILE.size()))) + "}}}";
                    description = "POST /engine-rest/task/…/complete " + abbreviate(body);
                    response = officer.post("/engine-rest/task/" + task + "/complete", body);
                    // a blank value keeps the proposed days: a valid completion
                    taskCompleted |= response.status() == 204;
                }
            }
            statuses.merge(response.status(), 1, Integer::sum);
            if (response.status() >= 500) {
                serverErrors.add(response.status() + " for " + description + " → " + abbreviate(response.body()));
            }
            if (response.status() == 201) {
                created++;
            }
        }

        System.out.println("BadInputFuzzTest: " + REQUESTS + " requests, statuses " + statuses);
        assertThat(serverErrors).as("server errors").isEmpty();
        assertThat(contracts.count()).isEqualTo(contractsBefore + created);
        assertThat(tasks.createTaskQuery().taskId(task).count()).as("the task stays open until a valid completion")
                .isEqualTo(taskCompleted ? 0 : 1);
    }

    private String mutatedContract(Random random, String number) throws Exception {
        ObjectNode contract = (ObjectNode) json.readTree(ContractJson.valid(number));
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            boolean intoGroup = random.nextBoolean() && contract.get("groups") instanceof ArrayNode groups
                    && groups.size() > 0 && groups.get(0) instanceof ObjectNode;
            ObjectNode target = intoGroup ? (ObjectNode) contract.get("groups").get(0) : contract;
            String field = FIELDS.get(random.nextInt(FIELDS.size()));
            switch (random.nextInt(3)) {
                case 0 -> target.remove(field);
                case 1 -> target.set(field, json.valueToTree(HOSTILE.get(random.nextInt(HOSTILE.size()))));
                default -> target.set(field, JsonNodeFactory.instance.nullNode());
            }
        }
        String body = json.writeValueAsString(contract);
        return random.nextInt(20) == 0 ? body.substring(0, random.nextInt(body.length())) : body;
    }

    private static String hostileText(Random random) {
        return String.valueOf(HOSTILE.get(random.nextInt(HOSTILE.size())));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text.length() > 200 ? text.substring(0, 200) : text, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
