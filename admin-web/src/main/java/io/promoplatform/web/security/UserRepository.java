package io.promoplatform.web.security;

import org.springframework.data.repository.ListCrudRepository;

interface UserRepository extends ListCrudRepository<UserAccount, String> {
}
