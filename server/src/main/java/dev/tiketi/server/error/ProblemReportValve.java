package dev.tiketi.server.error;

import dev.tiketi.model.error.ErrorCode;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's last word on a failed request, in place of its HTML error page. It speaks only for what never
 * reached Spring (an encoded slash or NUL in the path, a bad request line, an oversized header): everything
 * else has already been answered by {@link ProblemHandler} or {@link ProblemErrorController}, and the
 * checks below then leave the response alone, as Tomcat's own valve does. The status stays the one Tomcat
 * chose. The request's address is not echoed: it is the part that was refused.
 */
class ProblemReportValve extends ErrorReportValve {
    // this valve lives outside the Spring context (Tomcat owns it) and writes a fixed, flat shape
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return; // the connection is already broken: nobody would read the answer
        }
        ErrorCode code = status == 400 ? ErrorCode.INVALID_REQUEST : Problems.forStatus(status);
        HttpStatus known = HttpStatus.resolve(status);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", code.typeUri());
        body.put("title", known == null ? "Error" : known.getReasonPhrase());
        body.put("status", status);
        body.put("detail", code.defaultMessage());
        body.put("code", code.name());
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(body));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client went away or the response was committed meanwhile: nothing more can be sent
        }
    }
}
