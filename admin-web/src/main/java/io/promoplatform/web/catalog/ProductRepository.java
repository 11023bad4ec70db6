package io.promoplatform.web.catalog;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

interface ProductRepository extends ListCrudRepository<Product, String>, PagingAndSortingRepository<Product, String> {
}
