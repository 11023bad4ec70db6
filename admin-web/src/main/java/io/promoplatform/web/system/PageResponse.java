package io.promoplatform.web.system;

import java.util.List;

/** A page of a collection: {@code page} counts from 0. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {
}
