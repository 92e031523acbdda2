package ee.hankevoog.bench.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.RawFileBodyPart;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A contract office at work, as Gatling's virtual users: trainers open their tasks, complete them and upload
 * materials; officers browse the contracts page, contract pages, timelines and their Tasklist; auditors read
 * histories and export them; calendar clients poll a contract's deadlines feed every minute. Each user logs in as a
 * real user of its role (officers with the log-in form and a session, the others with HTTP Basic, as Tasklist's
 * REST calls and scripts do); a trainer works on the tasks offered to them (the benchmark's trainers have twenty
 * contracts each).
 *
 * <p>Settings (system properties): {@code load.base-url}, {@code load.users} (concurrent users in all),
 * {@code load.seconds}, {@code load.data} (the folder with the benchmark's feeders), {@code load.password}.
 */
public class ContractOfficeSimulation extends Simulation {

    // read for each run, not once a JVM: the benchmark runs the simulation again and again in its own JVM
    private final String base = System.getProperty("load.base-url", "http://127.0.0.1:8080");
    private final int users = Integer.getInteger("load.users", 20);
    private final Duration run = Duration.ofSeconds(Integer.getInteger("load.seconds", 60));
    private final String data = System.getProperty("load.data", "target/benchmark/load");
    private final String password = System.getProperty("load.password", "Bench-password-7");

    private final FeederBuilder<String> contracts = csv(data + "/contracts.csv").random();
    // round and round: a task a colleague completed in an earlier round is gone, and left alone; the engine
    // answers 404 for a task, 400 for the form variables of a task that does not exist
    private static final Integer[] OPEN_OR_GONE = {200, 400, 404};
    private final FeederBuilder<String> trainerTasks = csv(data + "/trainer-tasks.csv").circular();
    private final FeederBuilder<String> materialsTasks = csv(data + "/materials-tasks.csv").circular();

    private final HttpProtocolBuilder protocol = http.baseUrl(base).acceptLanguageHeader("et,en;q=0.8")
            .disableCaching().shareConnections();

    /** The log-in form, as a browser fills it: its CSRF token, then the session the pages keep. */
    private ChainBuilder logIn(String user) {
        return exec(http("log in: form").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http("log in: send").post("/login").formParam("username", user)
                        .formParam("password", password).formParam("_csrf", "#{csrf}")
                        .disableFollowRedirect().check(status().is(302),
                                header("Location").transform(location -> location.contains("error")).is(false)));
    }

    private String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(
                StandardCharsets.UTF_8));
    }

    private final ScenarioBuilder officers = scenario("officers").exec(logIn("mari"))
            .forever().on(pace(Duration.ofSeconds(5), Duration.ofSeconds(10)).feed(contracts)
                    .exec(http("officer: contracts page").get("/contracts"))
                    .exec(http("officer: contract page").get("/contracts/#{number}"))
                    .exec(http("officer: timeline").get("/api/contracts/#{number}/timeline.svg"))
                    .exec(http("officer: Tasklist list").get("/engine-rest/task?candidateGroup=officers"
                            + "&maxResults=15&sortBy=dueDate&sortOrder=asc").header("Authorization", basic("mari"))));

    /**
     * What each kind of trainer task's form sends when completed in Tasklist: the proposed days agreed (or changed,
     * when the field was filled), a profile published, a wish for the curriculum.
     */
    private static String completion(Session session) {
        Map<String, Object> variables = switch (session.getString("taskKey")) {
            // the field is empty unless the trainer changes the proposed days
            case "Task_AgreeTrainingDates" -> session.getString("trainingDays") == null ? Map.of()
                    : Map.of("trainingDays", Map.of("value", session.getString("trainingDays")));
            case "Task_ConfirmJuhanProfile" -> Map.of("juhanProfilePublished", Map.of("value", true));
            case "Task_GiveCurriculumInput" -> Map.of("curriculumInput", Map.of("value",
                    "Lisada kovisiooni mudelid / add co-vision models"));
            default -> throw new IllegalArgumentException(session.getString("taskKey"));
        };
        try {
            return JSON.writeValueAsString(Map.of("variables", variables));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    // as Tasklist and scripts work: HTTP Basic on every request, no session, so no CSRF token to carry; each round
    // as the trainer the task in hand is offered to, who looks at their own list first
    private final ScenarioBuilder trainers = scenario("trainers")
            .forever().on(pace(Duration.ofSeconds(6), Duration.ofSeconds(12))
                    // what the previous round's task answered is not this one's
                    .feed(trainerTasks).exec(session -> session.remove("open").remove("trainingDays"))
                    .exec(http("trainer: task list").get("/engine-rest/task?candidateUser=#{trainer}&maxResults=15"
                            + "&sortBy=dueDate&sortOrder=asc").header("Authorization", this::asTrainer))
                    .exec(http("trainer: open task").get("/engine-rest/task/#{taskId}/form-variables")
                            .header("Authorization", this::asTrainer).check(status().in(OPEN_OR_GONE).saveAs("open"),
                                    jsonPath("$.trainingDays.value").optional().saveAs("trainingDays")))
                    .doIf(session -> session.getInt("open") == 200).then(exec(http("trainer: complete task")
                            .post("/engine-rest/task/#{taskId}/complete")
                            .header("Authorization", this::asTrainer).header("Content-Type", "application/json")
                            .body(StringBody(ContractOfficeSimulation::completion))
                            .check(status().is(204))))
                    .randomSwitch().on(percent(25).then(exec(feedMaterials()))));

    private String asTrainer(Session session) {
        return basic(session.getString("trainer"));
    }

    private ChainBuilder feedMaterials() {
        return feed(materialsTasks).exec(session -> session.remove("open"))
                .exec(http("trainer: open materials task").get("/engine-rest/task/#{taskId}")
                        .header("Authorization", this::asTrainer).check(status().in(OPEN_OR_GONE).saveAs("open")))
                .doIf(session -> session.getInt("open") == 200).then(exec(
                        http("trainer: upload materials").post("/api/tasks/#{taskId}/materials")
                        .header("Authorization", this::asTrainer).asMultipartForm()
                        .bodyPart(RawFileBodyPart("files", data + "/materials.pdf").fileName("slaidid.pdf")
                                .contentType("application/pdf"))
                        .check(status().is(201))));
    }

    private final ScenarioBuilder auditors = scenario("auditors")
            .forever().on(pace(Duration.ofSeconds(5), Duration.ofSeconds(10)).feed(contracts)
                    .exec(http("auditor: history").get("/api/contracts/#{number}/history")
                            .header("Authorization", basic("anne")))
                    .exec(http("auditor: history CSV").get("/api/contracts/#{number}/history.csv")
                            .header("Authorization", basic("anne"))));

    // a contact person's calendar subscribed to one contract's deadlines
    private final ScenarioBuilder calendars = scenario("calendar clients")
            .forever().on(pace(Duration.ofSeconds(60)).feed(contracts)
                    .exec(http("calendar: contract's deadlines feed").get("/api/contracts/#{number}/deadlines.ics")
                            .header("Authorization", basic("mari"))));

    {
        // the proportions of a contract office: trainers 40%, officers 30%, auditors 10%, calendar clients 20%
        int trainerUsers = Math.max(1, users * 40 / 100);
        int officerUsers = Math.max(1, users * 30 / 100);
        int auditorUsers = Math.max(1, users * 10 / 100);
        int calendarUsers = Math.max(1, users - trainerUsers - officerUsers - auditorUsers);
        Duration ramp = Duration.ofSeconds(Math.min(20, run.toSeconds() / 4));
        List<PopulationBuilder> populations = List.of(
                population(trainers, trainerUsers, ramp), population(officers, officerUsers, ramp),
                population(auditors, auditorUsers, ramp), population(calendars, calendarUsers, ramp));
        setUp(populations).protocols(protocol).maxDuration(run.plus(ramp));
    }

    private PopulationBuilder population(ScenarioBuilder scenario, int users, Duration ramp) {
        return scenario.injectClosed(rampConcurrentUsers(0).to(users).during(ramp),
                constantConcurrentUsers(users).during(run));
    }
}
