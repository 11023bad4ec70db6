package io.promoplatform.web.security;

import io.promoplatform.web.audit.AuditLog;
import io.promoplatform.web.system.ProblemException;
import io.promoplatform.web.system.ValidationProblem;
import io.promoplatform.web.system.ValidationProblem.FieldProblem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and lists the people who use the admin; every change is audited. */
@Service
public class AccountService {

    static final int MIN_PASSWORD_LENGTH = 10;

    private final UserRepository users;
    private final org.springframework.data.jdbc.core.JdbcAggregateOperations aggregates;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;

    AccountService(UserRepository users, org.springframework.data.jdbc.core.JdbcAggregateOperations aggregates,
            PasswordEncoder encoder, AuditLog audit, Clock clock) {
        this.users = users;
        this.aggregates = aggregates;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    /** What an account looks like from outside: never the hash. */
    public record AccountView(String username, boolean enabled, Set<Role> roles) {
    }

    @Transactional
    public AccountView create(String username, String password, Set<Role> roles, String actor) {
        List<FieldProblem> errors = new ArrayList<>();
        if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{1,63}")) {
            errors.add(new FieldProblem("username", "must be 2-64 lower-case letters, digits, '.', '_' or '-'"));
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > 200) {
            errors.add(new FieldProblem("password", "must have " + MIN_PASSWORD_LENGTH + " to 200 characters"));
        }
        if (roles == null || roles.isEmpty()) {
            errors.add(new FieldProblem("roles", "must name at least one role"));
        }
        if (!errors.isEmpty()) {
            throw ValidationProblem.unprocessable(errors);
        }
        if (users.existsById(username)) {
            throw new ProblemException(HttpStatus.CONFLICT, "exists", "User " + username + " already exists.");
        }
        UserAccount account = new UserAccount(username, encoder.encode(password), true, clock.instant(),
                roles.stream().map(UserAccount.UserRole::new).collect(Collectors.toSet()));
        aggregates.insert(account);
        AccountView view = view(account);
        audit.record(actor, "user.create", "user", username, null, view);
        return view;
    }

    /** Creates the account unless it exists; used by the demo seeding. */
    @Transactional
    public void ensure(String username, String password, Set<Role> roles) {
        if (!users.existsById(username)) {
            create(username, password, roles, "system");
        }
    }

    public List<AccountView> list() {
        return users.findAll().stream().map(AccountService::view)
                .sorted((a, b) -> a.username().compareTo(b.username())).toList();
    }

    public boolean anyAdmin() {
        return users.findAll().stream().anyMatch(u -> u.roles().contains(new UserAccount.UserRole(Role.ADMIN)));
    }

    static AccountView view(UserAccount account) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        account.roles().forEach(r -> roles.add(r.role()));
        return new AccountView(account.username(), account.enabled(), roles);
    }

    static Map<String, Object> summary(AccountView view) {
        return Map.of("username", view.username(), "roles", view.roles());
    }
}
