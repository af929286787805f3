package dev.tiketi.server.system;

import dev.tiketi.model.error.ErrorCode;
import dev.tiketi.server.error.PayloadTooLargeException;
import dev.tiketi.server.error.ProblemResponseWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No API body needs more than a megabyte (the largest, a 20,000-seat layout spec, is far smaller), so a
 * bigger one is refused with 413 before anything parses it: by its Content-Length when it has one, and by
 * counting the bytes read when it is chunked.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RequestSizeLimitFilter extends OncePerRequestFilter {
    static final long MAX_BYTES = 1024 * 1024;

    private final ProblemResponseWriter problems;

    RequestSizeLimitFilter(ProblemResponseWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            problems.write(request, response, ErrorCode.PAYLOAD_TOO_LARGE);
            return;
        }
        if (request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null) {
            // no body (a GET, nearly every request of a rush): nothing to count, and every later read of the
            // request would otherwise pass through one more wrapper. This holds for HTTP/1.1 framing, the only one
            // the server speaks; HTTP/2 (a body without either header) would need the wrapper on every request.
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new Limited(request), response);
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private ServletInputStream stream;

        Limited(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream());
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private long read;

        Counting(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = in.read(buf, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws PayloadTooLargeException {
            read += n;
            if (read > MAX_BYTES) {
                throw new PayloadTooLargeException(MAX_BYTES);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
