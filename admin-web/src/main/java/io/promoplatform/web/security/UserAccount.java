package io.promoplatform.web.security;

import java.time.Instant;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A person who signs in to the admin. The password is only ever held as a hash. */
@Table("app_user")
record UserAccount(
        @Id String username,
        String passwordHash,
        boolean enabled,
        Instant createdAt,
        @MappedCollection(idColumn = "username") Set<UserRole> roles) {

    @Table("user_role")
    record UserRole(Role role) {
    }
}
