package ee.hankevoog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ee.hankevoog.contract.web.ContractJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Calls the running application over real HTTP, as an integrator's client would: anonymously or as one user. */
public final class ApiClient {

    // Camunda accepts only letters and digits in user ids
    public static final String OFFICER = "apiofficer";
    public static final String TRAINER = "apitrainer";
    public static final String AUDITOR = "apiauditor";
    public static final String ADMIN = "apiadmin";
    /** An officer whose password tests get wrong: Camunda locks a user for a while after a failed log-in. */
    public static final String GUESSED_OFFICER = "apiguessed";
    public static final String PASSWORD = "Test-password-1";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final String authorization;

    private ApiClient(int port, String authorization) {
        this.base = "http://localhost:" + port;
        this.authorization = authorization;
    }

    public static ApiClient anonymous(int port) {
        return new ApiClient(port, null);
    }

    public static ApiClient as(String user, int port) {
        return as(user, PASSWORD, port);
    }

    public static ApiClient as(String user, String password, int port) {
        String credentials = user + ":" + password;
        return new ApiClient(port, "Basic " + Base64.getEncoder()
                .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    /** One user per role, created once: all tests of the JVM share the identity tables. */
    public static void ensureUsers(IdentityService identity) {
        ensureUser(identity, OFFICER, "officers");
        ensureUser(identity, TRAINER, "trainers");
        ensureUser(identity, AUDITOR, "auditors");
        ensureUser(identity, ADMIN, "camunda-admin");
        ensureUser(identity, GUESSED_OFFICER, "officers");
    }

    /**
     * ContractJson's contract, registered by an officer over HTTP on its signing day (the engine clock is set to
     * it; reset it after the test): the common start of the API tests. Returns the new contract's number.
     */
    public static String registerContract(IdentityService identity, int port, String prefix) {
        ProcessDriver.setClock(TestContracts.SIGNED_ON);
        ensureUsers(identity);
        String number = prefix + "-" + System.nanoTime();
        Response created = as(OFFICER, port).post("/api/contracts", ContractJson.valid(number));
        if (created.status() != 201) {
            throw new AssertionError("Could not register " + number + ": " + created.status() + " " + created.body());
        }
        return number;
    }

    /** A user of one group, created once; for example a trainer whom no contract names. */
    public static void ensureUser(IdentityService identity, String id, String group) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setPassword(PASSWORD);
            identity.saveUser(user);
        }
        if (identity.createGroupQuery().groupMember(id).groupId(group).count() == 0) {
            identity.createMembership(id, group);
        }
    }

    public Response get(String path, String acceptLanguage) {
        return send(request(path).header("Accept-Language", acceptLanguage).GET());
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Uploads files as a browser's multipart form would, each in a part named {@code files}. */
    public Response postFiles(String path, Map<String, byte[]> files) {
        return postFiles(path, "files", files);
    }

    /** Uploads files as a browser's multipart form would, each in a part named {@code part}. */
    public Response postFiles(String path, String part, Map<String, byte[]> files) {
        String boundary = "hankevoog-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        files.forEach((name, content) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                    + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A download: the status and the bytes as they came. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Any method with a JSON body, for clients that try every operation of an API. */
    public Response send(String method, String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String contentType, String location, String body) {

        /** The body as parsed JSON, with every key the server sent, nulls included. */
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (status " + status + "): " + body, e);
            }
        }
    }
}
