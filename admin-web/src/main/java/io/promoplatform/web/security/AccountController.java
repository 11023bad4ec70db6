package io.promoplatform.web.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Users and API keys", description = "ADMIN only")
class AccountController {

    private final AccountService accounts;
    private final ApiKeyService keys;

    AccountController(AccountService accounts, ApiKeyService keys) {
        this.accounts = accounts;
        this.keys = keys;
    }

    record CreateUserRequest(String username, String password, Set<Role> roles) {
    }

    record CreateKeyRequest(String name) {
    }

    @Operation(summary = "Create a user")
    @PostMapping("/api/v1/admin/users")
    @ResponseStatus(HttpStatus.CREATED)
    AccountService.AccountView createUser(@RequestBody CreateUserRequest request) {
        return accounts.create(request.username(), request.password(), request.roles(), Actor.current());
    }

    @GetMapping("/api/v1/admin/users")
    List<AccountService.AccountView> users() {
        return accounts.list();
    }

    @Operation(summary = "Create a storefront API key; the key is shown in this response only")
    @PostMapping("/api/v1/admin/api-keys")
    @ResponseStatus(HttpStatus.CREATED)
    ApiKeyService.CreatedKey createKey(@RequestBody CreateKeyRequest request) {
        return keys.create(request.name(), Actor.current());
    }

    @GetMapping("/api/v1/admin/api-keys")
    List<ApiKeyService.KeyView> keys() {
        return keys.list();
    }

    @Operation(summary = "Revoke a storefront API key")
    @DeleteMapping("/api/v1/admin/api-keys/{id}")
    ApiKeyService.KeyView revoke(@PathVariable String id) {
        return keys.revoke(id, Actor.current());
    }
}
