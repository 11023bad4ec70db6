package io.promoplatform.web.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Enforces the body limits of the contract before anything parses a body: a declared length over the
 * limit is refused at once, and a chunked body is cut off when it passes the limit.
 */
public class BodyLimitFilter extends OncePerRequestFilter {

    /** The contract's limit for API bodies. */
    public static final long API_LIMIT = 256 * 1024;
    /** CSV catalog imports carry whole catalogs. */
    public static final long IMPORT_LIMIT = 8 * 1024 * 1024;
    /** Price-model artifacts (the shipped one is about 3.5 MB). */
    public static final long MODEL_LIMIT = 32 * 1024 * 1024;

    private final JsonMapper json;

    public BodyLimitFilter(JsonMapper json) {
        this.json = json;
    }

    static long limitFor(HttpServletRequest request) {
        String uri = request.getRequestURI();
        if ("POST".equals(request.getMethod()) && (uri.equals("/api/v1/admin/models") || uri.equals("/models"))) {
            return MODEL_LIMIT;
        }
        return request.getRequestURI().startsWith("/api/v1/admin/catalog/import")
                || request.getRequestURI().startsWith("/catalog/import") ? IMPORT_LIMIT : API_LIMIT;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        if (request.getContentLengthLong() > limit) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setHeader("Connection", "close");
            json.writeValue(response.getOutputStream(),
                    Problems.tooLarge("The body exceeds the limit of " + limit / 1024 + " KiB."));
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    static boolean isTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TooLarge) {
                return true;
            }
        }
        return false;
    }

    /** Raised inside a body read that went past the limit. */
    public static final class TooLarge extends IOException {
        TooLarge() {
            super("body over the limit");
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        CountingStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
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
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > limit) {
                throw new TooLarge();
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
