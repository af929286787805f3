package dev.tiketi.server.error;

import dev.tiketi.model.error.ErrorCode;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors that never reach a controller (Tomcat refusing a malformed URL, a body over the size limit)
 * are forwarded here; they get the same problem shape instead of Boot's default error page.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer i ? i : 404; // /error asked for directly
        ErrorCode errorCode = Problems.forStatus(code);
        ProblemDetail problem = Problems.of(errorCode);
        return ResponseEntity.status(errorCode.httpStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
