package io.promoplatform.web.system;

/** Page parameters of collection endpoints, checked once here. */
public final class Paging {

    public static final int MAX_SIZE = 500;

    private Paging() {
    }

    public static void check(int page, int size) {
        if (page < 0) {
            throw ValidationProblem.unprocessable("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ValidationProblem.unprocessable("size", "must be between 1 and " + MAX_SIZE);
        }
    }
}
