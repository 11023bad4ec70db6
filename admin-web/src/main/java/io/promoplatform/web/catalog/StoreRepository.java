package io.promoplatform.web.catalog;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

interface StoreRepository extends ListCrudRepository<Store, String>, PagingAndSortingRepository<Store, String> {
}
