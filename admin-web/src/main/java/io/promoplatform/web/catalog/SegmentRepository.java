package io.promoplatform.web.catalog;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

interface SegmentRepository extends ListCrudRepository<Segment, String>, PagingAndSortingRepository<Segment, String> {
}
