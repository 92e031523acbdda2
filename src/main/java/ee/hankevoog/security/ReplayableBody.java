package ee.hankevoog.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/** A small JSON request body read once for a check and handed on unchanged to the engine's REST API. */
final class ReplayableBody extends HttpServletRequestWrapper {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX = 64 * 1024;

    private final byte[] body;

    ReplayableBody(HttpServletRequest request) throws IOException {
        super(request);
        this.body = request.getInputStream().readNBytes(MAX);
    }

    /** The body's field, or an empty node when it has none or is no JSON object. */
    JsonNode field(String name) {
        try {
            return JSON.readTree(body).path(name);
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream bytes = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return bytes.read();
            }

            @Override
            public boolean isFinished() {
                return bytes.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("read synchronously");
            }
        };
    }
}
