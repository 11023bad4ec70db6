package io.promoplatform.web.catalog;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

interface CustomerRepository extends ListCrudRepository<Customer, String>, PagingAndSortingRepository<Customer, String> {
}
